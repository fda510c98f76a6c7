package io.khabar.store;

import io.khabar.model.Headline;
import io.khabar.model.ArticleTerms;
import io.khabar.model.Grouping;
import io.khabar.model.PutResult;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.model.Article;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.Importer;
import io.khabar.relate.Related;
import io.khabar.relate.RelatedConfig;
import io.khabar.relate.RelatedFinder;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import io.khabar.story.StoryAssigner;
import io.khabar.story.StoryFixtures;
import io.khabar.story.StoryRebuilder;
import io.khabar.text.KhabarAnalyzer;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleStore} must do, and the features built on the interface (duplicates,
 * stories, related articles, search), run against each engine: extend it with a way to get an empty
 * store. Published as khabar-core's test-jar, so khabar-solr runs the very same suite on SolrCloud.
 */
public abstract class ArticleStoreContract {
  protected ArticleStore store;

  /** A store holding no article, for one test; the suite closes it. */
  protected abstract ArticleStore emptyStore() throws IOException;


  @BeforeEach
  void openStore() throws IOException {
    store = emptyStore();
  }

  @AfterEach
  void closeStore() throws IOException {
    if (store != null) {
      store.close();
    }
  }

  static final Article QUAKE = article("q1").source("aljazeera").at("2024-03-10T05:00")
      .title("زلزال بقوة 6.2 درجات يضرب ولاية أضنة جنوبي تركيا")
      .text("ضرب زلزال بقوة 6.2 درجات على مقياس ريختر ولاية أضنة جنوبي تركيا فجر اليوم الأحد.\n"
          + "وقالت إدارة الكوارث إن فرق الإنقاذ توجهت إلى المناطق المتضررة.")
      .author("مراسل الجزيرة").category("world").build();
  static final Article QUAKE2 = article("q2").source("bbc").at("2024-03-10T07:30")
      .title("مقتل 12 شخصا في زلزال ضرب جنوب تركيا")
      .text("لقي 12 شخصا حتفهم جراء زلزال هز ولاية أضنة في جنوب تركيا صباح الأحد.").build();
  static final Article RATES = article("e1").source("ahram").at("2024-03-06T09:00")
      .title("البنك المركزي المصري يرفع أسعار الفائدة")
      .text("قرر البنك المركزي المصري رفع أسعار الفائدة بواقع 600 نقطة أساس وتحرير سعر صرف الجنيه.").build();
  static final Article FOOTBALL = article("f1").source("bbc").at("2024-03-11T20:00")
      .title("الأهلي يفوز على الزمالك")
      .text("فاز النادي الأهلي على الزمالك بهدفين في مباراة الدوري.").build();
  static final Article UNDATED = article("u1").source("blog")
      .title("فوائد التمر").text("ينصح خبراء التغذية بالإفطار على التمر.").build();

  private void putAll(Article... articles) throws IOException {
    for (Article a : articles) {
      store.put(a);
    }
    store.commit();
  }

  private static List<String> ids(List<Headline> hs) {
    return hs.stream().map(Headline::id).toList();
  }

  // ---- put, get, size, isUnchanged ----

  @Test
  void putReportsAddedUnchangedUpdatedAndGetReturnsTheArticle() throws IOException {
    assertEquals(0, store.size());
    assertEquals(PutResult.ADDED, store.put(QUAKE));
    assertEquals(PutResult.UNCHANGED, store.put(QUAKE));
    store.commit();
    assertEquals(PutResult.UNCHANGED, store.put(QUAKE));
    assertTrue(store.isUnchanged(QUAKE));
    Article changed = article("q1").source("aljazeera").at("2024-03-10T05:00").title(QUAKE.title())
        .text(QUAKE.text() + " وتواصل فرق الإنقاذ عملها.").build();
    assertFalse(store.isUnchanged(changed));
    assertFalse(store.isUnchanged(RATES));
    assertEquals(PutResult.UPDATED, store.put(changed));
    store.commit();
    assertEquals(1, store.size());
    assertEquals(changed, store.get("q1").orElseThrow());
    assertTrue(store.get("nope").isEmpty());
  }

