package io.khabar.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Folds every token in place with one {@link ArabicFolding}. */
public final class ArabicFoldingFilter extends TokenFilter {
  private final ArabicFolding folding;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicFoldingFilter(TokenStream input, ArabicFolding folding) {
    super(input);
    this.folding = folding;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(folding.fold(term.buffer(), term.length()));
    return true;
  }
}
