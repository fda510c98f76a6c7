package io.khabar.enrich.ner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of the shipped descriptor ({@code ner-features.xml}), with what depends on one token only (its
 * word, clitic, class, prefix and suffix features, as the token itself and as each neighbour of a window) looked
 * up in the model once per distinct token, not at each of the five window positions of each occurrence.
 *
 * <p>Why: in a profile of name finding, building the feature strings of every position was 41% of the samples
 * and looking them up 20%. A news day repeats its words: most tokens are met before, and their features are
 * then a few array reads.
 *
 * <p>Exact: a position's features reach the sums in the order OpenNLP's generators list them ({@link #names}
 * lists them as strings; {@code CompiledFeaturesTest} checks them against OpenNLP's own on every sentence of
 * the fixtures), so the sums are bit for bit those of {@link NameDecoder}'s generic path. Used only for a model
 * whose descriptor names the shipped generators, in the same order with the same parameters (comments and layout
 * aside, {@link #of}): another descriptor takes the generic path.
 *
 * <p>Thread-safe: tokens' entries are immutable and shared by every thread's decoder (one bounded cache); the
 * adaptive data (what earlier sentences of the document tagged) is the caller's.
 */
final class CompiledFeatures {
  /** Where a TokenNameFinderModel keeps its descriptor (its GENERATOR_DESCRIPTOR_ENTRY_NAME, package-private). */
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  private static final String DESCRIPTOR_RESOURCE = "ner-features.xml";
  private static final String[] GAZETTEERS = {"loc", "org", "pers"};
  private static final String[] GAZETTEER_OFFSETS = {"", "-1", "+1"};
  /**
   * Distinct tokens kept, the most used (Caffeine keeps the frequent ones): about 0.6 KB each, some 30 MB. The
   * demo sample (2,551 articles) has 60k distinct words; its 50k most frequent are 98% of its running words.
   */
  private static final int CACHED_TOKENS = 50_000;

  /**
   * A token's own features by the role it plays in a position's windows, in the order a position lists them:
   * its word as the token, as the previous two and the next two (window 2/2), its clitic features as the token,
   * previous and next (window 1/1), its class, prefixes and suffixes (the token only).
   */
  private enum Slot {
    WORD(""), WORD_P1("p1"), WORD_P2("p2"), WORD_N1("n1"), WORD_N2("n2"),
    CLITIC(""), CLITIC_P1("p1"), CLITIC_N1("n1"), CLASS(""), PREFIX(""), SUFFIX("");

    final String window;

    Slot(String window) {
      this.window = window;
    }
  }

  private static final Slot[] SLOTS = Slot.values();
  /** Every class FeatureGeneratorUtil.tokenFeature gives, so that class bigrams are features known in advance. */
  private static final List<String> CLASSES =
      List.of("jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");
  private static final Context[] NONE = new Context[0];
  /** A pow= feature not looked up yet: the beam asks for few of a token's previous outcomes (mostly "other"). */
  private static final Context UNRESOLVED = new Context(new int[0], new double[0]);

  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final Gazetteer[] gazetteers;
  private final Feature[][][] gazetteerFeatures;
  private final Feature[] previousMap;
  private final Feature begin;
  private final Feature[][] previousClass; // pwc,wc= by the two tokens' classes
  private final Feature[][] nextClass; // wc,nc=
  private final Context[] po;
  private final Context[] ppo;
  private final Map<String, Context[]> powfByClass = new ConcurrentHashMap<>();
  private final Cache<String, Token> tokens = Caffeine.newBuilder().maximumSize(CACHED_TOKENS).build();

  /** A feature whose name is known in advance, with its weights (null: the model never saw it). */
  private record Feature(String name, Context weights) {}

  /** What one distinct token contributes, resolved: per slot, the weights of its features the model knows. */
  private record Token(String cls, int classIndex, Context[][] own, Context[] pow, Context[] powf,
                       List<String> readings) {}

  /** The compiled features of this model, or null when its descriptor is not the shipped one. */
  static CompiledFeatures of(TokenNameFinderModel model, Map<String, Context> weights, String[] outcomes) {
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    if (!(descriptor instanceof byte[] bytes) || !generators(bytes).equals(generators(shippedDescriptor()))) {
      return null;
    }
    Gazetteer[] gazetteers = new Gazetteer[GAZETTEERS.length];
    for (int g = 0; g < GAZETTEERS.length; g++) {
      if (!(model.getArtifact(GAZETTEERS[g] + ".dictionary") instanceof Dictionary d)) {
        return null;
      }
      gazetteers[g] = Gazetteer.of(d);
    }
    return new CompiledFeatures(weights, outcomes, gazetteers);
  }

  /** A descriptor without its comments and layout: the generators it names, with their parameters, in order. */
  static String generators(byte[] descriptor) {
    return new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", " ")
        .replace("> <", "><").strip();
  }

  private static byte[] shippedDescriptor() {
    try (InputStream in = CompiledFeatures.class.getResourceAsStream(DESCRIPTOR_RESOURCE)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CompiledFeatures(Map<String, Context> weights, String[] outcomes, Gazetteer[] gazetteers) {
    this.weights = weights;
    this.outcomes = outcomes;
    this.gazetteers = gazetteers;
    this.gazetteerFeatures = new Feature[GAZETTEERS.length][GAZETTEER_OFFSETS.length][];
    for (int g = 0; g < GAZETTEERS.length; g++) {
      for (int o = 0; o < GAZETTEER_OFFSETS.length; o++) {
        String prefix = "gaz." + GAZETTEERS[g] + GAZETTEER_OFFSETS[o] + "=";
        gazetteerFeatures[g][o] = new Feature[] {null, feature(prefix + "B"), feature(prefix + "I")};
      }
    }
    this.previousMap = new Feature[outcomes.length + 1];
    for (int o = 0; o <= outcomes.length; o++) {
      previousMap[o] = feature("pd=" + (o < outcomes.length ? outcomes[o] : null)); // as PreviousMap: "pd=null"
    }
    this.begin = feature("S=begin");
    this.previousClass = classPairs("pwc,wc=");
    this.nextClass = classPairs("wc,nc=");
    this.po = contexts("po=", "");
    this.ppo = contexts("ppo=", "");
  }

  private Feature[][] classPairs(String prefix) {
    Feature[][] out = new Feature[CLASSES.size()][CLASSES.size()];
    for (int a = 0; a < CLASSES.size(); a++) {
      for (int b = 0; b < CLASSES.size(); b++) {
        out[a][b] = feature(prefix + CLASSES.get(a) + "," + CLASSES.get(b));
      }
    }
    return out;
  }

  private Feature feature(String name) {
    return new Feature(name, weights.get(name));
  }

  /** The weights of {@code prefix + outcome + suffix} for each outcome. */
  private Context[] contexts(String prefix, String suffix) {
    Context[] out = new Context[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      out[o] = weights.get(prefix + outcomes[o] + suffix);
    }
    return out;
  }

  /** A reader for one thread (not thread-safe). */
  Reader reader() {
    return new Reader();
  }

  /**
   * One thread's access to the tokens: those it met lately in a plain map, in front of the shared cache. Why: a
   * hit in the shared cache cost as much as a fifth of name finding in a profile; most words of a document (في,
   * من, the names it repeats) were met in the last few documents.
   */
  final class Reader {
    private static final int NEAR_TOKENS = 8192;
    private final Map<String, Token> near = new HashMap<>();

    /** A sentence's tokens resolved, ready to be scored; {@code previous}: what earlier sentences tagged each token. */
    Sentence sentence(String[] words, Map<String, Integer> previous) {
      return new Sentence(words, previous, this::token);
    }

    private Token token(String word) {
      Token t = near.get(word);
      if (t == null) {
        if (near.size() >= NEAR_TOKENS) {
          near.clear();
        }
        t = CompiledFeatures.this.token(word);
        near.put(word, t);
      }
      return t;
    }
  }

  /** The features of position i as OpenNLP's generators name them, in their order (for tests). */
  List<String> names(String[] words, int i, Map<String, Integer> previous) {
    List<String> out = new ArrayList<>();
    new Sentence(words, previous, this::token).walk(i, new Sink() {
      @Override
      public void own(String token, Token resolved, Slot slot) {
        out.addAll(ownNames(token, slot));
      }

      @Override
      public void feature(Feature f) {
        out.add(f.name());
      }

      @Override
      public void feature(String name) {
        out.add(name);
      }
    });
    return out;
  }

  /** The features of one token in one slot, as OpenNLP's generators of the shipped descriptor name them. */
  private static List<String> ownNames(String token, Slot slot) {
    List<String> base = new ArrayList<>(6);
    switch (slot) {
      case WORD, WORD_P1, WORD_P2, WORD_N1, WORD_N2 -> base.add("w=" + token);
      case CLITIC, CLITIC_P1, CLITIC_N1 -> CliticFeatureGeneratorFactory.features(base, new String[] {token}, 0, null);
      case CLASS -> base.add("wc=" + FeatureGeneratorUtil.tokenFeature(token));
      case PREFIX -> {
        for (int n = 1; n <= Math.min(3, token.length()); n++) {
          base.add("pre=" + token.substring(0, n));
        }
      }
      case SUFFIX -> {
        for (int n = 1; n <= Math.min(3, token.length()); n++) {
          base.add("suf=" + token.substring(token.length() - n));
        }
      }
    }
    if (!slot.window.isEmpty()) {
      base.replaceAll(f -> slot.window + f);
    }
    return base;
  }

  private Token token(String word) {
    return tokens.get(word, this::resolve);
  }

  private Token resolve(String word) {
    Context[][] own = new Context[SLOTS.length][];
    for (Slot slot : SLOTS) {
      own[slot.ordinal()] = known(ownNames(word, slot));
    }
    String cls = FeatureGeneratorUtil.tokenFeature(word);
    Context[] powf = powfByClass.computeIfAbsent(cls, c -> contexts("powf=", "," + c));
    Context[] pow = new Context[outcomes.length];
    Arrays.fill(pow, UNRESOLVED);
    return new Token(cls, CLASSES.indexOf(cls), own, pow, powf, Clitics.readings(word));
  }

  /** The weights of the features the model knows, in order (an unknown feature adds nothing to the sums). */
  private Context[] known(List<String> names) {
    List<Context> out = new ArrayList<>(names.size());
    for (String n : names) {
      Context c = weights.get(n);
      if (c != null) {
        out.add(c);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  /** Receives a position's features in order. */
  private interface Sink {
    void own(String token, Token resolved, Slot slot);

    void feature(Feature f);

    void feature(String name);
  }

  /** One sentence: its tokens resolved and its gazetteer matches, scored position by position. */
  final class Sentence implements NameDecoder.Scoring {
    private final String[] words;
    private final Token[] resolved;
    private final Gazetteer.Mark[][] marks;
    private final Feature[] pd;

    private Sentence(String[] words, Map<String, Integer> previous, Function<String, Token> tokens) {
      this.words = words;
      this.resolved = new Token[words.length];
      this.pd = new Feature[words.length];
      for (int i = 0; i < words.length; i++) {
        resolved[i] = tokens.apply(words[i]);
        Integer p = previous.get(words[i]);
        pd[i] = previousMap[p == null ? outcomes.length : p];
      }
      this.marks = new Gazetteer.Mark[gazetteers.length][];
      for (int g = 0; g < gazetteers.length; g++) {
        marks[g] = gazetteers[g].marks(words, i -> resolved[i].readings());
      }
    }

    /** The outcome sums of position i's features that do not depend on the previous outcomes. */
    @Override
    public double[] shared(int i) {
      double[] sums = new double[outcomes.length];
      walk(i, new Sink() {
        @Override
        public void own(String token, Token t, Slot slot) {
          for (Context c : t.own()[slot.ordinal()]) {
            add(sums, c);
          }
        }

        @Override
        public void feature(Feature f) {
          add(sums, f.weights());
        }

        @Override
        public void feature(String name) {
          add(sums, weights.get(name));
        }
      });
      return sums;
    }

    /** The shared sums plus DefaultNameContextGenerator's previous-outcome features, in its order. */
    @Override
    public double[] withPrevious(double[] shared, int i, int previous, int beforePrevious) {
      double[] sums = shared.clone();
      Token t = resolved[i];
      add(sums, po[previous]);
      add(sums, pow(t, i, previous));
      add(sums, t.powf()[previous]);
      add(sums, ppo[beforePrevious]);
      return sums;
    }

    /**
     * Token i's pow= feature after {@code previous}, looked up on first use. Threads may race to fill the slot:
     * each writes the same weights, read from a map no one changes.
     */
    private Context pow(Token t, int i, int previous) {
      Context c = t.pow()[previous];
      if (c == UNRESOLVED) {
        c = weights.get("pow=" + outcomes[previous] + "," + words[i]);
        t.pow()[previous] = c;
      }
      return c;
    }

    /** Position i's features in the descriptor's order: windows, class, affixes, gazetteers, pd, bigrams, start. */
    private void walk(int i, Sink sink) {
      int n = words.length;
      own(sink, i, Slot.WORD);
      own(sink, i - 1, Slot.WORD_P1);
      own(sink, i - 2, Slot.WORD_P2);
      own(sink, i + 1, Slot.WORD_N1);
      own(sink, i + 2, Slot.WORD_N2);
      own(sink, i, Slot.CLITIC);
      own(sink, i - 1, Slot.CLITIC_P1);
      own(sink, i + 1, Slot.CLITIC_N1);
      own(sink, i, Slot.CLASS);
      own(sink, i, Slot.PREFIX);
      own(sink, i, Slot.SUFFIX);
      for (int g = 0; g < gazetteers.length; g++) {
        gazetteer(sink, g, 0, i);
        gazetteer(sink, g, 1, i - 1);
        gazetteer(sink, g, 2, i + 1);
      }
      sink.feature(pd[i]);
      if (i > 0) {
        sink.feature("pw,w=" + words[i - 1] + "," + words[i]);
        classes(sink, previousClass, "pwc,wc=", resolved[i - 1], resolved[i]);
      }
      if (i + 1 < n) {
        sink.feature("w,nw=" + words[i] + "," + words[i + 1]);
        classes(sink, nextClass, "wc,nc=", resolved[i], resolved[i + 1]);
      }
      if (i == 0) {
        sink.feature(begin);
      }
    }

    private void classes(Sink sink, Feature[][] known, String prefix, Token a, Token b) {
      if (a.classIndex() >= 0 && b.classIndex() >= 0) {
        sink.feature(known[a.classIndex()][b.classIndex()]);
      } else {
        sink.feature(prefix + a.cls() + "," + b.cls());
      }
    }

    private void own(Sink sink, int j, Slot slot) {
      if (j >= 0 && j < words.length) {
        sink.own(words[j], resolved[j], slot);
      }
    }

    private void gazetteer(Sink sink, int g, int offset, int j) {
      if (j >= 0 && j < words.length && marks[g][j] != Gazetteer.Mark.NONE) {
        sink.feature(gazetteerFeatures[g][offset][marks[g][j].ordinal()]);
      }
    }
  }

  static void add(double[] sums, Context c) {
    if (c == null) {
      return;
    }
    int[] outs = c.getOutcomes();
    double[] params = c.getParameters();
    for (int k = 0; k < outs.length; k++) {
      sums[outs[k]] += params[k];
    }
  }
}