  @Test
  void getKeepsEveryField() throws IOException {
    putAll(QUAKE, UNDATED);
    Article q = store.get("q1").orElseThrow();
    assertEquals(QUAKE, q);
    assertEquals(QUAKE.published(), q.published());
    assertEquals("مراسل الجزيرة", q.author());
    assertEquals("world", q.category());
    assertNull(store.get("u1").orElseThrow().published());
    assertEquals(QUAKE.text(), q.text()); // paragraphs kept
  }

  @Test
  void getAllGivesWhatGetGivesForEachKnownId() throws IOException {
    putAll(QUAKE, UNDATED, RATES);
    java.util.Map<String, Article> got = store.getAll(List.of("u1", "nope", "q1"));
    assertEquals(java.util.Set.of("u1", "q1"), got.keySet());
    assertEquals(store.get("q1").orElseThrow(), got.get("q1"));
    assertEquals(UNDATED, got.get("u1"));
    assertTrue(store.getAll(List.of()).isEmpty());
  }

  @Test
  void sizeCountsEveryCommittedArticle() throws IOException {
    putAll(QUAKE);
    assertEquals(1, store.size());
    putAll(UNDATED, RATES); // a cached size must not outlive the store's own writes
    assertEquals(3, store.size());
  }

  @Test
  void enrichmentIsKept() throws IOException {
    Article enriched = QUAKE.withEnrichment(List.of(new Entity("تركيا", EntityType.LOCATION, "تركيا"),
        new Entity("ريختر", EntityType.PERSON, "ريختر")), "disasters");
    putAll(enriched);
    Article back = store.get("q1").orElseThrow();
    assertEquals(enriched.entities(), back.entities());
    assertEquals("disasters", back.topic());
  }

  @Test
  void queryTextCannotSwitchTheQueryParser() throws IOException {
    putAll(QUAKE, RATES);
    // Local params ({!xmlparser}, {!join}) would let a visitor pick a parser (XXE, joins) on Solr;
    // user text must only ever be words to match.
    for (String hostile : List.of("{!xmlparser v='<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>'}",
        "{!join from=id to=id}*:*", "id:q1 OR *:*", "_query_:\"{!lucene}*:*\"")) {
      SearchPage page = store.search(SearchQuery.of(hostile));
      assertTrue(page.total() < 2, hostile + " matched " + page.total() + " articles");
    }
  }

  @Test
  void searchFiltersByEntityAndTopic() throws IOException {
    putAll(QUAKE.withEnrichment(List.of(new Entity("تركيا", EntityType.LOCATION, "تركيا")), "politics"),
        QUAKE2.withEnrichment(List.of(new Entity("اليونان", EntityType.LOCATION, "اليونان")), "politics"),
        RATES.withEnrichment(List.of(new Entity("تركيا", EntityType.LOCATION, "تركيا")), "economy"));
    SearchQuery all = new SearchQuery("", null, null, null, SearchQuery.Sort.NEWEST, 0, 10);
    assertEquals(java.util.Set.of("q1", "e1"), ids(store.search(all.withEntity("تركيا"))));
    assertEquals(java.util.Set.of("q1", "q2"), ids(store.search(all.withTopic("politics"))));
    assertEquals(java.util.Set.of("q1"), ids(store.search(all.withEntity("تركيا").withTopic("politics"))));
    assertEquals(java.util.Set.of(), ids(store.search(all.withEntity("مجهول"))));
  }

