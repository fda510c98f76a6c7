package io.khabar.enrich.ner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
 * up in the model once per distinct token, not at each of the five window positions of each occurrence, and
 * summed there: per role the token plays in a window (itself, the previous token, the next...), one dense array
 * of outcome sums.
 *
 * <p>Why: in a profile of name finding, building the feature strings of every position was 41% of the samples
 * and looking them up 20%; once they were looked up per token, adding each feature's sparse weights at each
 * position was the largest cost (a quarter of name finding). A news day repeats its words: most tokens are met
 * before, and a position then adds five small arrays of its tokens' sums and a few features of its own
 * (gazetteers, previous outcome, bigrams, sentence start).
 *
 * <p>Not bit for bit: the sums hold the same features' weights as OpenNLP's generic path ({@link #names} lists
 * a position's features; {@code CompiledFeaturesTest} checks them against OpenNLP's own on every sentence of the
 * fixtures, and the sums against theirs within 1e-9), added in another order, so their last bits may differ.
 * The names found are the same: the 38,343 entities of the 4,000 oldest ANT articles
 * ({@code NerSpeed}'s digest) and every span of the fixtures ({@code NameDecoderTest}). Used only for a model
 * whose descriptor names the shipped generators, in the same order with the same parameters (comments and layout
 * aside, {@link #of}): another descriptor takes the generic path.
 *
 * <p>Thread-safe: tokens' entries are immutable (but for their lazily filled pow= weights, see
 * {@link Sentence#pow}) and shared by every thread's decoder (one bounded cache); the adaptive data (what
 * earlier sentences of the document tagged) is the caller's.
 */
final class CompiledFeatures {
  /** Where a TokenNameFinderModel keeps its descriptor (its GENERATOR_DESCRIPTOR_ENTRY_NAME, package-private). */
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  private static final String DESCRIPTOR_RESOURCE = "ner-features.xml";
  private static final String[] GAZETTEERS = {"loc", "org", "pers"};
  private static final String[] GAZETTEER_OFFSETS = {"", "-1", "+1"};
  /**
   * Distinct tokens kept, the most used (Caffeine keeps the frequent ones): about 1 KB each (most of it the 85
   * doubles of its role sums), some 50 MB. The demo sample (2,551 articles) has 60k distinct words; its 50k most
   * frequent are 98% of its running words.
   */
  private static final int CACHED_TOKENS = 50_000;

  /**
   * A token's own features by the window slot they fill: its word as the token, as the previous two and the
   * next two (window 2/2), its clitic features as the token, previous and next (window 1/1), its class,
   * prefixes and suffixes (the token only).
   */
  private enum Slot {
    WORD(0), WORD_P1(1), WORD_P2(2), WORD_N1(3), WORD_N2(4),
    CLITIC(0), CLITIC_P1(1), CLITIC_N1(3), CLASS(0), PREFIX(0), SUFFIX(0);

    /** The slot's window, as an index in {@link #WINDOWS} (its prefix) and in {@link #byWindow}'s arrays. */
    final int window;

    Slot(int window) {
      this.window = window;
    }

    /** The slot whose features this one names in its window (WORD for WORD_P1...). */
    Slot unwindowed() {
      return switch (this) {
        case WORD, WORD_P1, WORD_P2, WORD_N1, WORD_N2 -> WORD;
        case CLITIC, CLITIC_P1, CLITIC_N1 -> CLITIC;
        default -> this;
      };
    }
  }

  /** The slots a token fills by its offset from the position scored: its own, then as each neighbour. */
  private enum Role {
    SELF(0, Slot.WORD, Slot.CLITIC, Slot.CLASS, Slot.PREFIX, Slot.SUFFIX),
    PREVIOUS(-1, Slot.WORD_P1, Slot.CLITIC_P1),
    BEFORE_PREVIOUS(-2, Slot.WORD_P2),
    NEXT(1, Slot.WORD_N1, Slot.CLITIC_N1),
    AFTER_NEXT(2, Slot.WORD_N2);

    final int offset;
    final Slot[] slots;

    Role(int offset, Slot... slots) {
      this.offset = offset;
      this.slots = slots;
    }
  }

  private static final Role[] ROLES = Role.values();
  /** The prefixes OpenNLP's window generator gives a neighbour's features: none for the token itself. */
  private static final String[] WINDOWS = {"", "p1", "p2", "n1", "n2"};
  /** Every class FeatureGeneratorUtil.tokenFeature gives, so that class bigrams are features known in advance. */
  private static final List<String> CLASSES =
      List.of("jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");
  /** A pow= feature not looked up yet: the beam asks for few of a token's previous outcomes (mostly "other"). */
  private static final Context UNRESOLVED = new Context(new int[0], new double[0]);

  private final Map<String, Context> weights;
  /**
   * The weights of {@code window + name} for each of the {@link #WINDOWS}, by name: {@code byWindow.get(f)[w]}
   * is {@code weights.get(WINDOWS[w] + f)}. Why: a token met for the first time looked each of its features up
   * once per window slot, each time in a new string (window + name) hashed anew, a tenth of name finding in a
   * profile of an import; now once per feature. An entry for each of the model's 76,514 features, and one for
   * each windowed one's name without its window.
   */
  private final Map<String, Context[]> byWindow;
  private final String[] outcomes;
  private final WordPairs pairs;
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

  /**
   * What one distinct token contributes, resolved. {@code roles}: for each role, the sums of the weights of its
   * features in that role's slots, outcome by outcome ({@code [role * outcomes + o]}); {@code pairs}: the word
   * bigrams it begins that the model knows, by their second word; {@code starts}: the gazetteers' entries it
   * may begin.
   */
  private record Token(String cls, int classIndex, double[] roles, Map<String, WordPairs.Pair> pairs,
                       Context[] pow, Context[] powf, Gazetteer.Start[] starts) {}

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
    this.byWindow = byWindow(weights);
    this.outcomes = outcomes;
    this.pairs = new WordPairs(weights);
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

  /**
   * {@link #byWindow}: every key as a name in window "", and a key that begins with a window's prefix also as
   * the rest of it in that window, so that a lookup by name and window finds exactly what the joined string would.
   */
  private static Map<String, Context[]> byWindow(Map<String, Context> weights) {
    Map<String, Context[]> out = new HashMap<>(weights.size() * 2);
    for (Map.Entry<String, Context> e : weights.entrySet()) {
      String key = e.getKey();
      out.computeIfAbsent(key, k -> new Context[WINDOWS.length])[0] = e.getValue();
      for (int w = 1; w < WINDOWS.length; w++) {
        if (key.startsWith(WINDOWS[w])) {
          out.computeIfAbsent(key.substring(WINDOWS[w].length()), k -> new Context[WINDOWS.length])[w] = e.getValue();
        }
      }
    }
    return out;
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

  /** The features of position i as OpenNLP's generators name them, grouped by role (for tests). */
  List<String> names(String[] words, int i, Map<String, Integer> previous) {
    List<String> out = new ArrayList<>();
    new Sentence(words, previous, this::token).walk(i, new Sink() {
      @Override
      public void role(String token, Token resolved, Role role) {
        for (Slot slot : role.slots) {
          out.addAll(ownNames(token, slot));
        }
      }

      @Override
      public void feature(Feature f) {
        out.add(f.name());
      }

      @Override
      public void pair(String prefix, String first, String second, Context weights) {
        out.add(prefix + first + "," + second);
      }
    });
    return out;
  }

  /** The outcome sums of position i's features that do not depend on the previous outcomes (for tests). */
  double[] shared(String[] words, int i, Map<String, Integer> previous) {
    double[] sums = new double[outcomes.length];
    new Sentence(words, previous, this::token).shared(i, sums);
    return sums;
  }

  /** The features of one token in one slot, as OpenNLP's generators of the shipped descriptor name them. */
  private static List<String> ownNames(String token, Slot slot) {
    return unwindowedNames(token, slot.unwindowed()).stream().map(f -> WINDOWS[slot.window] + f).toList();
  }

  /** The features of one token in an unwindowed slot (WORD, CLITIC, CLASS, PREFIX, SUFFIX). */
  private static List<String> unwindowedNames(String token, Slot slot) {
    List<String> names = new ArrayList<>(6);
    switch (slot) {
      case WORD -> names.add("w=" + token);
      case CLITIC -> CliticFeatureGeneratorFactory.features(names, new String[] {token}, 0, null);
      case CLASS -> names.add("wc=" + FeatureGeneratorUtil.tokenFeature(token));
      case PREFIX -> {
        for (int n = 1; n <= Math.min(3, token.length()); n++) {
          names.add("pre=" + token.substring(0, n));
        }
      }
      case SUFFIX -> {
        for (int n = 1; n <= Math.min(3, token.length()); n++) {
          names.add("suf=" + token.substring(token.length() - n));
        }
      }
      default -> throw new IllegalArgumentException("a windowed slot: " + slot);
    }
    return names;
  }

  private Token token(String word) {
    return tokens.get(word, this::resolve);
  }

  private Token resolve(String word) {
    String cls = FeatureGeneratorUtil.tokenFeature(word);
    Context[] powf = powfByClass.computeIfAbsent(cls, c -> contexts("powf=", "," + c));
    Context[] pow = new Context[outcomes.length];
    Arrays.fill(pow, UNRESOLVED);
    return new Token(cls, CLASSES.indexOf(cls), roleSums(word), pairs.after(word), pow, powf, starts(word));
  }

  /** Where each gazetteer's entries may begin at the token. */
  private Gazetteer.Start[] starts(String word) {
    List<String> readings = Clitics.readings(word);
    Gazetteer.Start[] starts = new Gazetteer.Start[gazetteers.length];
    for (int g = 0; g < gazetteers.length; g++) {
      starts[g] = gazetteers[g].start(word, readings);
    }
    return starts;
  }

  /** The token's {@link Token#roles}: its features' weights in each role's slots, summed (unknown ones add nothing). */
  private double[] roleSums(String word) {
    double[] sums = new double[ROLES.length * outcomes.length];
    // A word's features are the same in every window it fills (its clitic analysis above all): made and looked
    // up once each, then added in the order the joined names were (the same sums, bit for bit).
    Map<Slot, Context[][]> unwindowed = new EnumMap<>(Slot.class);
    for (Role role : ROLES) {
      for (Slot slot : role.slots) {
        for (Context[] windows : unwindowed.computeIfAbsent(slot.unwindowed(), u -> lookUp(unwindowedNames(word, u)))) {
          add(sums, role.ordinal() * outcomes.length, windows == null ? null : windows[slot.window]);
        }
      }
    }
    return sums;
  }

  /** The weights of each name in every window (null for a name the model never saw in any). */
  private Context[][] lookUp(List<String> names) {
    Context[][] out = new Context[names.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = byWindow.get(names.get(i));
    }
    return out;
  }

  /** Receives a position's features: by role for those of its tokens' own, then one by one. */
  private interface Sink {
    void role(String token, Token resolved, Role role);

    void feature(Feature f);

    void pair(String prefix, String first, String second, Context weights);
  }

  /** One sentence: its tokens resolved, its word pairs and gazetteer matches, scored position by position. */
  final class Sentence implements NameDecoder.Scoring {
    private final String[] words;
    private final Token[] resolved;
    private final Gazetteer.Mark[][] marks;
    private final Feature[] pd;
    private final WordPairs.Pair[] pairs; // [i]: words i - 1 and i

    private Sentence(String[] words, Map<String, Integer> previous, Function<String, Token> tokens) {
      this.words = words;
      this.resolved = new Token[words.length];
      this.pd = new Feature[words.length];
      this.pairs = new WordPairs.Pair[words.length];
      for (int i = 0; i < words.length; i++) {
        resolved[i] = tokens.apply(words[i]);
        Integer p = previous.get(words[i]);
        pd[i] = previousMap[p == null ? outcomes.length : p];
        pairs[i] = i == 0 ? WordPairs.Pair.NONE : pair(resolved[i - 1], words[i]);
      }
      this.marks = new Gazetteer.Mark[gazetteers.length][];
      for (int g = 0; g < gazetteers.length; g++) {
        int gazetteer = g;
        marks[g] = gazetteers[g].marks(words, i -> resolved[i].starts()[gazetteer]);
      }
    }

    private WordPairs.Pair pair(Token first, String second) {
      return first.pairs().getOrDefault(second, WordPairs.Pair.NONE);
    }

    /** The outcome sums of position i's features that do not depend on the previous outcomes. */
    @Override
    public void shared(int i, double[] sums) {
      Arrays.fill(sums, 0);
      walk(i, new Sink() {
        @Override
        public void role(String token, Token t, Role role) {
          int from = role.ordinal() * sums.length;
          for (int o = 0; o < sums.length; o++) {
            sums[o] += t.roles()[from + o];
          }
        }

        @Override
        public void feature(Feature f) {
          add(sums, 0, f.weights());
        }

        @Override
        public void pair(String prefix, String first, String second, Context c) {
          add(sums, 0, c);
        }
      });
    }

    /** The shared sums plus DefaultNameContextGenerator's previous-outcome features, in its order. */
    @Override
    public void withPrevious(double[] shared, int i, int previous, int beforePrevious, double[] sums) {
      System.arraycopy(shared, 0, sums, 0, sums.length);
      Token t = resolved[i];
      add(sums, po[previous]);
      add(sums, pow(t, i, previous));
      add(sums, t.powf()[previous]);
      add(sums, ppo[beforePrevious]);
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

    /**
     * Position i's features: its tokens' own by role, then gazetteers, pd, bigrams, start (the descriptor's
     * order but for the first, whose window and single-token features are interleaved in OpenNLP's).
     */
    private void walk(int i, Sink sink) {
      int n = words.length;
      for (Role role : ROLES) {
        int j = i + role.offset;
        if (j >= 0 && j < n) {
          sink.role(words[j], resolved[j], role);
        }
      }
      for (int g = 0; g < gazetteers.length; g++) {
        gazetteer(sink, g, 0, i);
        gazetteer(sink, g, 1, i - 1);
        gazetteer(sink, g, 2, i + 1);
      }
      sink.feature(pd[i]);
      if (i > 0) {
        sink.pair(WordPairs.PREVIOUS_AND_WORD, words[i - 1], words[i], pairs[i].previousAndWord());
        classes(sink, previousClass, "pwc,wc=", resolved[i - 1], resolved[i]);
      }
      if (i + 1 < n) {
        sink.pair(WordPairs.WORD_AND_NEXT, words[i], words[i + 1], pairs[i + 1].wordAndNext());
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
        sink.feature(feature(prefix + a.cls() + "," + b.cls()));
      }
    }

    private void gazetteer(Sink sink, int g, int offset, int j) {
      if (j >= 0 && j < words.length && marks[g][j] != Gazetteer.Mark.NONE) {
        sink.feature(gazetteerFeatures[g][offset][marks[g][j].ordinal()]);
      }
    }
  }

  static void add(double[] sums, Context c) {
    add(sums, 0, c);
  }

  /** Adds c's weights to {@code sums[from + outcome]} (null: a feature the model never saw, nothing). */
  private static void add(double[] sums, int from, Context c) {
    if (c == null) {
      return;
    }
    int[] outs = c.getOutcomes();
    double[] params = c.getParameters();
    for (int k = 0; k < outs.length; k++) {
      sums[from + outs[k]] += params[k];
    }
  }
}
