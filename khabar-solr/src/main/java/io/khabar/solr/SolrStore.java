package io.khabar.solr;

import static io.khabar.solr.SolrFields.*;

import io.khabar.model.Article;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.store.ArticleStore;
import io.khabar.model.ArticleTerms;
import io.khabar.store.CandidateQuery;
import io.khabar.model.Grouping;
import io.khabar.model.Headline;
import io.khabar.model.PutResult;
import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The article store on a SolrCloud collection, through SolrJ. Puts are sent in batches of
 * {@link #BATCH}, each made visible to searches (soft commit) so that grouping sees what it stored,
 * as the embedded store's reads do; {@link #commit()} sends the rest and makes everything durable.
 * A batch that fails is retried; if it still fails its articles stay pending and are sent again at
 * the next commit (see {@link UnwrittenArticlesException}). Reads go to any live replica.
 */
public final class SolrStore implements ArticleStore {
  /** Articles per update request; also how far behind its own puts a writer's searches may be. */
  public static final int BATCH = 100;
  private static final int PAGE = 1000;

  private final SolrTarget target;
  private final CloudSolrClient solr;
  private final String collection;
  private final Analyzer analyzer = KhabarAnalyzer.create();
  private final Retry retry;
  private final SolrCalls calls;
  /** Puts not sent yet (or whose batch failed), in put order. */
  private final LinkedHashMap<String, SolrInputDocument> pending = new LinkedHashMap<>();
  private final Map<String, String> pendingHash = new HashMap<>();
  private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();
  private volatile long docFreqsAt = -1;
  /** How long a size read is kept at most: other processes may write to the collection. */
  private static final long SIZE_FRESH_NANOS = 1_000_000_000L;
  /** The last size read, null once this store has made more articles searchable. */
  private volatile SizeSeen sizeSeen;

  /** A size read from Solr and when (System.nanoTime). */
  private record SizeSeen(long size, long at) {}
  private volatile long docFreqsTime;
  private long addedSinceStats;
  /** Whether this store has written: a writer's statistics depend on counts only, so its imports are repeatable. */
  private boolean wrote;

  private SolrStore(SolrTarget target, CloudSolrClient solr, Retry retry) {
    this.target = target;
    this.solr = solr;
    this.collection = target.collection();
    this.retry = retry;
    this.calls = new SolrCalls(target, retry);
  }

  /** Connects to the collection and checks that a Khabar of this version made it. */
  public static SolrStore open(SolrTarget target) throws IOException {
    return open(target, Retry.DEFAULT);
  }

  public static SolrStore open(SolrTarget target, Retry retry) throws IOException {
    CloudSolrClient client = SolrSetup.connect(target);
    try {
      SolrSetup.checkCollection(client, target);
      return new SolrStore(target, client, retry);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  public SolrTarget target() {
    return target;
  }

  @Override
  public synchronized boolean isUnchanged(Article article) throws IOException {
    // The hash of the whole text only when the id is known: on an import nearly every id is new.
    String known = knownHash(article.id());
    return known != null && known.equals(article.contentHash());
  }

  private String knownHash(String id) throws IOException {
    if (pendingHash.containsKey(id)) {
      return pendingHash.get(id);
    }
    SolrDocument d = getById(id, HASH);
    return d == null ? null : SolrDocuments.str(d, HASH);
  }

  @Override
  public synchronized PutResult put(Article article, Grouping grouping) throws IOException {
    String hash = article.contentHash();
    String known = knownHash(article.id());
    if (hash.equals(known)) {
      return PutResult.UNCHANGED;
    }
    pending.remove(article.id()); // a re-put goes to the end, after what it may depend on
    pending.put(article.id(), SolrDocuments.toDocument(article, hash, grouping, analyzer));
    pendingHash.put(article.id(), hash);
    if (known == null) {
      addedSinceStats++;
    }
    wrote = true;
    if (pending.size() >= BATCH) {
      flush(true);
    }
    return known == null ? PutResult.ADDED : PutResult.UPDATED;
  }

  /** Sends the pending articles, made searchable at once when {@code visible}; on failure they stay pending. */
  private void flush(boolean visible) throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    UpdateRequest u = new UpdateRequest();
    u.add(new ArrayList<>(pending.values()));
    if (visible) {
      u.setAction(AbstractUpdateRequest.ACTION.COMMIT, false, true, true);
    }
    try {
      calls.write(() -> u.process(solr, collection));
    } catch (SolrStoreException e) {
      throw new UnwrittenArticlesException(new ArrayList<>(pending.keySet()), retry.attempts(),
          e.getCause() == null ? e : e.getCause());
    }
    pending.clear();
    pendingHash.clear();
    sizeSeen = null;
  }

  @Override
  public synchronized void commit() throws IOException {
    flush(false);
    calls.write(() -> new UpdateRequest().setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true)
        .process(solr, collection));
    docFreqsAt = -1; // a commit is a natural point to read fresh statistics
    sizeSeen = null;
  }

  /** Ids put but not written to Solr yet (a failed batch keeps its articles here until they are). */
  public synchronized List<String> unwritten() {
    return new ArrayList<>(pending.keySet());
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    SolrDocument d = getById(id, ARTICLE_FIELDS);
    return d == null ? Optional.empty() : Optional.of(SolrDocuments.toArticle(d));
  }

  /** Real-time get of many ids in one request per {@link #BATCH} (reading back stories asks for hundreds). */
  @Override
  public Map<String, Article> getAll(Collection<String> ids) throws IOException {
    List<String> all = new ArrayList<>(ids);
    Map<String, Article> out = new HashMap<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      for (SolrDocument d : getByIds(all.subList(i, Math.min(all.size(), i + BATCH)), ARTICLE_FIELDS)) {
        Article a = SolrDocuments.toArticle(d);
        out.put(a.id(), a);
      }
    }
    return out;
  }

  /**
   * The searchable articles. Grouping weighs every article's words with it, so it is read once and kept until this
   * store makes more articles searchable (a batch, a commit), or for {@link #SIZE_FRESH_NANOS} at most, for the
   * writes of other processes: a query per article was a third of an import's time on SolrCloud.
   */
  @Override
  public long size() throws IOException {
    long now = System.nanoTime();
    SizeSeen seen = sizeSeen;
    if (seen != null && now - seen.at() < SIZE_FRESH_NANOS) {
      return seen.size();
    }
    long n = query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    sizeSeen = new SizeSeen(n, now);
    return n;
  }

  @Override
  public List<Article> latest(int n, String source) throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(n).setFields(ARTICLE_FIELDS.split(","));
    if (source != null) {
      q.addFilterQuery(term(SOURCE, source));
    }
    q.set("sort", NEWEST_FIRST);
    List<Article> out = new ArrayList<>();
    for (SolrDocument d : query(q).getResults()) {
      out.add(SolrDocuments.toArticle(d));
    }
    return out;
  }

  private static final String NEWEST_FIRST = PUBLISHED_MS + " desc," + ID + " asc";
  /** Oldest first by publication, undated last, ties by id: a total order, so rebuilds are deterministic. */
  private static final String OLDEST_FIRST = PUBLISHED_MS + " asc," + ID + " asc";

  @Override
  public Map<String, Long> countBySource() throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(SOURCE).setFacetLimit(-1)
        .setFacetMinCount(1);
    FacetField f = query(q).getFacetField(SOURCE);
    Map<String, Long> sorted = new LinkedHashMap<>();
    f.getValues().stream()
        .sorted((a, b) -> a.getCount() != b.getCount() ? Long.compare(b.getCount(), a.getCount())
            : a.getName().compareTo(b.getName()))
        .forEach(c -> sorted.put(c.getName(), c.getCount()));
    return sorted;
  }

  @Override
  public SearchPage page(SearchQuery query, Words words) throws IOException {
    return SolrSearch.page(this::query, query, words);
  }

  /**
   * Pages through the matches' dates (so it sees at most {@link SearchQuery#MAX_OFFSET} articles): an entity
   * or topic page charts its newest articles, and a facet over a long field would need the range up front.
   */
  @Override
  public java.util.SortedMap<java.time.LocalDate, Long> countByDay(SearchQuery query, Words words) throws IOException {
    java.util.SortedMap<java.time.LocalDate, Long> days = new java.util.TreeMap<>();
    SearchQuery page = query.withPage(0, SearchQuery.MAX_LIMIT);
    while (true) {
      SearchPage p = page(page, words);
      for (io.khabar.search.SearchHit h : p.hits()) {
        if (h.published() != null) {
          days.merge(h.published().atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate(), 1L, Long::sum);
        }
      }
      int next = page.offset() + SearchQuery.MAX_LIMIT;
      if (p.hits().size() < SearchQuery.MAX_LIMIT || next > SearchQuery.MAX_OFFSET) {
        return days;
      }
      page = page.withPage(next, SearchQuery.MAX_LIMIT);
    }
  }

  /** Articles are sent in batches of {@link #BATCH} and made searchable then: see {@link #put}. */
  @Override
  public int searchLag() {
    return BATCH;
  }

  @Override
  public List<ArticleTerms> terms(List<String> ids) throws IOException {
    Map<String, ArticleTerms> found = new HashMap<>();
    for (SolrDocument d : getByIds(ids, TERMS_FIELDS)) {
      ArticleTerms t = SolrDocuments.toTerms(d);
      found.put(t.id(), t);
    }
    List<ArticleTerms> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (found.containsKey(id)) {
        out.add(found.get(id));
      }
    }
    return out;
  }

  /**
   * Document frequencies summed over every shard (the terms component asks one replica of each),
   * from the text field, or the title for a word found only there: what the embedded store counts.
   * Cached as there: until the store has grown by 5% (at least 50 articles), or a commit.
   */
  @Override
  public Map<String, Integer> docFreqs(Collection<String> terms) throws IOException {
    refreshStatisticsIfMoved();
    List<String> missing = terms.stream().filter(t -> !docFreqs.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      Map<String, Integer> text = termCounts(TEXT, missing);
      List<String> titleOnly = missing.stream().filter(t -> text.getOrDefault(t, 0) == 0).toList();
      Map<String, Integer> title = titleOnly.isEmpty() ? Map.of() : termCounts(TITLE, titleOnly);
      for (String t : missing) {
        int df = text.getOrDefault(t, 0);
        docFreqs.put(t, df > 0 ? df : title.getOrDefault(t, 0));
      }
    }
    Map<String, Integer> out = new HashMap<>(terms.size() * 2);
    for (String t : terms) {
      out.put(t, docFreqs.get(t));
    }
    return out;
  }

  private synchronized void refreshStatisticsIfMoved() throws IOException {
    boolean stale = docFreqsAt < 0 || addedSinceStats > Math.max(50, docFreqsAt / 20)
        || (!wrote && System.currentTimeMillis() - docFreqsTime > 60_000); // a reader: another process may write
    if (stale) {
      docFreqs.clear();
      docFreqsAt = size();
      docFreqsTime = System.currentTimeMillis();
      addedSinceStats = 0;
    }
  }

  private Map<String, Integer> termCounts(String field, List<String> terms) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (int from = 0; from < terms.size(); from += 2000) {
      List<String> part = terms.subList(from, Math.min(terms.size(), from + 2000));
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("qt", "/terms");
      p.set("terms.fl", field);
      p.set("terms.limit", -1);
      p.set("terms.list", String.join(",", part.stream().map(SolrStore::escapeListItem).toList()));
      QueryRequest r = new QueryRequest(p, SolrRequest.METHOD.POST);
      r.setPath("/terms");
      TermsResponse tr = calls.read(() -> r.process(solr, collection)).getTermsResponse();
      List<TermsResponse.Term> found = tr == null ? null : tr.getTerms(field);
      if (found != null) {
        for (TermsResponse.Term t : found) {
          out.merge(t.getTerm(), (int) t.getFrequency(), Integer::sum);
        }
      }
    }
    return out;
  }

  /** The terms component splits its list on commas and reads backslash escapes. */
  private static String escapeListItem(String term) {
    return term.replace("\\", "\\\\").replace(",", "\\,");
  }

  @Override
  public List<String> candidates(CandidateQuery q) throws IOException {
    if (q.terms().isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    boolean windowed = q.aroundMillis() != Long.MIN_VALUE && q.window() != null;
    if (windowed) {
      long w = q.window().toMillis();
      SolrQuery recent = candidateQuery(q, q.limit());
      recent.addFilterQuery(PUBLISHED_MS + ":[" + (q.aroundMillis() - w) + " TO " + (q.aroundMillis() + w) + "]");
      collectIds(recent, ids);
    }
    if (!(windowed && q.windowOnly())) {
      int n = ids.isEmpty() ? q.limit() : q.limit() / 4;
      if (n > 0) {
        collectIds(candidateQuery(q, n), ids);
      }
    }
    return new ArrayList<>(ids);
  }

  /**
   * A weighted OR of exact (already analyzed) terms: each a term query, boosted, referenced through a
   * parameter so that no term is parsed or analyzed again; excluded ids as must-not clauses.
   */
  private static SolrQuery candidateQuery(CandidateQuery q, int rows) {
    SolrQuery s = new SolrQuery();
    StringBuilder main = new StringBuilder();
    int i = 0;
    for (CandidateQuery.WeightedTerm t : q.terms()) {
      String field = t.field() == CandidateQuery.Field.TITLE ? TITLE : TEXT;
      main.append("_query_:\"{!term f=").append(field).append(" v=$t").append(i).append("}\"^")
          .append(String.format(Locale.ROOT, "%.6f", Math.max(0f, t.weight()))).append(' ');
      s.set("t" + i++, t.term());
    }
    int x = 0;
    for (String id : q.excludeIds()) {
      main.append("-_query_:\"{!term f=").append(ID).append(" v=$x").append(x).append("}\" ");
      s.set("x" + x++, id);
    }
    s.setQuery(main.toString().strip());
    s.set("q.op", "OR");
    s.setRows(rows);
    s.setFields(ID);
    s.set("sort", "score desc," + ID + " asc");
    return s;
  }

  private void collectIds(SolrQuery q, Set<String> ids) throws IOException {
    for (SolrDocument d : query(q, SolrRequest.METHOD.POST).getResults()) {
      ids.add(SolrDocuments.str(d, ID));
    }
  }

  @Override
  public List<String> withBandKeys(Collection<String> bandKeys, int limit) throws IOException {
    if (bandKeys.isEmpty()) {
      return List.of();
    }
    SolrQuery q = new SolrQuery("{!terms f=" + BAND + " v=$keys}").setRows(limit).setFields(ID);
    q.set("keys", String.join(",", bandKeys)); // band keys are plain ASCII without commas
    q.set("sort", ID + " asc");
    List<String> ids = new ArrayList<>();
    for (SolrDocument d : query(q, SolrRequest.METHOD.POST).getResults()) {
      ids.add(SolrDocuments.str(d, ID));
    }
    return ids;
  }

  @Override
  public Optional<Headline> headline(String id) throws IOException {
    SolrDocument d = getById(id, HEADLINE_FIELDS);
    return d == null ? Optional.empty() : Optional.of(SolrDocuments.toHeadline(d));
  }

  @Override
  public List<Headline> storyMembers(String story, int limit) throws IOException {
    return headlines(term(STORY, story), limit, OLDEST_FIRST);
  }

  @Override
  public List<Headline> duplicateGroup(String dupGroup, int limit) throws IOException {
    return headlines(term(DUP_GROUP, dupGroup), limit, OLDEST_FIRST);
  }

  @Override
  public List<Headline> latestHeadlines(int n) throws IOException {
    return headlines("*:*", n, NEWEST_FIRST);
  }

  private List<Headline> headlines(String query, int n, String sort) throws IOException {
    SolrQuery q = new SolrQuery(query).setRows(Math.max(1, n)).setFields(HEADLINE_FIELDS.split(","));
    q.set("sort", sort);
    List<Headline> out = new ArrayList<>();
    for (SolrDocument d : query(q).getResults()) {
      out.add(SolrDocuments.toHeadline(d));
    }
    return out;
  }

  @Override
  public List<Headline> headlinesPublished(long fromMillis, long toMillis, int limit) throws IOException {
    return headlines(SolrFields.PUBLISHED_MS + ":[" + fromMillis + " TO " + toMillis + "]", limit, OLDEST_FIRST);
  }

  /** Every article, oldest first, read page by page with a cursor (deep paging is cheap with one). */
  @Override
  public List<Headline> allHeadlines() throws IOException {
    List<Headline> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*").setRows(PAGE).setFields(HEADLINE_FIELDS.split(","));
      q.set("sort", OLDEST_FIRST);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = query(q);
      for (SolrDocument d : rsp.getResults()) {
        out.add(SolrDocuments.toHeadline(d));
      }
      if (rsp.getNextCursorMark() == null || rsp.getNextCursorMark().equals(cursor)) {
        return out;
      }
      cursor = rsp.getNextCursorMark();
    }
  }

  /**
   * New stories as atomic updates of the story field alone, then one commit. Unlike the embedded
   * store, SolrCloud has no rollback: a rebuild interrupted half-way may leave some new stories in
   * place once Solr's auto-commit runs; running {@code restory} again finishes it.
   */
  @Override
  public synchronized void replaceStories(Map<String, String> storyById) throws IOException {
    flush(false);
    List<String> ids = new ArrayList<>(storyById.keySet());
    for (int from = 0; from < ids.size(); from += PAGE) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + PAGE));
      UpdateRequest u = new UpdateRequest();
      for (SolrDocument d : getByIds(part, ID + "," + STORY)) {
        String id = SolrDocuments.str(d, ID);
        String story = storyById.get(id);
        if (!java.util.Objects.equals(SolrDocuments.str(d, STORY), story)) {
          SolrInputDocument change = new SolrInputDocument();
          change.setField(ID, id);
          change.setField(STORY, Collections.singletonMap("set", story));
          u.add(change);
        }
      }
      if (u.getDocuments() != null && !u.getDocuments().isEmpty()) {
        calls.write(() -> u.process(solr, collection));
      }
    }
    commit();
  }

  private static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    return query(q, SolrRequest.METHOD.GET);
  }

  private QueryResponse query(SolrQuery q, SolrRequest.METHOD method) throws IOException {
    return calls.read(() -> solr.query(collection, q, method));
  }

  /** Real-time get: sees every written article, committed or not. */
  private SolrDocument getById(String id, String fields) throws IOException {
    List<SolrDocument> found = getByIds(List.of(id), fields);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<SolrDocument> getByIds(List<String> ids, String fields) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("qt", "/get");
    for (String id : ids) {
      p.add("id", id); // one parameter per id: an id may hold a comma
    }
    p.set("fl", fields);
    QueryRequest r = new QueryRequest(p, SolrRequest.METHOD.POST);
    r.setPath("/get");
    QueryResponse rsp = calls.read(() -> r.process(solr, collection));
    Object list = rsp.getResponse().get("response");
    if (list instanceof SolrDocumentList docs) {
      return docs;
    }
    Object one = rsp.getResponse().get("doc");
    return one instanceof SolrDocument d ? List.of(d) : List.of();
  }

  /** Uncommitted puts are not sent (as with the embedded store, only {@link #commit()} is durable). */
  @Override
  public void close() throws IOException {
    solr.close();
  }
}
