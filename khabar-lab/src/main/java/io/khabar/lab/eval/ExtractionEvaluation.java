package io.khabar.lab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.extract.ArticleExtractor;
import io.khabar.extract.ExtractedPage;
import io.khabar.lab.figures.Figures;
import io.khabar.lab.figures.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Article extraction quality and speed: Khabar's {@link ArticleExtractor} beside two peers run on the same pages
 * in the same run, Readability4J and boilerpipe (its ArticleExtractor), and the downloader's JSON shipped with
 * each archived page as a reference row. Quality: body-text token F1 ({@link ExtractionScore}), mean and lowest
 * page; title exact match; date to the day (a page without a date must give none); author (same name; no
 * author must give none). Readability4J reads no dates, boilerpipe neither dates nor authors: n/a.
 *
 * <p>Sets, reported apart: the archived pages ({@code pages/} and {@code pages-v2/} of the shared data, gold
 * copy in docs/eval/pages-gold) split by outlet into dev and test by docs/eval/extraction-split.tsv (test pages
 * are never looked at while tuning), and Khabar's own fixture pages (khabar-core test resources). Speed: pages
 * per second over all archived pages, median of {@link #ROUNDS} passes after warm-up, the extractors alternating.
 */
public final class ExtractionEvaluation {
  static final int ROUNDS = 15;
  private static final int WARM_UP = 10;
  /** The extractors and the reference, in the order the tables show them. */
  static final List<String> SYSTEMS = List.of("readability", "boilerpipe", "reference", "khabar");
  private static final Map<String, String> NAMES = Map.of("khabar", "Khabar", "readability",
      "Readability4J 1.0.8", "boilerpipe", "boilerpipe 1.2.3 (ArticleExtractor)", "reference",
      "downloader's JSON (reference)");

  private final Path sharedRoot;
  private final Path pagesGold;
  private final Path split;
  private final Path fixtures;
  private final PrintStream log;
  private final int rounds;
  private final int warmUp;

  /**
   * @param sharedRoot the shared data folder (its {@code pages/} and {@code pages-v2/}); null for none
   * @param split the dev/test split of the archived pages (id, set, domain, split)
   */
  public ExtractionEvaluation(Path sharedRoot, Path pagesGold, Path split, Path fixtures, PrintStream log) {
    this(sharedRoot, pagesGold, split, fixtures, log, ROUNDS, WARM_UP);
  }

  /** With fewer timed passes: for a test of the report, where the speed itself does not matter. */
  ExtractionEvaluation(Path sharedRoot, Path pagesGold, Path split, Path fixtures, PrintStream log, int rounds,
      int warmUp) {
    this.sharedRoot = sharedRoot;
    this.pagesGold = pagesGold;
    this.split = split;
    this.fixtures = fixtures;
    this.log = log;
    this.rounds = rounds;
    this.warmUp = warmUp;
  }

  /**
   * A page, its gold copy, its outlet and the downloader's JSON beside it (null for a fixture).
   */
  record Case(ExtractionGold gold, String html, String outlet, JsonNode reference) {}

  /** One extractor's scores on one page; null = the extractor does not give that field. */
  record Score(double f1, Boolean title, Boolean date, Boolean author) {}

  /** One page's scores, per system ({@link #SYSTEMS}; the reference only where the page has one). */
  record Row(String id, String outlet, Map<String, Score> scores) {
    Score khabar() {
      return scores.get("khabar");
    }
  }

  /**
   * Runs the evaluation and returns it as a Markdown section with its figures: per set ({@code dev},
   * {@code test}, {@code fixtures}) and system the columns of its table, the throughput, and each page's F1.
   */
  public Report run() throws IOException {
    List<Case> dev = new ArrayList<>();
    List<Case> test = new ArrayList<>();
    if (sharedRoot != null) {
      for (String[] line : splitLines(split)) {
        Case c = sharedCase(line);
        (line[3].equals("test") ? test : dev).add(c);
      }
    }
    List<Case> own = cases(fixtures, fixtures);
    log.printf(Locale.ROOT, "extraction: %d dev pages, %d test pages, %d fixtures%n", dev.size(), test.size(),
        own.size());
    Map<String, List<Row>> sets = new LinkedHashMap<>();
    sets.put("dev", score(dev));
    sets.put("test", score(test));
    sets.put("fixtures", score(own));
    List<Case> all = new ArrayList<>(dev);
    all.addAll(test);
    double[] speed = throughput(all.isEmpty() ? own : all);
    Figures figures = new Figures().count("dev.pages", dev.size()).count("dev.outlets", outlets(dev))
        .count("test.pages", test.size()).count("test.outlets", outlets(test)).count("fixtures.pages", own.size());
    for (Map.Entry<String, List<Row>> set : sets.entrySet()) {
      put(figures, set.getKey(), set.getValue());
    }
    figures.put("speed.khabar_pages_per_s", speed[0], 0).put("speed.readability_pages_per_s", speed[1], 0)
        .put("speed.boilerpipe_pages_per_s", speed[2], 0).put("speed.ratio", speed[0] / speed[1], 2);
    for (Map.Entry<String, List<Row>> set : sets.entrySet()) {
      for (Row r : set.getValue()) {
        String page = set.getKey() + ".page." + r.id();
        for (String s : List.of("khabar", "readability", "boilerpipe")) {
          figures.put(page + "." + s + "_f1", r.scores().get(s).f1(), 3);
        }
      }
    }
    return figures.report(markdown(dev, test, sets, speed));
  }

  /** The columns of {@link #table}, as figures: {@code SET.SYSTEM.body_f1|lowest_f1|title|date|author}. */
  private static void put(Figures f, String set, List<Row> rows) {
    for (String s : SYSTEMS) {
      List<Score> scores = scores(rows, s);
      if (scores.isEmpty()) {
        continue;
      }
      String p = set + "." + s + ".";
      f.put(p + "body_f1", mean(scores, Score::f1), 3).put(p + "lowest_f1", min(scores), 3);
      for (String field : List.of("title", "date", "author")) {
        Double share = share(scores, field);
        if (share != null) {
          f.put(p + field, share, 3);
        }
      }
    }
  }

  static List<Score> scores(List<Row> rows, String system) {
    return rows.stream().map(r -> r.scores().get(system)).filter(java.util.Objects::nonNull).toList();
  }

  static double mean(List<Score> s, ToDoubleFunction<Score> f) {
    return s.isEmpty() ? 0 : s.stream().mapToDouble(f).sum() / s.size();
  }

  static double min(List<Score> s) {
    return s.stream().mapToDouble(Score::f1).min().orElse(0);
  }

  /** The share of pages right on {@code field}, or null when the system does not give it. */
  static Double share(List<Score> s, String field) {
    java.util.function.Function<Score, Boolean> get = switch (field) {
      case "title" -> Score::title;
      case "date" -> Score::date;
      default -> Score::author;
    };
    if (s.isEmpty() || get.apply(s.get(0)) == null) {
      return null;
    }
    return (double) s.stream().filter(x -> Boolean.TRUE.equals(get.apply(x))).count() / s.size();
  }

  /** How many outlets the pages come from. */
  static long outlets(List<Case> cases) {
    return cases.stream().map(Case::outlet).distinct().count();
  }

  /** The host of a URL, lower case, "www." aside. */
  static String host(String url) {
    String h;
    try {
      h = java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      h = null;
    }
    return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  /** The lines of the split file after its header: id, set, domain, split. */
  static List<String[]> splitLines(Path split) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(split, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 4 && !f[0].equals("id") && !line.isBlank()) {
        out.add(f);
      }
    }
    return out;
  }

  private Case sharedCase(String[] line) throws IOException {
    Path folder = sharedRoot.resolve(line[1]);
    ExtractionGold g = ExtractionGold.read(pagesGold.resolve(line[0] + ".json"));
    String html = Files.readString(folder.resolve(line[0] + ".html"), StandardCharsets.UTF_8);
    Path ref = folder.resolve(line[0] + ".json");
    return new Case(g, html, line[2], Files.exists(ref) ? new ObjectMapper().readTree(ref.toFile()) : null);
  }

  /** The pages of the split's set {@code set} ({@code dev} or {@code test}) under the shared root. */
  static List<Case> cases(Path sharedRoot, Path pagesGold, Path split, String set) throws IOException {
    ExtractionEvaluation e = new ExtractionEvaluation(sharedRoot, pagesGold, split, null, System.err);
    List<Case> out = new ArrayList<>();
    for (String[] line : splitLines(split)) {
      if (line[3].equals(set)) {
        out.add(e.sharedCase(line));
      }
    }
    return out;
  }

  /** The pages of {@code htmlFolder} that have a gold copy in {@code goldFolder}. */
  static List<Case> cases(Path goldFolder, Path htmlFolder) throws IOException {
    List<Case> out = new ArrayList<>();
    if (goldFolder == null) {
      return out;
    }
    for (ExtractionGold g : ExtractionGold.readAll(goldFolder)) {
      Path html = htmlFolder.resolve(g.id() + ".html");
      if (Files.exists(html)) {
        out.add(new Case(g, Files.readString(html, StandardCharsets.UTF_8), host(g.url()), null));
      }
    }
    return out;
  }

  static List<Row> score(List<Case> cases) {
    ArticleExtractor ours = new ArticleExtractor();
    List<Row> rows = new ArrayList<>();
    for (Case c : cases) {
      ExtractionGold g = c.gold();
      String goldText = String.join("\n", g.paragraphs());
      Map<String, Score> s = new LinkedHashMap<>();
      ExtractedPage p = ours.extract(c.html(), g.url());
      s.put("khabar", new Score(ExtractionScore.tokenF1(p.text(), goldText), ExtractionScore.same(p.title(), g.title()),
          ExtractionScore.sameDay(p.published(), g.published()), ExtractionScore.same(p.author(), g.author())));
      Article peer = readability(c.html(), g.url());
      s.put("readability", new Score(ExtractionScore.tokenF1(peer == null ? "" : peer.getTextContent(), goldText),
          ExtractionScore.same(peer == null ? "" : peer.getTitle(), g.title()), null,
          ExtractionScore.same(peer == null ? "" : peer.getByline(), g.author())));
      String[] bp = boilerpipe(c.html());
      s.put("boilerpipe", new Score(ExtractionScore.tokenF1(bp[1], goldText), ExtractionScore.same(bp[0], g.title()),
          null, null));
      if (c.reference() != null) {
        s.put("reference", reference(c.reference(), g));
      }
      rows.add(new Row(g.id(), c.outlet(), s));
    }
    return rows;
  }

  private static final DateTimeFormatter REFERENCE_DATE =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

  /**
   * The downloader's JSON shipped beside each archived page, scored like an extractor: how far the reference is
   * from the gold copy. Its dates ("Fri Mar 13 12:57:00 2020") have no zone and are read as UTC.
   */
  static Score reference(JsonNode r, ExtractionGold g) {
    String d = r.path("publish_date").asText("");
    OffsetDateTime date = null;
    if (!d.isEmpty() && !d.equals("null")) {
      try {
        date = LocalDateTime.parse(d, REFERENCE_DATE).atOffset(ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e) {
        try {
          date = OffsetDateTime.parse(d);
        } catch (java.time.format.DateTimeParseException e2) {
          date = null;
        }
      }
    }
    String author = r.path("authors").path(0).asText("");
    return new Score(ExtractionScore.tokenF1(r.path("text").asText(""), String.join("\n", g.paragraphs())),
        ExtractionScore.same(r.path("title").asText(""), g.title()), ExtractionScore.sameDay(date, g.published()),
        ExtractionScore.same(author, g.author()));
  }

  /** Readability4J's article, or null when it fails on the page. */
  static Article readability(String html, String url) {
    try {
      return new Readability4J(url, html).parse();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** boilerpipe's [title, text]; empty strings when it fails on the page. */
  static String[] boilerpipe(String html) {
    try {
      de.l3s.boilerpipe.document.TextDocument doc = new de.l3s.boilerpipe.sax.BoilerpipeSAXInput(
          new org.xml.sax.InputSource(new StringReader(html))).getTextDocument();
      de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.process(doc);
      String title = doc.getTitle();
      return new String[] {title == null ? "" : title, doc.getContent()};
    } catch (Exception | StackOverflowError e) {
      return new String[] {"", ""};
    }
  }

  /** Pages per second, [ours, Readability4J, boilerpipe], medians of alternating passes over all pages. */
  double[] throughput(List<Case> cases) {
    ArticleExtractor ours = new ArticleExtractor();
    long[][] t = new long[3][rounds];
    for (int r = -warmUp; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (Case c : cases) {
        ours.extract(c.html(), c.gold().url());
      }
      long t1 = System.nanoTime();
      for (Case c : cases) {
        readability(c.html(), c.gold().url());
      }
      long t2 = System.nanoTime();
      for (Case c : cases) {
        boilerpipe(c.html());
      }
      long t3 = System.nanoTime();
      if (r >= 0) {
        t[0][r] = t1 - t0;
        t[1][r] = t2 - t1;
        t[2][r] = t3 - t2;
      }
    }
    log.printf(Locale.ROOT, "extraction: %d timed passes%n", rounds);
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] = cases.size() / (median(t[i]) / 1e9);
    }
    return out;
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  private String markdown(List<Case> dev, List<Case> test, Map<String, List<Row>> sets, double[] speed) {
    StringBuilder md = new StringBuilder();
    md.append("## Article extraction (`./khabar eval --only extraction`)\n\n");
    md.append("Machine: ").append(BenchmarksDoc.machine()).append(".\n\n");
    md.append("Khabar's `ArticleExtractor` beside Readability4J 1.0.8 and boilerpipe 1.2.3 (`ArticleExtractor`, "
        + "com.robbypond:boilerpipe) on the same pages in the same run, and the downloader's JSON shipped with each "
        + "archived page as a reference row. Body: token F1 of the main text against the gold paragraphs (bag of "
        + "words, Arabic folding), mean and lowest page. Title and author: exact match after whitespace clean-up and "
        + "folding. Date: the same day (a page without a zone is read as UTC, see `ArticleExtractor`). n/a: the "
        + "extractor does not give that field. Gold: `docs/eval/pages-gold/` (judged by reading each page, see "
        + "`docs/eval/extraction.md`, `docs/eval/pages-gold-v2-selectors.md`). The archived pages (`pages/` and "
        + "`pages-v2/` of the shared data) are split by outlet (`docs/eval/extraction-split.tsv`): extraction was "
        + "tuned on dev only, and the test pages, from outlets absent from dev, were scored once at the end.\n\n");
    List<Score> t = scores(sets.get("test"), "khabar");
    List<Score> tr = scores(sets.get("test"), "readability");
    if (!t.isEmpty()) {
      double f1 = mean(t, Score::f1);
      md.append(String.format(Locale.ROOT, "Goals on the test pages: body F1 ≥ 0.95 mean, no page below 0.80, ≥ 0.05 "
          + "above Readability4J: %.3f, lowest %.3f, Readability4J %.3f: %s; dates ≥ 0.95: %.3f; authors ≥ 0.90: "
          + "%.3f; titles ≥ 0.95: %.3f.%n%n", f1, min(t), mean(tr, Score::f1),
          f1 >= 0.95 && min(t) >= 0.80 && f1 >= mean(tr, Score::f1) + 0.05 ? "met" : "not met",
          share(t, "date"), share(t, "author"), share(t, "title")));
    }
    md.append(table("Dev pages (" + dev.size() + " pages, " + outlets(dev) + " outlets; used in development)",
        sets.get("dev")));
    md.append(table("Test pages (" + test.size() + " pages, " + outlets(test) + " outlets absent from dev; never "
        + "looked at while tuning)", sets.get("test")));
    md.append(String.format(Locale.ROOT, "Throughput on the %d archived pages, median of %d passes after %d warm-up "
        + "passes, alternating: Khabar %.0f pages/s, Readability4J %.0f pages/s (%.2f×), boilerpipe %.0f pages/s.%n%n",
        dev.size() + test.size(), rounds, warmUp, speed[0], speed[1], speed[0] / speed[1], speed[2]));
    md.append(table("Khabar's own fixture pages (" + sets.get("fixtures").size() + " pages in the styles of other "
        + "outlets, `khabar-core/src/test/resources/io/khabar/extract/fixtures/`)", sets.get("fixtures")));
    md.append(perPage(sets));
    return md.toString();
  }

  private static String table(String caption, List<Row> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder(caption).append(":\n\n| extractor | body token F1 (mean) | lowest page F1 | "
        + "title exact | date to the day | author |\n|---|---|---|---|---|---|\n");
    for (String s : SYSTEMS) {
      List<Score> scores = scores(rows, s);
      if (scores.isEmpty()) {
        continue;
      }
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s | %s | %s |%n", NAMES.get(s),
          mean(scores, Score::f1), min(scores), fmt(share(scores, "title")), fmt(share(scores, "date")),
          fmt(share(scores, "author"))));
    }
    return md.append('\n').toString();
  }

  private static String fmt(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
  }

  /** Every page, worst Khabar F1 first within each set. */
  private static String perPage(Map<String, List<Row>> sets) {
    StringBuilder md = new StringBuilder("Per page, worst Khabar body F1 first (✓ = right, ✗ = wrong for Khabar's "
        + "title, date, author):\n\n| set | page | outlet | Khabar F1 | Readability4J F1 | boilerpipe F1 | reference "
        + "F1 | title | date | author |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Row>> set : sets.entrySet()) {
      List<Row> rows = new ArrayList<>(set.getValue());
      rows.sort(java.util.Comparator.comparingDouble((Row r) -> r.khabar().f1()).thenComparing(Row::id));
      for (Row r : rows) {
        Score k = r.khabar();
        Score ref = r.scores().get("reference");
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %s | %s | %s | %s |%n",
            set.getKey(), r.id(), r.outlet(), k.f1(), r.scores().get("readability").f1(),
            r.scores().get("boilerpipe").f1(), ref == null ? "–" : String.format(Locale.ROOT, "%.3f", ref.f1()),
            mark(k.title()), mark(k.date()), mark(k.author())));
      }
    }
    return md.toString();
  }

  private static String mark(Boolean ok) {
    return Boolean.TRUE.equals(ok) ? "✓" : "✗";
  }

  /** For tests: rows whose Khabar score passes {@code p}. */
  static List<Row> where(List<Row> rows, Predicate<Row> p) {
    return rows.stream().filter(p).toList();
  }
}
