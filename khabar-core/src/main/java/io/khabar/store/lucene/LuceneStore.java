package io.khabar.store.lucene;

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded store: one Lucene index in a folder. Opened for writing (import, crawl) it holds
 * Lucene's write lock; opened read-only (serving, queries) it sees each new commit within a second,
 * so a site can keep serving while another process imports.
 */
public final class LuceneStore implements ArticleStore {
  private static final long REFRESH_EVERY_MS = 1000;
  /**
   * A writer's reads see its puts after this many (see {@link #refreshIfStale}). Each refresh writes a segment,
   * and small segments are merged again and again: at 100 puts, flushing and merging took a sixth of the CPU of
   * an import with grouping and enrichment (whole ANT: 1.69 against 1.44 ms an article at 1,000, medians of
   * three rounds alternating in one JVM). Grouping hardly notices: the readers of an import (the copy test and
   * story grouping) keep what the store does not show yet in memory, and word frequencies moved by a thousand
   * articles barely move an idf; 12 of ANT's 31,523 articles change story (docs/benchmarks.md).
   */
  static final int REFRESH_EVERY_PUTS = 1000;
  private static final java.util.Set<String> HASH_ONLY = java.util.Set.of(Fields.HASH);
  private static final Sort BY_ID = new Sort(new SortField(Fields.ID, SortField.Type.STRING));
  private static final java.util.Set<String> ID_ONLY = java.util.Set.of(Fields.ID);
  private static final java.util.Set<String> HEADLINE_FIELDS = java.util.Set.of(Fields.ID, Fields.TITLE, Fields.SOURCE,
      Fields.PUBLISHED, Fields.URL, Fields.STORY, Fields.DUP_GROUP);

  private final Path folder;
  private final Directory dir;
  private final Analyzer analyzer;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  /** Puts not yet visible to searchers: id → hash. Emptied at each commit. */
  private final Map<String, String> pending = new HashMap<>();
  private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();
  private final TermsEnums termsEnums = new TermsEnums();
  /** Size of the store when the cached statistics were read; -1 = none cached. */
  private volatile int docFreqsAt = -1;
  private volatile boolean dirty;
  private volatile int putsSinceRefresh;
  private volatile long lastRefresh;
  /** The band keys held, for a writable store (null until the first copy test; see withBandKeys). */
  private TermFilter heldKeys;
  /** The ids held, for a writable store (null until the first put; see knownHash). */
  private TermFilter heldIds;

