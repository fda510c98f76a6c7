package io.khabar.lab.train;

import io.khabar.enrich.ner.Clitics;
import io.khabar.enrich.ner.NerFeatures;
import io.khabar.enrich.ner.Gazetteer;
import io.khabar.enrich.ner.TaggedSentence;
import io.khabar.text.ArabicFolding;
import io.khabar.text.ArabicScript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains an OpenNLP name finder on ANERcorp sentences. Single-threaded and unshuffled: the same input gives the same model. */
public final class NerTrainer {
  /** The feature descriptor lives beside the model it describes, in core. */
  static final String DESCRIPTOR = "/io/khabar/enrich/ner/ner-features.xml";
  /** The gazetteer files and the resource name each gets inside the model. */
  public static final List<String> GAZETTEERS = List.of("loc", "org", "pers");

  private NerTrainer() {}

  public static TokenNameFinderModel train(List<TaggedSentence> sentences, Map<String, List<String[]>> gazetteers,
      NerTrainingConfig config) throws IOException {
    NerFeatures.register();
    byte[] descriptor = config.arabicFeatures() ? descriptor() : null; // null: OpenNLP's default features
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    Map<String, Object> resources = new LinkedHashMap<>();
    if (descriptor != null) {
      for (String g : GAZETTEERS) {
        resources.put(g + ".dictionary", Gazetteer.toDictionary(gazetteers.getOrDefault(g, List.of())));
      }
    }
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, resources,
        config.codec().equals("bilou") ? new BilouCodec() : new BioCodec());
    return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples(sentences)), params, factory);
  }

  static List<NameSample> samples(List<TaggedSentence> sentences) {
    List<NameSample> out = new ArrayList<>(sentences.size());
    boolean first = true;
    for (TaggedSentence s : sentences) {
      List<Span> spans = new ArrayList<>();
      for (TaggedSentence.TypedSpan t : s.spans()) {
        spans.add(new Span(t.start(), t.end(), t.type()));
      }
      out.add(new NameSample(NerFeatures.modelTokens(s.tokens()), spans.toArray(new Span[0]), first));
      first = false;
    }
    return out;
  }

  static byte[] descriptor() {
    // The descriptor ships in khabar-core beside the model it describes: resolved from that package, not this one.
    try (InputStream in = NerFeatures.class.getResourceAsStream(DESCRIPTOR)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DESCRIPTOR);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The name lexicon for the clitic stripper: every gazetteer word, and every entity word of the train split
   * unless one of its clitic-free readings is itself a name (then the word is that name with a clitic: وموسكو).
   */
  public static Set<String> nameWords(List<TaggedSentence> sentences, Map<String, List<String[]>> gazetteers) {
    Set<String> base = new TreeSet<>();
    for (List<String[]> entries : gazetteers.values()) {
      for (String[] e : entries) {
        for (String w : e) {
          base.add(ArabicFolding.NAMES.fold(w));
        }
      }
    }
    Set<String> entityWords = new TreeSet<>();
    for (TaggedSentence s : sentences) {
      for (TaggedSentence.TypedSpan span : s.spans()) {
        for (int i = span.start(); i < span.end(); i++) {
          String w = ArabicFolding.NAMES.fold(s.tokens()[i]);
          if (ArabicScript.hasArabic(w)) {
            entityWords.add(w);
          }
        }
      }
    }
    Set<String> all = new TreeSet<>(base);
    for (String w : entityWords) {
      boolean clitic = false;
      for (String r : Clitics.readings(w)) {
        if (base.contains(r) || entityWords.contains(r)) {
          clitic = true;
          break;
        }
      }
      if (!clitic) {
        all.add(w);
      }
    }
    return all;
  }
}
