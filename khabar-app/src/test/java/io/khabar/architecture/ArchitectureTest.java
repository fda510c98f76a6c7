package io.khabar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md describes, checked on the product's classes (core, solr, app): no cycle
 * between packages, the model at the bottom, the engines' classes only inside the store implementations.
 */
class ArchitectureTest {
  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.khabar");
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching("io.khabar.(**)").should().beFreeOfCycles().check(product);
  }

  @Test
  void theModelIsAtTheBottom() {
    classes().that().resideInAPackage("io.khabar.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.khabar.model..", "java..")
        .check(product);
  }

  @Test
  void onlyTheStoreImplementationsUseLuceneIndexingAndSearchOrSolr() {
    noClasses().that().resideOutsideOfPackages("io.khabar.store.lucene..", "io.khabar.solr..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene.index..", "org.apache.lucene.search..",
            "org.apache.lucene.store..", "org.apache.lucene.document..", "org.apache.lucene.queries..",
            "org.apache.lucene.queryparser..", "org.apache.solr..")
        .check(product);
  }

  @Test
  void theProductDoesNotReachIntoTheLab() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.khabar.lab..").check(product);
  }
}
