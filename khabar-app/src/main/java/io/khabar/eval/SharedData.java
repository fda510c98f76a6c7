package io.khabar.eval;

import io.khabar.Article;
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

  /** All ANT articles, in corpus order. */
  public List<Article> antArticles() throws IOException {
    return read(antTarball());
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
