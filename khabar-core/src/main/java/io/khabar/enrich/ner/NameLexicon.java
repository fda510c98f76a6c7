package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Single words known to be (part of) a name, folded: the ANERcorp gazetteers and the entity words of its train
 * split. The clitic stripper asks it whether a leading و/ب/ل/ك/ف belongs to the name (بوش) or not (وموسكو).
 */
public final class NameLexicon implements Predicate<String> {
  public static final String RESOURCE = "names.txt";

  private final Set<String> words;

  public NameLexicon(Collection<String> words) {
    this.words = new HashSet<>();
    for (String w : words) {
      this.words.add(NAMES.fold(w));
    }
  }

  /** The lexicon shipped beside the model. */
  public static NameLexicon shipped() {
    try (InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/khabar/enrich/ner/" + RESOURCE);
      }
      return new NameLexicon(readLines(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> readLines(InputStream in) throws IOException {
    Set<String> out = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return out;
  }

  @Override
  public boolean test(String foldedWord) {
    return words.contains(foldedWord);
  }
}
