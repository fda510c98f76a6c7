package io.khabar.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.model.Article;
import io.khabar.ingest.JsonlReader;
import io.khabar.store.ArticleStore;
import io.khabar.model.Headline;
import io.khabar.testing.CollectingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The story fixtures ({@code story/news.jsonl}): the Adana earthquake of 10 March 2024 told by three outlets in
 * their own words (q1 aljazeera, q2 bbc, q3 alarabiya), an exact wire copy of q1 (q1-wire, anadolu) and a near copy
 * with its closing sentence rewritten (q1-near, trt); the Egyptian rate decision of 6 March (e1 ahram, e2 rt) and a
 * repost of e1's text two days later (e1-repost, masrawy); a follow-up of the earthquake ten days later (q-late);
 * unrelated news (u-tech, u-football, u-weather, u-festival) and an undated article (u-undated).
 */
public final class StoryFixtures {
  public static final List<String> QUAKE = List.of("q1", "q2", "q3");
  public static final List<String> QUAKE_COPIES = List.of("q1-wire", "q1-near");
  public static final List<String> UNRELATED = List.of("u-tech", "u-football", "u-weather", "u-festival");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Topic words for filler articles: none of them occurs in the fixtures' events. */
  private static final List<String> FILLER_WORDS = Arrays.asList((
      "الزراعة القمح المحصول الري الفلاحين الأسمدة البذور الحصاد الجامعة الطلاب المناهج المعلمين الامتحانات "
      + "المدارس الكتب المكتبة الرواية الشاعر القصيدة المسرح السينما الفيلم الممثل المخرج الجائزة المعرض اللوحة "
      + "الفنان التشكيلي المتحف الآثار الحفريات الفرعونية المعبد السياحة الفنادق الشواطئ الرحلات الطيران المطار "
      + "الميناء السفن الحاويات القطار السكك الحافلات الطرق الجسر النفق المترو الكهرباء الطاقة الشمسية الرياح "
      + "المياه السدود الأنهار البحيرة الغابات الأشجار الحدائق الزهور الطيور الحيوانات المحمية البيئة التلوث "
      + "النفايات التدوير البلاستيك المصانع الصادرات الواردات التجارة الأسواق الأسهم البورصة الشركات الاستثمار "
      + "المصارف القروض العقارات الإسكان الشقق الإيجار البناء الأسمنت الحديد الذهب الفضة النحاس المعادن المناجم "
      + "الصحة المستشفى الأطباء الأدوية اللقاح الأمراض السكري القلب الرياضة السباحة التنس الدراجات الماراثون "
      + "الملاكمة الشطرنج الألعاب الإلكترونية الحاسوب البرمجيات التطبيقات الهواتف الشبكات الروبوت الذكاء الاصطناعي "
      + "البيانات الأمن السيبراني الصحافة الإذاعة التلفزيون المهرجان الأزياء المطبخ الطعام الخبز القهوة الشاي "
      + "الأسرة الأطفال الشباب المرأة التطوع الجمعيات البلدية الانتخابات البرلمان القانون المحكمة القضاة").split(" "));

  private StoryFixtures() {}

  public static Path news() {
    try {
      java.net.URL url = StoryFixtures.class.getResource("/story/news.jsonl");
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      // read from khabar-core's test-jar (the store contract run by khabar-solr): a file to import
      Path copy = Files.createTempFile("story-news", ".jsonl");
      copy.toFile().deleteOnExit();
      try (java.io.InputStream in = url.openStream()) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture articles, in file order. */
  public static List<Article> articles() {
    CollectingSink sink = new CollectingSink();
    try {
      new JsonlReader().read(news(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!sink.skipped.isEmpty()) {
      throw new AssertionError("fixture records skipped: " + sink.skipped);
    }
    return sink.accepted.stream().map(CollectingSink.Accepted::article).toList();
  }

  public static Article byId(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * {@code n} filler articles ({@code filler-000}…), one every three hours from 1 February 2024 (weeks before
   * the fixtures' events), each 40 words drawn at random (fixed seed) from topic words the events never use.
   */
  public static List<Article> fillers(int n) {
    return fillers(n, "filler", OffsetDateTime.of(2024, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC), 3);
  }

  /** {@code n} filler articles ({@code prefix-000}…) as above, one every {@code hoursApart} hours from {@code start}. */
  public static List<Article> fillers(int n, String prefix, OffsetDateTime start, int hoursApart) {
    Random random = new Random(20240201L + n);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder title = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 5; w++) {
        title.append(w == 0 ? "" : " ").append(FILLER_WORDS.get(random.nextInt(FILLER_WORDS.size())));
      }
      for (int w = 0; w < 40; w++) {
        text.append(w == 0 ? "" : " ").append(FILLER_WORDS.get(random.nextInt(FILLER_WORDS.size())));
      }
      String id = String.format("%s-%03d", prefix, i);
      out.add(new Article(id, "https://example.org/filler/" + id, "outlet" + (i % 7), title.toString(),
          text.toString(), start.plusHours((long) hoursApart * i), "", "misc"));
    }
    return out;
  }

  /** Writes articles as JSONL (the import format), in the given order. */
  public static Path writeJsonl(Path file, List<Article> articles) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Article a : articles) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", a.id());
      o.put("url", a.url());
      o.put("source", a.source());
      o.put("title", a.title());
      o.put("text", a.text());
      if (a.published() != null) {
        o.put("published", a.published().toString());
      }
      o.put("author", a.author());
      o.put("category", a.category());
      b.append(JSON.writeValueAsString(o)).append('\n');
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, b.toString());
  }

  /** id → story of every stored article (story may be null). */
  public static Map<String, String> stories(ArticleStore store) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Headline h : store.allHeadlines()) {
      out.put(h.id(), h.story());
    }
    return out;
  }

  /** id → "story|dupGroup" of every stored article. */
  public static Map<String, String> groupings(ArticleStore store) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Headline h : store.allHeadlines()) {
      out.put(h.id(), h.story() + "|" + h.dupGroup());
    }
    return out;
  }

  public static String story(ArticleStore store, String id) throws IOException {
    return store.headline(id).orElseThrow(() -> new AssertionError("no article " + id)).story();
  }

  public static String dupGroup(ArticleStore store, String id) throws IOException {
    return store.headline(id).orElseThrow(() -> new AssertionError("no article " + id)).dupGroup();
  }
}