  private LuceneStore(Path folder, Analyzer analyzer, boolean readOnly, boolean create) throws IOException {
    this.folder = folder;
    this.analyzer = analyzer;
    StoreState state = StoreState.of(folder);
    if (readOnly) {
      // A reader never creates, repairs or deletes anything: it opens the newest commit or refuses.
      state = awaitFirstCommit(folder, state);
      state.requireCommit(folder);
      this.dir = FSDirectory.open(folder);
      this.writer = null;
      this.searchers = new SearcherManager(openVerified(dir, folder), null);
    } else {
      if (state == StoreState.ABSENT && !create) {
        throw new StoreDamagedException(folder, "there is no store at " + folder
            + "; import articles first (khabar import PATH --data DIR)");
      }
      if (state != StoreState.ABSENT) {
        state.requireCommit(folder);
      }
      Files.createDirectories(folder);
      this.dir = FSDirectory.open(folder);
      try {
        if (state == StoreState.COMMITTED) {
          // Never write onto a damaged store: every file's checksum is verified before the writer opens.
          openVerified(dir, folder).close();
        }
        this.writer = openWriter(state == StoreState.ABSENT ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
      if (state == StoreState.ABSENT) {
        writer.commit(); // an empty first commit: readers can open while a first import runs
      }
      this.searchers = new SearcherManager(writer, null);
    }
  }

  /** What a store folder holds, judged without writing a byte. */
  enum StoreState {
    /** No folder, or a folder with no file but a lock: a store may be created there. */
    ABSENT,
    /** Files but no commit point (segments_N): damaged, or not a store at all. Never overwritten. */
    NO_COMMIT,
    COMMITTED;

    static StoreState of(Path folder) throws IOException {
      if (!Files.isDirectory(folder)) {
        if (Files.exists(folder)) {
          return NO_COMMIT;
        }
        return ABSENT;
      }
      boolean files = false;
      boolean commit = false;
      try (java.util.stream.Stream<Path> list = Files.list(folder)) {
        for (Path p : (Iterable<Path>) list::iterator) {
          String name = p.getFileName().toString();
          if (name.equals(IndexWriter.WRITE_LOCK_NAME) || name.startsWith("pending_segments_")) {
            continue; // a lock, or a first commit cut short by a kill: no store was made yet
          }
          files = true;
          if (name.startsWith("segments_") && !name.equals("segments_N")) {
            commit = true;
          }
        }
      }
      return commit ? COMMITTED : files ? NO_COMMIT : ABSENT;
    }

    void requireCommit(Path folder) {
      switch (this) {
        case ABSENT -> throw new StoreDamagedException(folder, "there is no store at " + folder
            + "; import articles first (khabar import PATH --data DIR)");
        case NO_COMMIT -> throw new StoreDamagedException(folder, "the store at " + folder
            + " has files but no commit point (its segments_N file is missing), so it was left untouched; "
            + "run khabar check to see what is there, then restore the folder from a backup or move it aside and import again");
        default -> { }
      }
    }
  }

  /** A reader started just before an import's first commit waits for it a little (the import writes it at once). */
  private static StoreState awaitFirstCommit(Path folder, StoreState state) throws IOException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (state == StoreState.ABSENT && Files.exists(folder.resolve(IndexWriter.WRITE_LOCK_NAME))
        && System.nanoTime() < deadline && writerHoldsLock(folder)) {
      sleep(50);
      state = StoreState.of(folder);
    }
    return state;
  }

  /** True when another writer holds the lock; probing never creates the lock file (it exists). */
  private static boolean writerHoldsLock(Path folder) {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(folder.resolve(IndexWriter.WRITE_LOCK_NAME),
        java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.channels.FileLock lock = ch.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return true; // held inside this JVM
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the newest commit and verifies every file's checksum, so that a damaged store (a missing,
   * truncated or bit-flipped file) is refused with one sentence instead of failing later in a query.
   */
  private static DirectoryReader openVerified(Directory dir, Path folder) throws IOException {
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(dir);
    } catch (IOException | RuntimeException e) {
      throw StoreDamagedException.from(folder, e);
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw StoreDamagedException.from(folder, e);
    }
  }

  /**
   * True when {@code folder} holds something (a store, or the remains of one); false where a store may be
   * created: no folder, or one with nothing but a lock (an import killed before its first commit).
   */
  public static boolean exists(Path folder) throws IOException {
    return StoreState.of(folder) != StoreState.ABSENT;
  }

  /** Where the embedded index lives inside a data folder ({@code --data}). */
  public static Path folderIn(Path dataDir) {
    return dataDir.resolve("index");
  }

  /**
   * Opens the store in {@code folder} for reading and writing, creating it only where there is none
   * (no folder, or an empty one). A folder with files but no commit, or a store failing its checksums,
   * is refused ({@link StoreDamagedException}) and never written to.
   */
  public static LuceneStore open(Path folder) throws IOException {
    return new LuceneStore(folder, KhabarAnalyzer.create(), false, true);
  }

  /** Opens an existing store for writing (restory): refuses to create one. */
  public static LuceneStore openExisting(Path folder) throws IOException {
    return new LuceneStore(folder, KhabarAnalyzer.create(), false, false);
  }

  /**
   * Opens the store read-only: never creates, repairs or writes anything. An absent store, one without a
   * commit, or one failing its checksums is refused ({@link StoreDamagedException}).
   */
  public static LuceneStore openReadOnly(Path folder) throws IOException {
    return new LuceneStore(folder, KhabarAnalyzer.create(), true, false);
  }

  /** For evaluation of analysis variants: a store indexed with another analysis chain. */
  public static LuceneStore open(Path folder, Analyzer analyzer) throws IOException {
    return new LuceneStore(folder, analyzer, false, true);
  }

  public Path folder() {
    return folder;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
        .setOpenMode(mode)
        .setRAMBufferSizeMB(64)
        // A flushed segment is written as its files, not packed again into one compound file: the packing copied
        // every segment a writer's view refresh flushed (CPU of an import with grouping and enrichment, whole ANT,
        // medians of three rounds alternating in one JVM: 1.25 against 1.33 ms an article). Solr's default too;
        // the price is more files per segment, and merged segments still follow the merge policy.
        .setUseCompoundFile(false)
        .setCommitOnClose(false); // only an explicit commit makes puts durable
    try {
      return new IndexWriter(dir, cfg);
    } catch (LockObtainFailedException e) {
      throw new StoreLockedException(folder);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw StoreDamagedException.from(folder, e); // the commit vanished between the look and the open
    }
  }

  private static void sleep(long ms) throws IOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the store");
    }
  }

  @Override
  public synchronized boolean isUnchanged(Article article) throws IOException {
    // The hash of the whole text only when the id is known: on an import nearly every id is new.
    String known = knownHash(article.id());
    return known != null && known.equals(article.contentHash());
  }

  private String knownHash(String id) throws IOException {
    if (pending.containsKey(id)) {
      return pending.get(id);
    }
    return mayHoldId(id) ? storedHash(id) : null;
  }

  /**
   * Whether the store may hold the id ({@link TermFilter}): on an import nearly every id is new, and the filter
   * answers that without a look-up in every segment. A read-only store always looks (see {@link #mayHoldAny}).
   */
  private boolean mayHoldId(String id) throws IOException {
    if (writer == null) {
      return true;
    }
    heldIds = current(heldIds, Fields.ID);
    return heldIds.mightContain(id);
  }

  /**
   * The field's filter, built anew from every put so far (seen by searches or not) when there is none yet or it
   * is full; {@link #put} adds to it after.
   */
  private TermFilter current(TermFilter filter, String field) throws IOException {
    if (filter != null && !filter.full()) {
      return filter;
    }
    try (DirectoryReader all = DirectoryReader.open(writer)) {
      return TermFilter.of(all, field, TermFilter.MIN_CAPACITY);
    }
  }

  @Override
  public synchronized PutResult put(Article article, Grouping grouping) throws IOException {
    requireWritable();
    String hash = article.contentHash();
    String known = knownHash(article.id());
    if (hash.equals(known)) {
      return PutResult.UNCHANGED;
    }
    Document doc = ArticleDocuments.toDocument(article, hash, grouping);
    if (known == null) {
      writer.addDocument(doc);
    } else {
      writer.updateDocument(new Term(Fields.ID, article.id()), doc);
    }
    if (heldKeys != null) {
      grouping.bandKeys().forEach(heldKeys::add);
    }
    if (heldIds != null) {
      heldIds.add(article.id());
    }
    pending.put(article.id(), hash);
    dirty = true;
    putsSinceRefresh++;
    return known == null ? PutResult.ADDED : PutResult.UPDATED;
  }

  private String storedHash(String id) throws IOException {
    Document d = withSearcher(s -> {
      Ids.DocRef ref = Ids.find(s.getIndexReader(), id);
      return ref == null ? null : ref.leaf().storedFields().document(ref.doc(), HASH_ONLY);
    }, false);
    return d == null ? null : d.get(Fields.HASH);
  }

  @Override
  public synchronized void commit() throws IOException {
    requireWritable();
    writer.commit();
    refreshWriterView();
    docFreqsAt = -1; // a commit is a natural point to read fresh statistics
  }

  private synchronized void refreshWriterView() throws IOException {
    searchers.maybeRefreshBlocking();
    pending.clear();
    dirty = false;
    putsSinceRefresh = 0;
  }

  private void requireWritable() {
    if (writer == null) {
      throw new UnsupportedOperationException("store at " + folder + " is open read-only");
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return Optional.ofNullable(withSearcher(s -> {
      ScoreDoc[] hits = s.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
      return hits.length == 0 ? null : ArticleDocuments.toArticle(s.storedFields().document(hits[0].doc));
    }));
  }

  @Override
  public long size() throws IOException {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public List<Article> latest(int n, String source) throws IOException {
    Query q = source == null ? new MatchAllDocsQuery() : new TermQuery(new Term(Fields.SOURCE, source));
    return withSearcher(s -> {
      List<Article> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(q, n, newestFirst()).scoreDocs) {
        out.add(ArticleDocuments.toArticle(s.storedFields().document(sd.doc)));
      }
      return out;
    });
  }

  static Sort newestFirst() {
    SortField byDate = new SortField(Fields.PUBLISHED_MS, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDate, new SortField(Fields.ID, SortField.Type.DOC));
  }

  @Override
  public Map<String, Long> countBySource() throws IOException {
    return withSearcher(s -> {
      Map<String, Long> counts = new HashMap<>();
      for (String source : Terms.all(s.getIndexReader(), Fields.SOURCE)) {
        int n = s.count(new TermQuery(new Term(Fields.SOURCE, source)));
        if (n > 0) {
          counts.put(source, (long) n);
        }
      }
      Map<String, Long> sorted = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return sorted;
    });
  }

  @Override
  public SearchPage page(SearchQuery query, Words words) throws IOException {
    return withSearcher(s -> new LuceneSearch(s, analyzer).page(query, words));
  }

  /** Reads each matching article's date from doc values: no stored field is loaded. */
  @Override
  public java.util.SortedMap<java.time.LocalDate, Long> countByDay(SearchQuery query, Words words) throws IOException {
    return withSearcher(s -> new LuceneSearch(s, analyzer).countByDay(query, words));
  }

  /** Reads see puts in steps of {@link #REFRESH_EVERY_PUTS}: see {@link #refreshIfStale()}. */
  @Override
  public int searchLag() {
    return REFRESH_EVERY_PUTS;
  }

  @Override
  public List<ArticleTerms> terms(List<String> ids) throws IOException {
    return withSearcher(s -> TermVectors.read(s.getIndexReader(), ids));
  }

  @Override
  public Map<String, Integer> docFreqs(Collection<String> terms) throws IOException {
    return withSearcher(s -> {
      IndexReader reader = s.getIndexReader();
      if (statisticsMoved(reader)) {
        docFreqs.clear();
        docFreqsAt = reader.numDocs();
      }
      // The answer is built from values read here, never read back from the cache, which another thread may clear.
      Map<String, Integer> out = new HashMap<>(terms.size() * 2);
      List<String> missing = new ArrayList<>();
      for (String term : terms) {
        Integer df = docFreqs.get(term);
        if (df == null) {
          missing.add(term);
        } else {
          out.put(term, df);
        }
      }
      int[] text = docFreqs(reader, Fields.TEXT, missing);
      List<String> titleOnly = new ArrayList<>(); // words of titles only: rare, so this second look-up is too
      for (int i = 0; i < missing.size(); i++) {
        if (text[i] == 0) {
          titleOnly.add(missing.get(i));
        } else {
          remember(missing.get(i), text[i], out);
        }
      }
      int[] title = docFreqs(reader, Fields.TITLE, titleOnly);
      for (int i = 0; i < titleOnly.size(); i++) {
        remember(titleOnly.get(i), title[i], out);
      }
      return out;
    });
  }

  private void remember(String term, int df, Map<String, Integer> out) {
    docFreqs.put(term, df);
    out.put(term, df);
  }

  /**
   * Each term's document frequency in the field, as {@code IndexReader#docFreq} counts it, but with one terms
   * enumerator per segment for all the terms: docFreq makes one per segment per term, and those enumerators were
   * most of what looking up frequencies cost an import. The enumerators are kept while the reader is the same
   * (a writer's view changes every thousand puts): making them for each article's few new words was 7% of all the
   * memory an import allocated.
   */
  private synchronized int[] docFreqs(IndexReader reader, String field, List<String> terms) throws IOException {
    int[] df = new int[terms.size()];
    if (terms.isEmpty()) {
      return df;
    }
    BytesRef[] bytes = new BytesRef[terms.size()]; // encoded once, sought in every segment
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = new BytesRef(terms.get(i));
    }
    for (TermsEnum te : termsEnums.of(reader, field)) {
      for (int i = 0; i < df.length; i++) {
        if (te.seekExact(bytes[i])) {
          df[i] += te.docFreq();
        }
      }
    }
    return df;
  }

  /** The terms enumerators of one reader, a field's per segment, made when first asked for (guarded by the store). */
  private static final class TermsEnums {
    private IndexReader reader;
    private final Map<String, TermsEnum[]> byField = new HashMap<>();

    TermsEnum[] of(IndexReader current, String field) throws IOException {
      if (current != reader) {
        reader = current;
        byField.clear();
      }
      TermsEnum[] enums = byField.get(field);
      if (enums == null) {
        List<TermsEnum> made = new ArrayList<>();
        for (LeafReaderContext leaf : current.leaves()) {
          org.apache.lucene.index.Terms fieldTerms = leaf.reader().terms(field);
          if (fieldTerms != null) {
            made.add(fieldTerms.iterator());
          }
        }
        enums = made.toArray(TermsEnum[]::new);
        byField.put(field, enums);
      }
      return enums;
    }
  }

  /**
   * Document frequencies are cached until the store has grown or shrunk by 5% (at least 50 articles):
   * a few new articles barely move an idf, while looking every term up again after each refresh
   * would dominate an import. The rule depends on counts only, so an import stays deterministic.
   */
  private boolean statisticsMoved(IndexReader reader) {
    int now = reader.numDocs();
    return docFreqsAt < 0 || Math.abs(now - docFreqsAt) > Math.max(50, docFreqsAt / 20);
  }

  @Override
  public List<String> candidates(CandidateQuery query) throws IOException {
    return withSearcher(s -> LuceneCandidates.find(s, query));
  }

  @Override
  public List<String> withBandKeys(Collection<String> bandKeys, int limit) throws IOException {
    if (bandKeys.isEmpty()) {
      return List.of();
    }
    if (!mayHoldAny(bandKeys)) {
      refreshIfStale(); // as the search would have: when the store's reads see its puts must not change
      return List.of();
    }
    List<BytesRef> keys = bandKeys.stream().map(BytesRef::new).toList();
    Query q = new org.apache.lucene.search.TermInSetQuery(Fields.BAND, keys);
    return withSearcher(s -> {
      List<String> ids = new ArrayList<>();
      // Every match scores the same: the first by id, not by doc number, which merges reshuffle.
      for (ScoreDoc sd : s.search(q, limit, BY_ID).scoreDocs) {
        ids.add(s.storedFields().document(sd.doc, ID_ONLY).get(Fields.ID));
      }
      return ids;
    });
  }

  /**
   * Whether the store may hold one of the keys ({@link TermFilter}). Only a writable store keeps the filter:
   * it is the index's only writer, so every key reaches the filter, from the index when the filter is built and
   * from {@link #put} after. A read-only store may see another process's commits: it always searches.
   */
  private synchronized boolean mayHoldAny(Collection<String> keys) throws IOException {
    if (writer == null) {
      return true;
    }
    heldKeys = current(heldKeys, Fields.BAND);
    for (String k : keys) {
      if (heldKeys.mightContain(k)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Headline> headline(String id) throws IOException {
    List<Headline> found = headlines(new TermQuery(new Term(Fields.ID, id)), 1, Sort.INDEXORDER);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Headline> storyMembers(String story, int limit) throws IOException {
    return headlines(new TermQuery(new Term(Fields.STORY, story)), limit, oldestFirst());
  }

  @Override
  public List<Headline> duplicateGroup(String dupGroup, int limit) throws IOException {
    return headlines(new TermQuery(new Term(Fields.DUP_GROUP, dupGroup)), limit, oldestFirst());
  }

  @Override
  public List<Headline> latestHeadlines(int n) throws IOException {
    return headlines(new MatchAllDocsQuery(), n, newestFirst());
  }

  @Override
  public List<Headline> headlinesPublished(long fromMillis, long toMillis, int limit) throws IOException {
    return headlines(org.apache.lucene.document.LongPoint.newRangeQuery(Fields.PUBLISHED_MS, fromMillis, toMillis),
        limit, oldestFirst());
  }

  @Override
  public List<Headline> allHeadlines() throws IOException {
    return withSearcher(s -> {
      int n = Math.max(1, s.getIndexReader().numDocs());
      List<Headline> out = new ArrayList<>(n);
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), n, oldestFirst()).scoreDocs) {
        out.add(ArticleDocuments.toHeadline(s.storedFields().document(sd.doc, HEADLINE_FIELDS)));
      }
      return out;
    });
  }

  /**
   * The first {@code n} matches in {@code sort} order. Counted first: a sorted search allocates its queue for
   * {@code n} hits up front, and grouping asks for up to 20,000 headlines of dates mostly not imported yet, once
   * an article (that queue was a third of all the memory a whole-ANT import allocated).
   */
  private List<Headline> headlines(Query q, int n, Sort sort) throws IOException {
    return withSearcher(s -> {
      int wanted = Math.min(n, s.count(q));
      List<Headline> out = new ArrayList<>(Math.max(0, wanted));
      if (wanted <= 0) {
        return out;
      }
      for (ScoreDoc sd : s.search(q, wanted, sort).scoreDocs) {
        out.add(ArticleDocuments.toHeadline(s.storedFields().document(sd.doc, HEADLINE_FIELDS)));
      }
      return out;
    });
  }

  /** Oldest first by publication, undated last, ties by id: a total order, so rebuilds are deterministic. */
  static Sort oldestFirst() {
    SortField byDate = new SortField(Fields.PUBLISHED_MS, SortField.Type.LONG, false);
    byDate.setMissingValue(Long.MAX_VALUE);
    return new Sort(byDate, new SortField(Fields.ID, SortField.Type.STRING));
  }

  @Override
  public synchronized void replaceStories(Map<String, String> storyById) throws IOException {
    requireWritable();
    for (Map.Entry<String, String> e : storyById.entrySet()) {
      Document stored = withSearcher(s -> {
        Ids.DocRef ref = Ids.find(s.getIndexReader(), e.getKey());
        return ref == null ? null : ref.leaf().storedFields().document(ref.doc());
      }, false);
      if (stored == null || java.util.Objects.equals(stored.get(Fields.STORY), e.getValue())) {
        continue; // gone meanwhile, or already right
      }
      Grouping old = ArticleDocuments.grouping(stored);
      Grouping regrouped = new Grouping(old.dupGroup(), e.getValue(), old.bandKeys());
      writer.updateDocument(new Term(Fields.ID, e.getKey()),
          ArticleDocuments.toDocument(ArticleDocuments.toArticle(stored), stored.get(Fields.HASH), regrouped));
    }
    commit();
  }

  /** Runs a read on a current searcher, refreshing it first when writes or new commits may be pending. */
  <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    return withSearcher(f, true);
  }

  private <T> T withSearcher(SearcherFunction<T> f, boolean refresh) throws IOException {
    if (refresh) {
      refreshIfStale();
    }
    IndexSearcher s = searchers.acquire();
    try {
      return f.apply(s);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * A writer's reads see its puts in steps of {@link #REFRESH_EVERY_PUTS} (and at each commit): a
   * refresh per put would write a segment per article. Counting puts, not time, keeps what an
   * import sees, and so the stories it builds, the same from run to run.
   */
  private void refreshIfStale() throws IOException {
    if (writer != null) {
      if (dirty && putsSinceRefresh >= REFRESH_EVERY_PUTS) {
        refreshWriterView();
      }
      return;
    }
    long now = System.currentTimeMillis();
    if (now - lastRefresh > REFRESH_EVERY_MS) {
      lastRefresh = now;
      searchers.maybeRefresh();
    }
  }

  /** Lucene-only access for the MoreLikeThis baseline in evaluation and benchmarks. */
  public <T> T read(SearcherFunction<T> f) throws IOException {
    return withSearcher(f);
  }

  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.rollback(); // uncommitted puts are dropped, as documented: only commit() is durable
    }
    dir.close();
  }

  /**
   * The store cannot be used as it is: absent (for a reader), without a commit, or failing its checksums.
   * The message is one sentence saying what is wrong and what to do; nothing was written.
   */
  public static final class StoreDamagedException extends UncheckedIOException {
    public StoreDamagedException(Path folder, String message) {
      super(message, new IOException(message));
    }

    static StoreDamagedException from(Path folder, Throwable e) {
      String what;
      Throwable missing = missingFile(e);
      if (missing != null) {
        what = "a file its commit names is missing (" + missingName(missing) + ")";
      } else if (e instanceof org.apache.lucene.index.IndexNotFoundException) {
        what = "it has no commit point (its segments_N file is missing)";
      } else if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("truncated")) {
        what = "a file is truncated";
      } else if (e instanceof org.apache.lucene.index.CorruptIndexException) {
        what = String.valueOf(e.getMessage()).contains("checksum") ? "a file fails its checksum (damaged bytes)"
            : "a file is corrupt";
      } else if (e instanceof org.apache.lucene.index.IndexFormatTooOldException
          || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
        what = "it was written by another version of Lucene";
      } else {
        what = "it cannot be read";
      }
      return new StoreDamagedException(folder, "the store at " + folder + " is damaged: " + what
          + ", so it was left untouched; run khabar check --data DIR for details, then restore the folder from a "
          + "backup or move it aside and import again");
    }
  }

  private static Throwable missingFile(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.nio.file.NoSuchFileException || c instanceof java.io.FileNotFoundException) {
        return c;
      }
      for (Throwable s : c.getSuppressed()) {
        if (s instanceof java.nio.file.NoSuchFileException || s instanceof java.io.FileNotFoundException) {
          return s;
        }
      }
    }
    return null;
  }

  private static String missingName(Throwable e) {
    String m = e instanceof java.nio.file.NoSuchFileException n && n.getFile() != null ? n.getFile() : e.getMessage();
    if (m == null) {
      return "a file";
    }
    m = m.replaceFirst(" \\(.*$", "");
    try {
      return Path.of(m).getFileName().toString();
    } catch (RuntimeException bad) {
      return m;
    }
  }

  /** Another process (an import, a crawl) holds the store for writing. */
  public static final class StoreLockedException extends UncheckedIOException {
    public StoreLockedException(Path folder) {
      super("the store at " + folder + " is being written by another Khabar process (import or crawl); "
          + "wait for it to finish, or use another --data folder", new IOException("write.lock held"));
    }
  }
}
