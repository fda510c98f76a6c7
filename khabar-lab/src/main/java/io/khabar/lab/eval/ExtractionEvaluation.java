package io.khabar.lab.eval;

import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Article extraction quality and speed: Khabar's {@link ArticleExtractor} against Readability4J on the same
 * pages in the same run. Quality: body-text token F1 ({@link ExtractionScore}), title exact match, date
 * accuracy (the same instant; a page without a date must give none), author accuracy (same name; no author
 * must give none). Speed: pages per second over all pages, median of {@link #ROUNDS} passes after warm-up,
 * the two extractors alternating.
 *
 * <p>Two sets, reported apart: the shared archived pages (HTML from the shared data, gold copy from
 * docs/eval/pages-gold) and Khabar's own fixture pages (khabar-core test resources, each with its gold JSON).
 */
public final class ExtractionEvaluation {
  static final int ROUNDS = 15;
  private static final int WARM_UP = 10;

  private final Path pagesHtml;
  private final Path pagesGold;
  private final Path fixtures;
  private final PrintStream log;
  private final int rounds;
  private final int warmUp;

  public ExtractionEvaluation(Path pagesHtml, Path pagesGold, Path fixtures, PrintStream log) {
    this(pagesHtml, pagesGold, fixtures, log, ROUNDS, WARM_UP);
  }

  /** With fewer timed passes: for a test of the report, where the speed itself does not matter. */
  ExtractionEvaluation(Path pagesHtml, Path pagesGold, Path fixtures, PrintStream log, int rounds, int warmUp) {
    this.pagesHtml = pagesHtml;
    this.pagesGold = pagesGold;
    this.fixtures = fixtures;
    this.log = log;
    this.rounds = rounds;
    this.warmUp = warmUp;
  }

  /** A page and its gold copy. */
  record Case(ExtractionGold gold, String html) {}

  /** One page's scores for both extractors; Readability4J reads no dates, so only ours has a date score. */
  record Row(String id, double oursF1, double peerF1, boolean oursTitle, boolean peerTitle, boolean oursDate,
      boolean oursAuthor, boolean peerAuthor) {}

  /**
   * Runs the evaluation and returns it as a Markdown section with its figures: per set ({@code shared},
   * {@code fixtures}) and extractor ({@code khabar}, {@code readability}) the columns of its table, the reference
   * JSON's scores, the throughput, and each page's body F1.
   */
  public Report run() throws IOException {
    List<Case> shared = cases(pagesGold, pagesHtml);
    List<Case> own = cases(fixtures, fixtures);
    log.printf(Locale.ROOT, "extraction: %d shared pages, %d fixtures%n", shared.size(), own.size());
    List<Row> sharedRows = score(shared);
    List<Row> ownRows = score(own);
    Totals reference = reference(shared, pagesHtml);
    double[] speed = throughput(shared);
    Figures figures = new Figures().count("shared.pages", shared.size()).count("shared.outlets", outlets(shared));
    put(figures, "shared", sharedRows);
    figures.put("reference.body_f1", reference.oursF1(), 3).put("reference.lowest_f1", reference.oursMinF1(), 3)
        .put("reference.title", reference.oursTitle(), 3).put("reference.date", reference.oursDate(), 3)
        .put("reference.author", reference.oursAuthor(), 3);
    figures.put("speed.khabar_pages_per_s", speed[0], 0).put("speed.readability_pages_per_s", speed[1], 0)
        .put("speed.ratio", speed[0] / speed[1], 2);
    figures.count("fixtures.pages", own.size());
    put(figures, "fixtures", ownRows);
    for (var set : List.of(java.util.Map.entry("shared", sharedRows), java.util.Map.entry("fixtures", ownRows))) {
      for (Row r : set.getValue()) {
        String page = set.getKey() + ".page." + r.id();
        figures.put(page + ".khabar_f1", r.oursF1(), 3).put(page + ".readability_f1", r.peerF1(), 3);
      }
    }
    return figures.report(markdown(shared.size(), outlets(shared), sharedRows, reference, ownRows, speed));
  }

  /** The columns of {@link #table}, as figures. */
  private static void put(Figures f, String set, List<Row> rows) {
    Totals t = totals(rows);
    f.put(set + ".readability.body_f1", t.peerF1(), 3).put(set + ".readability.lowest_f1", peerMin(rows), 3)
        .put(set + ".readability.title", t.peerTitle(), 3).put(set + ".readability.author", t.peerAuthor(), 3)
        .put(set + ".khabar.body_f1", t.oursF1(), 3).put(set + ".khabar.lowest_f1", t.oursMinF1(), 3)
        .put(set + ".khabar.title", t.oursTitle(), 3).put(set + ".khabar.date", t.oursDate(), 3)
        .put(set + ".khabar.author", t.oursAuthor(), 3);
  }

  private static double peerMin(List<Row> rows) {
    return rows.stream().mapToDouble(Row::peerF1).min().orElse(0);
  }

  /** How many outlets the pages come from: distinct hosts of their URLs, "www." aside. */
  static long outlets(List<Case> cases) {
    return cases.stream().map(c -> java.net.URI.create(c.gold().url()).getHost())
        .map(h -> h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")).distinct().count();
  }

  /** The pages of {@code htmlFolder} that have a gold copy (the gold folder holds the gold of several page sets). */
  static List<Case> cases(Path goldFolder, Path htmlFolder) throws IOException {
    List<Case> out = new ArrayList<>();
    for (ExtractionGold g : ExtractionGold.readAll(goldFolder)) {
      Path html = htmlFolder.resolve(g.id() + ".html");
      if (Files.exists(html)) {
        out.add(new Case(g, Files.readString(html, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  static List<Row> score(List<Case> cases) {
    ArticleExtractor ours = new ArticleExtractor();
    List<Row> rows = new ArrayList<>();
    for (Case c : cases) {
      ExtractionGold g = c.gold();
      ExtractedPage p = ours.extract(c.html(), g.url());
      Article peer = peer(c.html(), g.url());
      String goldText = String.join("\n", g.paragraphs());
      rows.add(new Row(g.id(), ExtractionScore.tokenF1(p.text(), goldText),
          ExtractionScore.tokenF1(peer == null ? "" : peer.getTextContent(), goldText),
          ExtractionScore.same(p.title(), g.title()), ExtractionScore.same(peer == null ? "" : peer.getTitle(), g.title()),
          ExtractionScore.sameDay(p.published(), g.published()), ExtractionScore.same(p.author(), g.author()),
          ExtractionScore.same(peer == null ? "" : peer.getByline(), g.author())));
    }
    return rows;
  }

  /**
   * The downloader's JSON shipped beside each shared page, scored like an extractor: how far the reference is
   * from the gold copy. Its dates ("Fri Mar 13 12:57:00 2020") have no zone and are read as UTC.
   */
  static Totals reference(List<Case> cases, Path folder) throws IOException {
    List<Row> rows = new ArrayList<>();
    java.time.format.DateTimeFormatter f =
        java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (Case c : cases) {
      ExtractionGold g = c.gold();
      com.fasterxml.jackson.databind.JsonNode r = json.readTree(folder.resolve(g.id() + ".json").toFile());
      String d = r.path("publish_date").asText("");
      java.time.OffsetDateTime date = d.isEmpty() || d.equals("null") ? null
          : java.time.LocalDateTime.parse(d, f).atOffset(java.time.ZoneOffset.UTC);
      String author = r.path("authors").path(0).asText("");
      rows.add(new Row(g.id(), ExtractionScore.tokenF1(r.path("text").asText(""), String.join("\n", g.paragraphs())),
          0, ExtractionScore.same(r.path("title").asText(""), g.title()), false,
          ExtractionScore.sameDay(date, g.published()), ExtractionScore.same(author, g.author()), false));
    }
    return totals(rows);
  }

  /** Readability4J's article, or null when it fails on the page. */
  static Article peer(String html, String url) {
    try {
      return new Readability4J(url, html).parse();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Pages per second, [ours, peer], medians of {@link #ROUNDS} alternating passes over all pages. */
  double[] throughput(List<Case> cases) {
    ArticleExtractor ours = new ArticleExtractor();
    long[] a = new long[rounds];
    long[] b = new long[rounds];
    for (int r = -warmUp; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (Case c : cases) {
        ours.extract(c.html(), c.gold().url());
      }
      long t1 = System.nanoTime();
      for (Case c : cases) {
        peer(c.html(), c.gold().url());
      }
      long t2 = System.nanoTime();
      if (r >= 0) {
        a[r] = t1 - t0;
        b[r] = t2 - t1;
      }
    }
    log.printf(Locale.ROOT, "extraction: %d timed passes%n", rounds);
    return new double[] {cases.size() / (median(a) / 1e9), cases.size() / (median(b) / 1e9)};
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  record Totals(double oursF1, double peerF1, double oursMinF1, double oursTitle, double peerTitle,
      double oursDate, double oursAuthor, double peerAuthor) {}

  static Totals totals(List<Row> rows) {
    int n = Math.max(1, rows.size());
    return new Totals(rows.stream().mapToDouble(Row::oursF1).sum() / n,
        rows.stream().mapToDouble(Row::peerF1).sum() / n,
        rows.stream().mapToDouble(Row::oursF1).min().orElse(0),
        count(rows, Row::oursTitle) / n, count(rows, Row::peerTitle) / n, count(rows, Row::oursDate) / n,
        count(rows, Row::oursAuthor) / n, count(rows, Row::peerAuthor) / n);
  }

  private static double count(List<Row> rows, java.util.function.Predicate<Row> p) {
    return rows.stream().filter(p).count();
  }

  private String markdown(int pages, long outlets, List<Row> shared, Totals reference, List<Row> own,
      double[] speed) {
    StringBuilder md = new StringBuilder();
    md.append("## Article extraction (`./khabar eval --only extraction`)\n\n");
    md.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    md.append("Khabar's `ArticleExtractor` against Readability4J 1.0.8 (the baseline) on the same pages in the same "
        + "run. Body: token F1 of the main text against the gold paragraphs (bag of words, Arabic folding), mean over "
        + "pages. Title and author: exact match after whitespace clean-up and folding. Date: the same instant (a page "
        + "without a zone is read as UTC, see `ArticleExtractor`); Readability4J extracts no dates. Gold: "
        + "`docs/eval/pages-gold/` (corrected from the shared reference JSON by reading each page, see "
        + "`docs/eval/extraction.md`).\n\n");
    Totals t = totals(shared);
    md.append(String.format(Locale.ROOT, "Goals on the shared pages: body F1 ≥ 0.95 and above Readability4J: %.3f vs "
        + "%.3f, %s; dates ≥ 0.95: %.3f, %s. All pages here were used in development (see docs/eval/extraction.md "
        + "for the only unseen-page figures).%n%n", t.oursF1(), t.peerF1(),
        t.oursF1() >= 0.95 && t.oursF1() > t.peerF1() ? "met" : "not met", t.oursDate(),
        t.oursDate() >= 0.95 ? "met" : "not met"));
    md.append(table("Shared archived pages (" + pages + " pages, " + outlets + " outlets)", shared));
    md.append(String.format(Locale.ROOT, "For comparison, the downloader's reference JSON shipped with the pages scores "
        + "body F1 %.3f (lowest page %.3f), title %.3f, date %.3f, author %.3f against the same gold copy.%n%n",
        reference.oursF1(), reference.oursMinF1(), reference.oursTitle(), reference.oursDate(),
        reference.oursAuthor()));
    md.append(String.format(Locale.ROOT, "Throughput on the shared pages, median of %d passes after %d warm-up "
        + "passes, alternating: Khabar %.0f pages/s, Readability4J %.0f pages/s (%.2f×).%n%n", rounds, warmUp,
        speed[0], speed[1], speed[0] / speed[1]));
    md.append(table("Khabar's own fixture pages (" + own.size() + " pages in the styles of other outlets, "
        + "`khabar-core/src/test/resources/io/khabar/extract/fixtures/`)", own));
    md.append(perPage(shared, own));
    return md.toString();
  }

  private static String table(String caption, List<Row> rows) {
    Totals t = totals(rows);
    return String.format(Locale.ROOT, """
        %s:

        | extractor | body token F1 (mean) | lowest page F1 | title exact | date accuracy | author accuracy |
        |---|---|---|---|---|---|
        | Readability4J (baseline) | %.3f | %.3f | %.3f | n/a | %.3f |
        | Khabar | %.3f | %.3f | %.3f | %.3f | %.3f |

        """, caption, t.peerF1(), peerMin(rows), t.peerTitle(),
        t.peerAuthor(), t.oursF1(), t.oursMinF1(), t.oursTitle(), t.oursDate(), t.oursAuthor());
  }

  private static String perPage(List<Row> shared, List<Row> own) {
    StringBuilder md = new StringBuilder("Per page (body F1 Khabar / Readability4J; ✓ = right, ✗ = wrong for "
        + "Khabar's title, date, author):\n\n| page | Khabar F1 | Readability4J F1 | title | date | author |\n"
        + "|---|---|---|---|---|---|\n");
    List<Row> all = new ArrayList<>(shared);
    all.addAll(own);
    for (Row r : all) {
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s | %s | %s |%n", r.id(), r.oursF1(), r.peerF1(),
          mark(r.oursTitle()), mark(r.oursDate()), mark(r.oursAuthor())));
    }
    return md.toString();
  }

  private static String mark(boolean ok) {
    return ok ? "✓" : "✗";
  }
}
