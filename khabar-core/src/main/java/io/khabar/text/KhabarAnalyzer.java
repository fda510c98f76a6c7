package io.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Khabar's one definition of Arabic text analysis, shared by indexing, querying and similarity:
 * <pre>
 * StandardTokenizer → LowerCase → DecimalDigit (Arabic-Indic and Persian digits → 0-9)
 *   → ArabicFolding.SEARCH (diacritics, tatweel, alef forms, ى/ی→ي, ة→ه, hamza seats, lone hamza,
 *                           kaf and heh forms)
 *   → Stop (Lucene's Arabic list, itself normalized) → KhabarStem
 * </pre>
 * Lucene's ArabicAnalyzer removes stopwords <em>before</em> normalizing, so a stopword written with
 * a hamza or a ى slips through; here the list is normalized with the same chain and applied after.
 */
public final class KhabarAnalyzer extends Analyzer {
  private static final String ROOT_WAW = "root-waw.txt";
  private static final String PROTECTED = "protected-stems.txt";

  private final AnalysisVariant variant;
  private final CharArraySet stopwords;
  private final CharArraySet rootWaw;
  private final CharArraySet protectedStems;

  private KhabarAnalyzer(AnalysisVariant variant) {
    this.variant = variant;
    this.stopwords = normalizedStopwords(); // LUCENE_ARABIC is Lucene's own ArabicAnalyzer (see create)
    this.rootWaw = variant.keepsRootWaw() ? wordList(ROOT_WAW) : CharArraySet.EMPTY_SET;
    this.protectedStems = variant.protectsNames() ? wordList(PROTECTED) : CharArraySet.EMPTY_SET;
  }

  /**
   * Khabar's analysis chain. Public and without arguments so that Solr can load it by class name
   * ({@code <analyzer class="io.khabar.text.KhabarAnalyzer"/>}): one chain for both stores.
   */
  public KhabarAnalyzer() {
    this(AnalysisVariant.KHABAR);
  }

  /** Khabar's analysis chain. */
  public static KhabarAnalyzer create() {
    return new KhabarAnalyzer(AnalysisVariant.KHABAR);
  }

  public static Analyzer create(AnalysisVariant variant) {
    return variant == AnalysisVariant.LUCENE_ARABIC ? new ArabicAnalyzer() : new KhabarAnalyzer(variant);
  }

  public AnalysisVariant variant() {
    return variant;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = normalize(source);
    result = new StopFilter(result, stopwords);
    result = new KhabarStemFilter(result, new KhabarStemmer(rootWaw, protectedStems));
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalize(in);
  }

  private TokenStream normalize(TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result = new DecimalDigitFilter(result);
    return new ArabicFoldingFilter(result, ArabicFolding.SEARCH);
  }

  /**
   * Normalizes a word the way the chain does before stemming (no stemming, no stopwords), except digits, which
   * stay as written. Lower-cased by String.toLowerCase as it always was: fingerprints and shingles stored in the
   * index are made of these words.
   */
  public static String normalizeWord(String word) {
    return ArabicFolding.SEARCH.fold(word.toLowerCase(Locale.ROOT));
  }

  private static CharArraySet normalizedStopwords() {
    List<String> words = new ArrayList<>();
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      words.add(normalizeWord(new String((char[]) w)));
    }
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  /** A bundled list, one normalized word a line; '#' starts a comment. */
  static CharArraySet wordList(String name) {
    try (InputStream in = KhabarAnalyzer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled word list " + name);
      }
      CharArraySet set = new CharArraySet(1024, false);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          set.add(normalizeWord(w));
        }
      }
      return CharArraySet.unmodifiableSet(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
