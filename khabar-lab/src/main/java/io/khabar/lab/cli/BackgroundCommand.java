package io.khabar.lab.cli;

import io.khabar.ingest.ArticleFiles;
import io.khabar.ingest.ArticleSink;
import io.khabar.lab.train.BackgroundTable;
import io.khabar.model.Article;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build-background", mixinStandardHelpOptions = true,
    description = {"Rebuild the background document frequencies story grouping blends with a store's own counts "
        + "(so that a small store weighs words as a big one does). Deterministic.",
        "Example: ./khabar build-background ../shared/data/ant/ant-multisource-v2.1.tar.gz ../shared/data/saudinewsnet "
            + "--out khabar-core/src/main/resources/io/khabar/text/background-df.txt.gz"})
final class BackgroundCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpora to count (any format import reads).")
  List<Path> corpora;

  @Option(names = "--out", required = true, description = "Where to write the gzipped table.")
  Path out;

  @Override
  public Integer call() throws Exception {
    BackgroundTable table = new BackgroundTable();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        table.add(a);
      }

      @Override
      public void skip(String origin, String reason) {}
    };
    for (Path p : corpora) {
      new ArticleFiles().read(p, sink);
    }
    int terms;
    try (OutputStream o = Files.newOutputStream(out)) {
      terms = table.write(o);
    }
    System.out.printf("wrote %d terms over %d distinct articles to %s%n", terms, table.documents(), out);
    return 0;
  }
}
