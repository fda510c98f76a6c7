package io.khabar.relate;

import io.khabar.model.Article;
import io.khabar.store.ArticleStore;
import io.khabar.model.ArticleTerms;
import io.khabar.store.CandidateQuery;
import io.khabar.store.CandidateQuery.Field;
import io.khabar.store.CandidateQuery.WeightedTerm;
import io.khabar.text.SurfaceForms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Related articles in two stages. A weighted query of the article's salient terms (title terms
 * apart) fetches candidates from the store; each candidate is then scored by tf-idf cosine with the
 * article, discounted by time distance, and the lists are built under {@link ListRules}.
 */
public final class RelatedFinder {
  private static final long DAY_MS = 86_400_000L;

  private final ArticleStore store;
  private final Analyzer analyzer;
  private final RelatedConfig config;
  private final Vectorizer vectorizer;
  private final ListRules rules;

  public RelatedFinder(ArticleStore store, Analyzer analyzer, RelatedConfig config) {
    this.store = store;
    this.analyzer = analyzer;
    this.config = config;
    this.vectorizer = new Vectorizer(store, config.titleBoost());
    this.rules = new ListRules(config);
  }

  /** Empty when the id is unknown. */
  public Optional<Related> related(String id, int k) throws IOException {
    List<ArticleTerms> found = store.terms(List.of(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ArticleTerms self = found.get(0);
    Scored me = new Scored(self, vectorizer.vector(self), 1, 1);
    List<Scored> ranked = rank(me, store.candidates(candidateQuery(me)));
    Scored readAlso = chooseReadAlso(me, ranked);
    List<Scored> similar = chooseSimilar(me, readAlso, ranked, k);
    return Optional.of(explain(me, readAlso, similar));
  }

  /** Content similarity of two stored articles in [0,1], time-blind; empty if either id is unknown. */
  public Optional<Double> similarity(String id1, String id2) throws IOException {
    List<ArticleTerms> t = store.terms(List.of(id1, id2));
    if (t.size() < 2 && !(id1.equals(id2) && t.size() == 1)) {
      return Optional.empty();
    }
    List<TermVector> v = vectorizer.vectors(t);
    return Optional.of(v.get(0).cosine(v.get(v.size() - 1)));
  }

  private CandidateQuery candidateQuery(Scored me) {
    List<WeightedTerm> terms = new ArrayList<>();
    for (String t : me.vector().top(config.queryTerms())) {
      terms.add(new WeightedTerm(Field.TEXT, t, (float) me.vector().weight(t)));
    }
    for (String t : me.terms().title().keySet()) {
      double w = me.vector().weight(t);
      if (w > 0) {
        terms.add(new WeightedTerm(Field.TITLE, t, (float) w));
      }
    }
    return new CandidateQuery(terms, Set.of(me.terms().id()), me.terms().publishedMillis(), config.window(),
        config.candidates());
  }

  private List<Scored> rank(Scored me, List<String> ids) throws IOException {
    List<ArticleTerms> terms = store.terms(ids);
    List<TermVector> vectors = vectorizer.vectors(terms);
    List<Scored> out = new ArrayList<>(ids.size());
    for (int i = 0; i < terms.size(); i++) {
      ArticleTerms t = terms.get(i);
      TermVector v = vectors.get(i);
      double sim = me.vector().cosine(v);
      out.add(new Scored(t, v, sim, sim * timeFactor(me.terms(), t)));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.terms().id()));
    return out;
  }

  /** 1 for the same moment, falling towards {@code 1 - timeWeight} as articles lie further apart. */
  double timeFactor(ArticleTerms a, ArticleTerms b) {
    if (!a.hasDate() || !b.hasDate()) {
      return 1 - config.timeWeight() / 2;
    }
    double days = Math.abs(a.publishedMillis() - b.publishedMillis()) / (double) DAY_MS;
    double decay = 1 / (1 + days / config.halfLifeDays());
    return 1 - config.timeWeight() + config.timeWeight() * decay;
  }

  /** The best candidate about another event (another story); failing that, the best that is not a copy. */
  private Scored chooseReadAlso(Scored me, List<Scored> ranked) {
    Scored fallback = null;
    for (Scored c : ranked) {
      if (rules.sameItem(me, c) || sameStory(me, c)) {
        continue;
      }
      if (c.similarity() < config.otherEventCosine()) {
        return c;
      }
      if (fallback == null) {
        fallback = c;
      }
    }
    return fallback;
  }

  /**
   * The similar list: at most one article per story, none from the article's own story (that is its
   * full coverage, shown apart) nor from the read-also's; never a copy, never two near-identical titles.
   */
  private List<Scored> chooseSimilar(Scored me, Scored readAlso, List<Scored> ranked, int k) {
    List<Scored> chosen = new ArrayList<>(k);
    for (Scored c : ranked) {
      if (chosen.size() == k) {
        break;
      }
      if (rules.copies(me, c) || sameStory(me, c) || (readAlso != null && (rules.sameItem(readAlso, c) || sameStory(readAlso, c)))) {
        continue;
      }
      if (chosen.stream().noneMatch(s -> rules.sameItem(s, c) || sameStory(s, c))) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  private static boolean sameStory(Scored a, Scored b) {
    return a.terms().story() != null && a.terms().story().equals(b.terms().story());
  }

  private Related explain(Scored me, Scored readAlso, List<Scored> similar) throws IOException {
    String id = me.terms().id();
    Article article = store.get(id).orElseThrow();
    Map<String, String> words = SurfaceForms.of(analyzer, article.title(), article.text());
    Related.Entry ra = readAlso == null ? null : entry(me, readAlso, words);
    List<Related.Entry> list = new ArrayList<>();
    for (Scored s : similar) {
      list.add(entry(me, s, words));
    }
    return new Related(id, ra, list);
  }

  private Related.Entry entry(Scored me, Scored s, Map<String, String> words) throws IOException {
    ArticleTerms self = me.terms();
    Article a = store.get(s.terms().id()).orElseThrow();
    List<String> shared = me.vector().topShared(s.vector(), 5).stream().map(t -> words.getOrDefault(t, t)).toList();
    List<String> titleShared = self.title().keySet().stream().filter(s.terms().title()::containsKey)
        .map(t -> words.getOrDefault(t, t)).sorted().toList();
    Long days = self.hasDate() && s.terms().hasDate()
        ? Math.abs(self.publishedMillis() - s.terms().publishedMillis()) / DAY_MS : null;
    return new Related.Entry(a.id(), a.title(), a.source(), a.published(), round(s.score()),
        new Related.Reason(shared, titleShared, days, sharedEntities(self, s.terms())));
  }

  private static java.util.Set<String> sharedEntities(ArticleTerms a, ArticleTerms b) {
    java.util.Set<String> shared = new java.util.TreeSet<>(a.entities());
    shared.retainAll(b.entities());
    return java.util.Collections.unmodifiableSet(shared);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
