package io.khabar.enrich.ner;

import io.khabar.model.Entity;
import io.khabar.enrich.ner.EntityFinder;
import io.khabar.model.EntityType;
import io.khabar.text.ArabicScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Finds persons, locations, organizations and other names in Arabic news with the OpenNLP model trained on
 * ANERcorp ({@code ./khabar train-ner}). Each name loses its proclitics (وموسكو → موسكو) and is keyed by
 * {@link NameKeys}, so that its spellings share one key.
 *
 * <p>Bounded work: only the first {@link #MAX_TOKENS} tokens of title + text are tagged (the lead of a news
 * article names its actors), in sentences of at most 80 tokens; sentences without an Arabic letter are skipped.
 * Thread-safe: the model is shared, each thread gets its own tagger.
 */
public final class NamedEntityFinder implements EntityFinder {
  public static final int MAX_TOKENS = 1000;
  public static final String MODEL_RESOURCE = "ner-ar.bin";
  private static volatile NamedEntityFinder shipped;

  private final NameLexicon lexicon;
  private final NerTokenizer tokenizer;
  private final ThreadLocal<SentenceTagger> taggers;

  public NamedEntityFinder(TokenNameFinderModel model, NameLexicon lexicon, int maxTokens) {
    this.lexicon = lexicon;
    this.tokenizer = new NerTokenizer(maxTokens);
    CompiledFeatures compiled = NameDecoder.compile(model); // shared: a token resolved by one thread serves all
    this.taggers = ThreadLocal.withInitial(() -> new SentenceTagger(model, compiled));
  }

  /** The finder with the model, lexicon and key lists shipped in khabar-core (loaded once, then shared). */
  public static NamedEntityFinder load() {
    NamedEntityFinder f = shipped;
    if (f == null) {
      synchronized (NamedEntityFinder.class) {
        f = shipped;
        if (f == null) {
          f = new NamedEntityFinder(shippedModel(), NameLexicon.shipped(), MAX_TOKENS);
          shipped = f;
        }
      }
    }
    return f;
  }

  public static TokenNameFinderModel shippedModel() {
    NerFeatures.register();
    try (InputStream in = NamedEntityFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing model io/khabar/enrich/ner/" + MODEL_RESOURCE
            + ": build it with ./khabar train-ner --anercorp ../shared/data/anercorp");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Entity> find(String title, String text) {
    SentenceTagger tagger = taggers.get();
    tagger.newDocument();
    Map<String, Mentions> byKey = new LinkedHashMap<>();
    String all = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    for (List<String> sentence : tokenizer.sentences(all)) {
      if (!sentence.stream().anyMatch(ArabicScript::hasArabic)) {
        continue;
      }
      String[] tokens = sentence.toArray(new String[0]);
      for (TaggedSentence.TypedSpan span : tagger.tag(tokens)) {
        add(byKey, tokens, span);
      }
    }
    List<Entity> out = new ArrayList<>(byKey.size());
    byKey.forEach((key, m) -> out.add(new Entity(key, m.type(), m.name)));
    return out;
  }

  private void add(Map<String, Mentions> byKey, String[] tokens, TaggedSentence.TypedSpan span) {
    String name = name(tokens, span);
    if (name.length() < 2 || !ArabicScript.hasArabic(name)) {
      return;
    }
    String key = NameKeys.key(name);
    if (key.isEmpty()) {
      return;
    }
    byKey.computeIfAbsent(key, k -> new Mentions(name)).count(type(span.type()));
  }

  /** The mention as written, without the proclitic of its first word. */
  String name(String[] tokens, TaggedSentence.TypedSpan span) {
    StringBuilder b = new StringBuilder(Clitics.strip(tokens[span.start()], lexicon));
    for (int i = span.start() + 1; i < span.end(); i++) {
      b.append(' ').append(tokens[i]);
    }
    return b.toString();
  }

  static EntityType type(String corpusType) {
    return switch (corpusType) {
      case "PERS" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> EntityType.MISC;
    };
  }

  /** The first spelling of a name in the article, and the type the model gave it most often. */
  private static final class Mentions {
    final String name;
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    EntityType first;

    Mentions(String name) {
      this.name = name;
    }

    void count(EntityType t) {
      if (first == null) {
        first = t;
      }
      types.merge(t, 1, Integer::sum);
    }

    EntityType type() {
      EntityType best = first;
      for (Map.Entry<EntityType, Integer> e : types.entrySet()) {
        if (e.getValue() > types.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }
  }
}
