package io.khabar.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a text as an ISO 639-1 code, from its script and, for Latin script, its commonest
 * function words. Arabic script is Arabic unless letters that only Persian or Urdu use dominate. A page's
 * declared language ({@code <html lang>}, {@code og:locale}) breaks ties and names Latin-script languages
 * outside the small word lists; it never overrides what the letters plainly show (many Arabic pages
 * declare "en").
 */
public final class LanguageGuess {
  private LanguageGuess() {}

  private static final int SAMPLE = 20_000;
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "said", "by", "has"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "une", "est", "que", "dans", "pour", "sur", "au", "par"),
      "es", Set.of("el", "la", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "es", "se"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf"),
      "it", Set.of("il", "di", "che", "della", "per", "non", "una", "sono", "gli", "nel", "alla", "con", "del"),
      "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "ise"),
      "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada"));

  public static String guess(String text, String declared) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int arabic = 0;
    int persian = 0;
    int urdu = 0;
    int latin = 0;
    int cyrillic = 0;
    int hebrew = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.ARABIC) {
        arabic++;
        if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') {
          persian++;
        } else if (c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ے' || c == 'ں' || c == 'ھ') {
          urdu++;
        }
      } else if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (s == Character.UnicodeScript.HEBREW) {
        hebrew++;
      }
    }
    String lang = primary(declared);
    int max = Math.max(Math.max(arabic, latin), Math.max(cyrillic, hebrew));
    if (max == 0) {
      return lang.isEmpty() ? "" : lang;
    }
    if (max == arabic) {
      if (urdu * 50 > arabic) {
        return "ur";
      }
      if (persian * 50 > arabic) {
        return "fa";
      }
      return lang.equals("fa") || lang.equals("ur") || lang.equals("ps") || lang.equals("ku") ? lang : "ar";
    }
    if (max == cyrillic) {
      return lang.isEmpty() || !isCyrillicLanguage(lang) ? "ru" : lang;
    }
    if (max == hebrew) {
      return "he";
    }
    String byWords = latinByWords(sample);
    if (!lang.isEmpty() && !lang.equals("ar") && (byWords.isEmpty() || !FUNCTION_WORDS.containsKey(lang)
        || lang.equals(byWords))) {
      return lang;
    }
    return byWords.isEmpty() ? "en" : byWords;
  }

  private static boolean isCyrillicLanguage(String lang) {
    return List.of("ru", "uk", "bg", "sr", "mk", "be", "kk").contains(lang);
  }

  /** "ar-aa" and "ar_AR" give "ar". */
  static String primary(String declared) {
    if (declared == null) {
      return "";
    }
    String d = declared.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < d.length() && Character.isLetter(d.charAt(cut))) {
      cut++;
    }
    d = d.substring(0, cut);
    return d.length() == 2 || d.length() == 3 ? d : "";
  }

  private static String latinByWords(String text) {
    Map<String, Integer> hits = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }
}
