package io.khabar.lab.cli;

import io.khabar.cli.Json;

import io.khabar.model.Article;
import io.khabar.ingest.ArticleFiles;
import io.khabar.ingest.ArticleSink;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Write the articles of a date range as JSONL (.gz): how the bundled demo sample is made.",
        "Example: ./khabar sample ../shared/data/ant/ant-multisource-v2.1.tar.gz --from 2018-05-01 --to 2018-05-14 "
            + "--out khabar-app/src/main/resources/sample/ant-sample.jsonl.gz"})
final class SampleCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "Corpus to sample (any format import reads).")
  Path corpus;

  @Option(names = "--from", required = true, description = "First day (UTC), e.g. 2018-05-01.")
  LocalDate from;

  @Option(names = "--to", required = true, description = "Last day (UTC), inclusive.")
  LocalDate to;

  @Option(names = "--out", required = true, description = "Output .jsonl or .jsonl.gz file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    TreeMap<String, Article> chosen = new TreeMap<>(); // sorted by id: the same corpus gives the same bytes
    new ArticleFiles().read(corpus, new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        if (a.published() != null) {
          LocalDate day = a.published().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
          if (!day.isBefore(from) && !day.isAfter(to)) {
            chosen.put(a.id(), a);
          }
        }
      }

      @Override
      public void skip(String origin, String reason) {
        System.err.println("skipped " + origin + ": " + reason);
      }
    });
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (var raw = Files.newOutputStream(out);
         var stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
         BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
      for (Article a : chosen.values()) {
        w.write(Json.line(toJson(a)));
        w.write('\n');
      }
    }
    System.out.println("wrote " + chosen.size() + " articles to " + out);
    return 0;
  }

  /** The JSONL schema import reads (see README). */
  static Map<String, Object> toJson(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("url", a.url());
    m.put("source", a.source());
    m.put("title", a.title());
    m.put("text", a.text());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("author", a.author());
    m.put("category", a.category());
    return m;
  }
}
