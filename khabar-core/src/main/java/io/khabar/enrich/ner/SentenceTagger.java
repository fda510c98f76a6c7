package io.khabar.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags sentences with one model. Not thread-safe (OpenNLP's NameFinderME keeps per-sentence state): make one
 * per thread from a shared model, as {@link NamedEntityFinder} does.
 */
public final class SentenceTagger {
  private final NameFinderME finder;

  public SentenceTagger(TokenNameFinderModel model) {
    NerFeatures.register();
    this.finder = new NameFinderME(model);
  }

  /** Entity spans of one sentence (raw tokens; folded here as at training time). */
  public List<TaggedSentence.TypedSpan> tag(String[] tokens) {
    List<TaggedSentence.TypedSpan> out = new ArrayList<>();
    if (tokens.length == 0) {
      return out;
    }
    for (Span s : finder.find(NerFeatures.modelTokens(tokens))) {
      out.add(new TaggedSentence.TypedSpan(s.getStart(), s.getEnd(), s.getType()));
    }
    return out;
  }

  /** Forgets what earlier sentences taught the adaptive features: call between documents. */
  public void newDocument() {
    finder.clearAdaptiveData();
  }
}
