package io.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyzed terms that are one word in another outlet's spelling, each mapped to one form: ترمب → ترامب,
 * بوتن → بوتين, اميرك → امريك. Outlets keep their own house transliteration, so without this two reports of one
 * summit share no name. Shipped as {@value #RESOURCE}, learned from unlabelled corpora by the lab's
 * {@code ./khabar build-background --variants} (how, in {@code SpellingVariantLearner}).
 *
 * <p>File format: UTF-8 lines {@code variant<TAB>form}, sorted; {@code #} starts a comment.
 */
public final class SpellingVariants {
  public static final String RESOURCE = "/io/khabar/text/spelling-variants.txt";
  private static volatile SpellingVariants shipped;

  private final Map<String, String> form;
  private final Map<String, List<String>> spellings = new HashMap<>();

  public SpellingVariants(Map<String, String> form) {
    this.form = Map.copyOf(form);
    form.forEach((variant, f) -> spellings.computeIfAbsent(f, x -> new ArrayList<>(List.of(x))).add(variant));
  }

  public static SpellingVariants none() {
    return new SpellingVariants(Map.of());
  }

  /** The table shipped with Khabar, read once. */
  public static SpellingVariants shipped() {
    SpellingVariants s = shipped;
    if (s == null) {
      synchronized (SpellingVariants.class) {
        if (shipped == null) {
          shipped = load();
        }
        s = shipped;
      }
    }
    return s;
  }

  /** The one form of a term (the term itself when it has no other spelling). */
  public String form(String term) {
    return form.getOrDefault(term, term);
  }

  /** Every spelling of a form, the form first (the form alone when it has none). */
  public List<String> spellings(String form) {
    return spellings.getOrDefault(form, List.of(form));
  }

  public int size() {
    return form.size();
  }

  /**
   * The term without its inner long vowels ا و ي (first and last letters kept): what two spellings of one
   * transliterated name share. Null for a term shorter than four letters, where a vowel letter is the word.
   */
  public static String skeleton(String term) {
    if (term.length() < 4) {
      return null;
    }
    StringBuilder b = new StringBuilder().append(term.charAt(0));
    for (int i = 1; i < term.length() - 1; i++) {
      char c = term.charAt(i);
      if (c != 'ا' && c != 'و' && c != 'ي') {
        b.append(c);
      }
    }
    return b.append(term.charAt(term.length() - 1)).toString();
  }

  private static SpellingVariants load() {
    try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no spelling variants at " + RESOURCE + ": run ./khabar build-background");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SpellingVariants read(InputStream in) throws IOException {
    Map<String, String> form = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IOException("spelling variants: bad line '" + line + "'");
      }
      form.put(f[0], f[1]);
    }
    return new SpellingVariants(form);
  }
}
