package io.khabar.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags sentences with one model. Not thread-safe (the decoder keeps adaptive data and feature caches): make one
 * per thread from a shared model, as {@link NamedEntityFinder} does.
 */
public final class SentenceTagger {
  private final NameDecoder decoder; // perceptron models: the shipped one
  private final NameFinderME finder; // others (maxent baselines in the lab)

  public SentenceTagger(TokenNameFinderModel model) {
    this(model, NameDecoder.compile(model));
  }

  /** A tagger sharing the model's compiled features with other threads' taggers (null: the generic path). */
  SentenceTagger(TokenNameFinderModel model, CompiledFeatures compiled) {
    NerFeatures.register();
    this.decoder = NameDecoder.decodes(model) ? new NameDecoder(model, compiled) : null;
    this.finder = decoder == null ? new NameFinderME(model) : null;
  }

  /** Entity spans of one sentence (raw tokens; folded here as at training time). */
  public List<TaggedSentence.TypedSpan> tag(String[] tokens) {
    List<TaggedSentence.TypedSpan> out = new ArrayList<>();
    if (tokens.length == 0) {
      return out;
    }
    String[] folded = NerFeatures.modelTokens(tokens);
    for (Span s : decoder != null ? decoder.find(folded) : finder.find(folded)) {
      out.add(new TaggedSentence.TypedSpan(s.getStart(), s.getEnd(), s.getType()));
    }
    return out;
  }

  /** Forgets what earlier sentences taught the adaptive features: call between documents. */
  public void newDocument() {
    if (decoder != null) {
      decoder.clearAdaptiveData();
    } else {
      finder.clearAdaptiveData();
    }
  }
}
