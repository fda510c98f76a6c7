package io.khabar.dedup;

import io.khabar.model.Article;
import io.khabar.model.Headline;
import io.khabar.store.ArticleStorage;
import io.khabar.store.GroupingSupport;
import io.khabar.text.TextFingerprint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, as each article arrives, whether it copies one already met: articles sharing a MinHash band key
 * or its exact text fingerprint are checked by exact shingle Jaccard, and a copy joins the duplicate group
 * (and the story) of the best match. Articles met lately that the store's searches may not see yet
 * ({@link ArticleStorage#searchLag()}) are kept in memory and compared directly.
 */
public final class DuplicateFinder {
  private static final String FINGERPRINT_KEY = "fp:";
  private static final int BAND_CANDIDATES = 20;

  private final ArticleStorage storage;
  private final GroupingSupport groups;
  private final NearDuplicates duplicates;
  private final int keep;
  private final LinkedHashMap<String, Known> recent = new LinkedHashMap<>();
  /** The recent articles by key: a copy's candidates are found by lookup, not by scanning every recent article. */
  private final Map<String, Set<String>> recentByKey = new HashMap<>();
  /** Shingles and fingerprints computed ahead by {@link #prepare}, on another thread, until {@link #test} takes them. */
  private final Map<String, Prepared> prepared = new java.util.concurrent.ConcurrentHashMap<>();
  /** A bound on {@link #prepared}: an article prepared and then never tested (e.g. found unchanged) is not kept. */
  private static final int MAX_PREPARED = 1024;

  private record Prepared(String text, NearDuplicates.Signature signature, String fingerprint) {}

  /**
   * What is known of an article for the copy test: its shingles, its keys, where it belongs. {@code signature} is
   * null for an article of the store known to have the very text tested (same fingerprint), which is not read.
   */
  private record Known(String id, NearDuplicates.Signature signature, List<String> keys, String dupGroup, String story) {}

  /**
   * An article's copy test. {@code dupGroup} is the group it joins (its own id when it copies nothing);
   * {@code story} the story of what it copies (null when it copies nothing or that has none); {@code keys} the
   * keys a later copy finds it by.
   */
  public record Verdict(String id, NearDuplicates.Signature signature, List<String> keys, String dupGroup,
                        String story) {
    public boolean isCopy() {
      return !dupGroup.equals(id);
    }
  }

  public <S extends ArticleStorage & GroupingSupport> DuplicateFinder(S store, NearDuplicates duplicates) {
    this(store, store, duplicates);
  }

  public DuplicateFinder(ArticleStorage storage, GroupingSupport groups, NearDuplicates duplicates) {
    this.storage = storage;
    this.groups = groups;
    this.duplicates = duplicates;
    this.keep = 2 * storage.searchLag();
  }

  /**
   * Computes ahead, on any thread, what the copy test of this article needs of its text alone: shingling is a
   * tenth of the importing thread's work, and an import enriching articles ahead on other cores can do it there.
   */
  public void prepare(Article a) {
    if (prepared.size() < MAX_PREPARED) {
      prepared.put(a.id(), new Prepared(a.text(), duplicates.signature(a.text()), TextFingerprint.of(a.text())));
    }
  }

  /** The copy test of an article about to be stored. */
  public Verdict test(Article a) throws IOException {
    Prepared p = prepared.remove(a.id());
    if (p == null || !p.text().equals(a.text())) {
      p = new Prepared(a.text(), duplicates.signature(a.text()), TextFingerprint.of(a.text()));
    }
    NearDuplicates.Signature signature = p.signature();
    List<String> keys = keys(signature, p.fingerprint());
    Optional<Known> copyOf = best(a.id(), signature, keys);
    return copyOf.map(c -> new Verdict(a.id(), signature, keys, c.dupGroup(), c.story()))
        .orElseGet(() -> new Verdict(a.id(), signature, keys, a.id(), null));
  }

  /** Records where the article went (its story is decided after its copy test), for the articles that follow. */
  public void remember(Verdict v, String story) {
    forget(recent.remove(v.id()));
    recent.put(v.id(), new Known(v.id(), v.signature(), v.keys(), v.dupGroup(), story));
    for (String key : v.keys()) {
      recentByKey.computeIfAbsent(key, k -> new HashSet<>(2)).add(v.id());
    }
    Iterator<Known> oldest = recent.values().iterator();
    while (recent.size() > keep) {
      Known gone = oldest.next();
      oldest.remove();
      forget(gone);
    }
  }

  private void forget(Known k) {
    if (k == null) {
      return;
    }
    for (String key : k.keys()) {
      Set<String> ids = recentByKey.get(key);
      if (ids != null && ids.remove(k.id()) && ids.isEmpty()) {
        recentByKey.remove(key);
      }
    }
  }

  /** After a commit the store sees every article met so far: the in-memory list is dropped (docs/durability.md). */
  public void committed() {
    recent.clear();
    recentByKey.clear();
    prepared.clear(); // what was prepared and not tested yet is computed again if tested
  }

  /**
   * The keys a later copy finds this article by: its MinHash band keys, and its text fingerprint, so
   * that an exact copy (same normalized text) is always found, whatever its length.
   */
  private static List<String> keys(NearDuplicates.Signature signature, String fingerprint) {
    List<String> keys = new ArrayList<>(signature.bandKeys());
    keys.add(FINGERPRINT_KEY + fingerprint);
    return keys;
  }

  private static List<String> fingerprintKeys(List<String> keys) {
    return keys.stream().filter(k -> k.startsWith(FINGERPRINT_KEY)).toList();
  }

  private Optional<Known> best(String id, NearDuplicates.Signature signature, List<String> keys) throws IOException {
    Known best = null;
    double bestJ = -1;
    for (Known other : candidates(id, keys, signature.shingles().length > 0)) {
      double j = other.signature() == null ? 1.0 : duplicates.jaccard(signature, other.signature());
      if (j >= duplicates.threshold() && (j > bestJ || (j == bestJ && other.id().compareTo(best.id()) < 0))) {
        best = other;
        bestJ = j;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The articles that share a key with the one tested: the recent ones from memory, the others from the store. A
   * stored article with the same fingerprint has the same text (TextFingerprint): it is a copy (Jaccard 1) and is
   * not read, unless the text has no words (no shingles: such texts copy nothing). Why: an archive that repeats a
   * text many times made each new copy read and re-shingle every earlier one (docs/benchmarks.md, grouping).
   */
  private List<Known> candidates(String id, List<String> keyList, boolean hasWords) throws IOException {
    List<Known> out = new ArrayList<>();
    Set<String> keys = new HashSet<>(keyList);
    Set<String> seen = new HashSet<>();
    for (String key : keyList) {
      for (String other : recentByKey.getOrDefault(key, Set.of())) {
        if (!other.equals(id) && seen.add(other)) {
          out.add(recent.get(other));
        }
      }
    }
    List<String> stored = groups.withBandKeys(keys, BAND_CANDIDATES);
    Set<String> sameText = hasWords && !stored.isEmpty()
        ? new HashSet<>(groups.withBandKeys(fingerprintKeys(keyList), BAND_CANDIDATES)) : Set.of();
    for (String other : stored) {
      if (recent.containsKey(other) || other.equals(id)) {
        continue;
      }
      Optional<Headline> h = groups.headline(other);
      if (h.isEmpty()) {
        continue;
      }
      String group = h.get().dupGroup() == null ? other : h.get().dupGroup();
      if (sameText.contains(other)) {
        out.add(new Known(other, null, List.of(), group, h.get().story()));
        continue;
      }
      Optional<Article> a = storage.get(other);
      if (a.isPresent()) {
        out.add(new Known(other, duplicates.signature(a.get().text()), List.of(), group, h.get().story()));
      }
    }
    return out;
  }
}
