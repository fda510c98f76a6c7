package io.khabar.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs text through an analyzer or a single filter and collects the terms, in the manner of Lucene's analysis tests. */
public final class Tokens {
  private Tokens() {}

  /** The terms {@code analyzer} produces for {@code text} (field "text"). */
  public static List<String> of(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      return collect(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single term {@code analyzer} produces for one word; fails if it produces none or several. */
  public static String one(Analyzer analyzer, String word) {
    List<String> terms = of(analyzer, word);
    if (terms.size() != 1) {
      throw new AssertionError("expected one term for '" + word + "' but got " + terms);
    }
    return terms.get(0);
  }

  /** Splits {@code text} on whitespace, applies one filter (built by {@code filter}) and collects the terms. */
  public static List<String> filtered(String text, UnaryOperator<TokenStream> filter) {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    try (TokenStream ts = filter.apply(source)) {
      return collect(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> collect(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    return out;
  }
}