  private static java.util.Set<String> ids(io.khabar.search.SearchPage page) {
    return page.hits().stream().map(h -> h.id()).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void latestIsNewestFirstWithUndatedLastAndFiltersBySource() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL, UNDATED);
    assertEquals(List.of("f1", "q2", "q1", "e1", "u1"), store.latest(10, null).stream().map(Article::id).toList());
    assertEquals(List.of("f1", "q2"), store.latest(2, null).stream().map(Article::id).toList());
    assertEquals(List.of("f1", "q2"), store.latest(10, "bbc").stream().map(Article::id).toList());
    assertEquals(List.of(), store.latest(10, "nobody"));
  }

  @Test
  void countBySourceIsLargestFirst() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL, UNDATED);
    Map<String, Long> counts = store.countBySource();
    assertEquals(List.of("bbc", "ahram", "aljazeera", "blog"), new ArrayList<>(counts.keySet()));
    assertEquals(2L, counts.get("bbc"));
    assertEquals(1L, counts.get("blog"));
  }

  // ---- what related articles and stories read ----

  @Test
  void termsAreTheAnalyzedWordsWithTheirCounts() throws IOException {
    putAll(QUAKE.withEnrichment(List.of(new Entity("تركيا", EntityType.LOCATION, "تركيا"),
        new Entity("اضنه", EntityType.LOCATION, "أضنة")), "politics"), RATES, UNDATED);
    store.put(QUAKE2, new Grouping("q1", "story-quake", List.of()));
    store.commit();
    List<ArticleTerms> terms = store.terms(List.of("q2", "nope", "q1", "u1"));
    assertEquals(List.of("q2", "q1", "u1"), terms.stream().map(ArticleTerms::id).toList());
    ArticleTerms q1 = terms.get(1);
    assertEquals(analyzed(QUAKE.title()), q1.title());
    assertEquals(analyzed(QUAKE.text()), q1.text());
    assertEquals(QUAKE.published().toInstant().toEpochMilli(), q1.publishedMillis());
    assertEquals(TextFingerprint.of(QUAKE.text()), q1.textFingerprint());
    assertEquals("q1", q1.story());
    assertEquals("q1", q1.dupGroup());
    assertEquals("story-quake", terms.get(0).story());
    assertEquals("q1", terms.get(0).dupGroup());
    assertFalse(terms.get(2).hasDate());
    assertEquals(Set.of("تركيا", "اضنه"), q1.entities(), "the entity keys come with the terms");
    assertEquals(Set.of(), terms.get(0).entities());
    assertEquals(List.of(), store.terms(List.of("nope")));
  }

  @Test
  void docFreqsCountArticlesPerTermInTextOrTitle() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL);
    String quake = single("زلزال");
    String adana = single("أضنة");
    String bank = single("البنك");
    String killed = single("مقتل"); // only in q2's title
    Map<String, Integer> df = store.docFreqs(List.of(quake, adana, bank, killed, "لايوجدمثلها"));
    assertEquals(2, df.get(quake));
    assertEquals(2, df.get(adana));
    assertEquals(1, df.get(bank));
    assertEquals(1, df.get(killed));
    assertEquals(0, df.get("لايوجدمثلها"));
  }

  @Test
  void candidatesRankByWeightedTermsAndHonourExclusionsAndTheWindow() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL, UNDATED);
    List<CandidateQuery.WeightedTerm> terms = List.of(
        new CandidateQuery.WeightedTerm(CandidateQuery.Field.TEXT, single("زلزال"), 2f),
        new CandidateQuery.WeightedTerm(CandidateQuery.Field.TITLE, single("مقتل"), 3f),
        new CandidateQuery.WeightedTerm(CandidateQuery.Field.TEXT, single("البنك"), 0.5f));
    long at = QUAKE.published().toInstant().toEpochMilli();
    List<String> all = store.candidates(new CandidateQuery(terms, Set.of(), Long.MIN_VALUE, null, 10));
    assertEquals(List.of("q2", "q1", "e1"), all);
    assertEquals(List.of("q2", "e1"), store.candidates(new CandidateQuery(terms, Set.of("q1"), Long.MIN_VALUE, null, 10)));
    // within a day of q1: e1 (4 days before) only comes from the quarter taken from any time
    assertEquals(List.of("q2", "q1"), store.candidates(new CandidateQuery(terms, Set.of(), at, Duration.ofDays(1), 8, true)));
    assertEquals(List.of("q2", "q1"), store.candidates(new CandidateQuery(terms, Set.of(), at, Duration.ofDays(1), 8)));
    // a quarter of 12 from any time: the best three, e1 among them
    assertEquals(List.of("q2", "q1", "e1"), store.candidates(new CandidateQuery(terms, Set.of(), at, Duration.ofDays(1), 12)));
    assertEquals(List.of(), store.candidates(new CandidateQuery(List.of(), Set.of(), at, Duration.ofDays(1), 8)));
  }

  @Test
  void withBandKeysFindsArticlesByAnyOfTheirKeys() throws IOException {
    store.put(QUAKE, new Grouping("q1", "q1", List.of("b00:aa", "b01:bb")));
    store.put(RATES, new Grouping("e1", "e1", List.of("b00:cc", "b01:bb")));
    store.put(FOOTBALL, new Grouping("f1", "f1", List.of("b00:dd")));
    store.commit();
    assertEquals(List.of("q1"), store.withBandKeys(List.of("b00:aa"), 10));
    assertEquals(Set.of("q1", "e1"), new HashSet<>(store.withBandKeys(List.of("b01:bb", "no-such-key"), 10)));
    assertEquals(1, store.withBandKeys(List.of("b00:aa", "b01:bb"), 1).size());
    assertEquals(List.of(), store.withBandKeys(List.of("no-such-key"), 10));
    assertEquals(List.of(), store.withBandKeys(List.of(), 10));
  }

  // ---- headlines, stories, duplicate groups ----

  @Test
  void headlinesCarryStoryAndDuplicateGroupInTheirOrders() throws IOException {
    store.put(QUAKE, new Grouping("q1", "s-quake", List.of()));
    store.put(QUAKE2, new Grouping("q2", "s-quake", List.of()));
    Article wire = article("q1-wire").source("anadolu").at("2024-03-10T06:00").title(QUAKE.title()).text(QUAKE.text()).build();
    store.put(wire, new Grouping("q1", "s-quake", List.of()));
    store.put(RATES, new Grouping("e1", null, List.of()));
    store.put(UNDATED, new Grouping("u1", "s-dates", List.of()));
    store.commit();
    Headline h = store.headline("q1-wire").orElseThrow();
    assertEquals(new Headline("q1-wire", QUAKE.title(), "anadolu", wire.published(), wire.url(), "s-quake", "q1"), h);
    assertNull(store.headline("e1").orElseThrow().story());
    assertTrue(store.headline("nope").isEmpty());
    assertEquals(List.of("q1", "q1-wire", "q2"), ids(store.storyMembers("s-quake", 10)));
    assertEquals(List.of("q1", "q1-wire"), ids(store.storyMembers("s-quake", 2)));
    assertEquals(List.of("q1", "q1-wire"), ids(store.duplicateGroup("q1", 10)));
    assertEquals(List.of(), ids(store.storyMembers("none", 10)));
    assertEquals(List.of("q2", "q1-wire", "q1", "e1", "u1"), ids(store.latestHeadlines(10)));
    assertEquals(List.of("e1", "q1", "q1-wire", "q2", "u1"), ids(store.allHeadlines()));
  }

  @Test
  void headlinesPublishedAreThoseOfTheRangeOldestFirstWithTheirStories() throws IOException {
    store.put(QUAKE, new Grouping("q1", "s-quake", List.of()));
    store.put(QUAKE2, new Grouping("q2", "s-quake", List.of()));
    Article wire = article("q1-wire").source("anadolu").at("2024-03-10T05:00").title(QUAKE.title()).text(QUAKE.text()).build();
    store.put(wire, new Grouping("q1", "s-quake", List.of()));
    store.put(RATES, new Grouping("e1", "s-rates", List.of()));
    store.put(UNDATED, new Grouping("u1", null, List.of()));
    store.commit();
    long from = QUAKE.published().toInstant().toEpochMilli();
    long to = QUAKE2.published().toInstant().toEpochMilli();
    List<Headline> got = store.headlinesPublished(from, to, 10);
    assertEquals(List.of("q1", "q1-wire", "q2"), ids(got), "both ends included, ties by id, oldest first");
    assertEquals("s-quake", got.get(2).story());
    assertEquals("q1", got.get(1).dupGroup());
    assertEquals(List.of("q1"), ids(store.headlinesPublished(from, to, 1)), "at most limit, oldest kept");
    assertEquals(List.of("e1", "q1", "q1-wire", "q2"), ids(store.headlinesPublished(0, Long.MAX_VALUE, 10)),
        "undated articles are never in a range");
    assertEquals(List.of(), ids(store.headlinesPublished(to + 1, to + 1000, 10)));
  }

  @Test
  void allHeadlinesWalksEveryArticleOldestFirstWithIdTies() throws IOException {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      many.add(article(String.format("a%04d", 1233 - i)).at(String.format("2024-01-%02dT10:00", 1 + i % 28))
          .title("خبر " + i).text("نص الخبر رقم " + i).build());
    }
    for (Article a : many) {
      store.put(a);
    }
    store.commit();
    List<Headline> all = store.allHeadlines();
    assertEquals(1234, all.size());
    for (int i = 1; i < all.size(); i++) {
      Headline a = all.get(i - 1);
      Headline b = all.get(i);
      int byDate = a.published().compareTo(b.published());
      assertTrue(byDate < 0 || (byDate == 0 && a.id().compareTo(b.id()) < 0), a.id() + " before " + b.id());
    }
  }

  @Test
  void replaceStoriesChangesOnlyStories() throws IOException {
    store.put(QUAKE, new Grouping("q1", "old", List.of("b00:aa")));
    store.put(QUAKE2, new Grouping("q2", "old", List.of()));
    store.put(RATES, new Grouping("e1", "e1", List.of()));
    store.commit();
    Map<String, String> stories = new HashMap<>();
    stories.put("q1", "new");
    stories.put("q2", "new");
    stories.put("e1", null);
    stories.put("gone", "x");
    store.replaceStories(stories);
    assertEquals(List.of("q1", "q2"), ids(store.storyMembers("new", 10)));
    assertEquals(List.of(), ids(store.storyMembers("old", 10)));
    assertNull(store.headline("e1").orElseThrow().story());
    assertEquals(QUAKE, store.get("q1").orElseThrow());
    assertEquals(List.of("q1"), store.withBandKeys(List.of("b00:aa"), 10));
    assertTrue(store.isUnchanged(QUAKE));
    assertEquals(3, store.size());
  }

  // ---- search ----

  @Test
  void searchRequiresAllWordsAndFallsBackToAnyWord() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL, UNDATED);
    assertEquals(Set.of("q1", "q2"), hitIds(store.search(SearchQuery.of("زلزال تركيا"))));
    assertEquals(Set.of("q1"), hitIds(store.search(SearchQuery.of("زلزال ريختر"))));
    // no article has both words: any word will do
    assertEquals(Set.of("q1", "q2", "f1"), hitIds(store.search(SearchQuery.of("زلزال الزمالك"))));
    assertEquals(0, store.search(SearchQuery.of("كلمةغيرموجودة")).total());
  }

  @Test
  void searchTakesPhrasesAndExclusions() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL);
    assertEquals(Set.of("q1"), hitIds(store.search(SearchQuery.of("\"مقياس ريختر\""))));
    assertEquals(Set.of(), hitIds(store.search(SearchQuery.of("\"ريختر مقياس\"")))); // order matters, then any word of none
    assertEquals(Set.of("q2"), hitIds(store.search(SearchQuery.of("زلزال -ريختر"))));
  }

  @Test
  void searchFiltersBySourceAndDateAndSortsNewestFirst() throws IOException {
    putAll(QUAKE, QUAKE2, RATES, FOOTBALL, UNDATED);
    assertEquals(Set.of("q2"), hitIds(store.search(SearchQuery.of("زلزال").withSource("bbc"))));
    SearchQuery tenth = SearchQuery.of("").withDates(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10));
    assertEquals(List.of("q2", "q1"), hitList(store.search(tenth)));
    assertEquals(List.of("f1", "q2", "q1"), hitList(store.search(SearchQuery.of("")
        .withDates(LocalDate.of(2024, 3, 7), null))));
    SearchPage newest = store.search(SearchQuery.of("زلزال الأهلي").withSort(SearchQuery.Sort.NEWEST));
    assertEquals(List.of("f1", "q2", "q1"), hitList(newest));
    SearchPage page2 = store.search(SearchQuery.of("زلزال الأهلي").withSort(SearchQuery.Sort.NEWEST).withPage(1, 1));
    assertEquals(3, page2.total());
    assertEquals(List.of("q2"), hitList(page2));
  }

  @Test
  void searchMarksTheMatchedWords() throws IOException {
    putAll(QUAKE, QUAKE2, RATES);
    SearchPage page = store.search(SearchQuery.of("ريختر"));
    assertEquals(1, page.total());
    SearchHit hit = page.hits().get(0);
    assertEquals("q1", hit.id());
    assertEquals("aljazeera", hit.source());
    assertEquals(QUAKE.published().toInstant(), hit.published().toInstant());
    assertTrue(hit.score() > 0);
    List<String> marked = hit.snippet().segments().stream().filter(Snippet.Segment::hit).map(Snippet.Segment::text).toList();
    assertEquals(List.of("ريختر"), marked);
    assertEquals(QUAKE.title(), hit.titleSnippet().text());
    SearchHit inTitle = store.search(SearchQuery.of("البنك")).hits().get(0);
    assertTrue(inTitle.titleSnippet().segments().stream().anyMatch(s -> s.hit() && s.text().equals("البنك")));
  }

  // ---- the features on top: duplicates, stories, related articles ----

  @Test
  void importGroupsCopiesAndStoriesThroughTheInterface() throws IOException {
    ImportSummary s = new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news()));
    assertEquals(14, s.added());
    for (String copy : StoryFixtures.QUAKE_COPIES) {
      assertEquals("q1", StoryFixtures.dupGroup(store, copy), copy);
      assertEquals(StoryFixtures.story(store, "q1"), StoryFixtures.story(store, copy), copy);
    }
    assertEquals("e1", StoryFixtures.dupGroup(store, "e1-repost"));
    assertEquals("q2", StoryFixtures.dupGroup(store, "q2"));
    Set<String> unrelated = new HashSet<>();
    for (String id : StoryFixtures.UNRELATED) {
      assertTrue(unrelated.add(StoryFixtures.story(store, id)), id);
    }
    assertNotEquals(StoryFixtures.story(store, "q1"), StoryFixtures.story(store, "e1"));
    // a second import finds everything unchanged
    assertEquals(14, new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news())).unchanged());
  }

  @Test
  void restoryAndRelatedListsFollowTheStoryRules() throws IOException {
    new Importer(store, io.khabar.group.ArticleGrouper.standard(store)).run(List.of(StoryFixtures.news()));
    new StoryRebuilder(store, StoryAssigner.standard(store)).rebuild(n -> {});
    assertEquals(StoryFixtures.story(store, "q1"), StoryFixtures.story(store, "q2"));
    assertEquals(StoryFixtures.story(store, "q1"), StoryFixtures.story(store, "q3"));
    RelatedFinder finder = new RelatedFinder(store, KhabarAnalyzer.create(), RelatedConfig.defaults());
    for (Article a : StoryFixtures.articles()) {
      Related r = finder.related(a.id(), 10).orElseThrow();
      String own = StoryFixtures.story(store, a.id());
      Set<String> stories = new HashSet<>();
      for (Related.Entry e : r.similar()) {
        assertNotEquals(a.id(), e.id());
        String s = StoryFixtures.story(store, e.id());
        if (s != null) {
          assertNotEquals(own, s, a.id() + ": " + e.id() + " is of its own story");
          assertTrue(stories.add(s), a.id() + ": two similar articles of story " + s);
        }
      }
    }
    Related q1 = finder.related("q1", 10).orElseThrow();
    List<String> similar = q1.similar().stream().map(Related.Entry::id).toList();
    assertTrue(similar.contains("q-late") || (q1.readAlso() != null && q1.readAlso().id().equals("q-late")),
        "the follow-up ten days later is another story: " + similar + " / " + q1.readAlso());
    assertTrue(finder.related("nope", 10).isEmpty());
    assertEquals(1.0, finder.similarity("q1", "q1-wire").orElseThrow(), 1e-9);
    assertTrue(finder.similarity("q1", "u-football").orElseThrow() < 0.1);
  }

  private static Set<String> hitIds(SearchPage page) {
    return new HashSet<>(hitList(page));
  }

  private static List<String> hitList(SearchPage page) {
    return page.hits().stream().map(SearchHit::id).toList();
  }

  /** The analyzed term of one word. */
  protected static String single(String word) {
    Map<String, Integer> tf = analyzed(word);
    assertEquals(1, tf.size(), word + " → " + tf);
    return tf.keySet().iterator().next();
  }

  protected static Map<String, Integer> analyzed(String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = KhabarAnalyzer.create().tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(t.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertNotNull(tf);
    return tf;
  }
}
