package io.khabar.lab.eval;

import io.khabar.model.Article;
import io.khabar.enrich.Enricher;
import io.khabar.ingest.ArticleFiles;
import io.khabar.ingest.ArticleSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The public data sets evaluation and benchmarks read (never needed at run time). */
public final class SharedData {
  private final Path root;
  private List<Article> antAsImported; // enriched once per run: it takes minutes

  public SharedData(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("shared data folder not found: " + root + " (use --shared)");
    }
    this.root = root;
  }

  public Path antTarball() {
    return root.resolve("ant/ant-multisource-v2.1.tar.gz");
  }

  public Path saudiNewsNet() {
    return root.resolve("saudinewsnet");
  }

  public Path semEvalPairs() {
    return root.resolve("semeval2022-ar/train-ar-ar.tsv");
  }

  /** The archived news pages (HTML and a downloader's JSON per page, index.tsv). */
  public Path pages() {
    return root.resolve("pages");
  }

  /** More archived news pages, from other outlets (HTML and a downloader's JSON per page, index.tsv). */
  public Path pagesV2() {
    return root.resolve("pages-v2");
  }

  /** All ANT articles, in corpus order. */
  public List<Article> antArticles() throws IOException {
    return read(antTarball());
  }

  /** All ANT articles as `khabar import` stores them (entities, topic), in corpus order; computed once. */
  public List<Article> antArticlesAsImported() throws IOException {
    if (antAsImported == null) {
      antAsImported = asImported(antArticles());
    }
    return antAsImported;
  }

  /** Articles with what {@link Enricher#standard()} finds, as import stores them. */
  public static List<Article> asImported(List<Article> articles) {
    Enricher enricher = Enricher.standard();
    return articles.stream().map(enricher::enrich).toList();
  }

  public static List<Article> read(Path path) throws IOException {
    List<Article> out = new ArrayList<>();
    new ArticleFiles().read(path, new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        out.add(a);
      }

      @Override
      public void skip(String origin, String reason) {}
    });
    return out;
  }
}
