package io.khabar.extract;

import static io.khabar.text.ArabicFolding.MATCHING;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names as Arabic pages write them, folded with {@code MATCHING}. Every family is here because one outlet
 * uses one: Egypt and the Gulf (يناير … ديسمبر), the Levant and Iraq (كانون الثاني … كانون الأول), Algeria and
 * Tunisia (جانفي، فيفري، أفريل، جوان، جويلية، أوت), Morocco (يوليوز، غشت، شتنبر، نونبر، دجنبر), and the
 * English and French names of Latin-script pages. Hijri months are a separate table: their year is a Hijri year.
 */
final class MonthNames {
  private MonthNames() {}

  static final Map<String, Integer> GREGORIAN = table(
      "يناير 1", "فبراير 2", "مارس 3", "ابريل 4", "مايو 5", "يونيو 6", "يونيه 6", "يوليو 7", "يوليه 7",
      "اغسطس 8", "اغسطوس 8", "سبتمبر 9", "اكتوبر 10", "نوفمبر 11", "ديسمبر 12",
      "كانون الثاني 1", "شباط 2", "اذار 3", "نيسان 4", "ايار 5", "حزيران 6", "تموز 7", "اب 8", "ايلول 9",
      "تشرين الاول 10", "تشرين الثاني 11", "كانون الاول 12",
      "جانفي 1", "فيفري 2", "افريل 4", "ماي 5", "جوان 6", "جويلية 7", "اوت 8",
      "يوليوز 7", "غشت 8", "شتنبر 9", "نونبر 11", "دجنبر 12",
      "january 1", "february 2", "march 3", "april 4", "may 5", "june 6", "july 7", "august 8", "september 9",
      "october 10", "november 11", "december 12",
      "jan 1", "feb 2", "mar 3", "apr 4", "jun 6", "jul 7", "aug 8", "sep 9", "sept 9", "oct 10", "nov 11",
      "dec 12",
      "janvier 1", "fevrier 2", "février 2", "mars 3", "avril 4", "mai 5", "juin 6", "juillet 7", "aout 8",
      "août 8", "septembre 9", "octobre 10", "novembre 11", "decembre 12", "décembre 12");

  static final Map<String, Integer> HIJRI = table(
      "محرم 1", "صفر 2", "ربيع الاول 3", "ربيع اول 3", "ربيع الثاني 4", "ربيع الاخر 4", "ربيع ثاني 4",
      "جمادي الاولي 5", "جمادي الاول 5", "جمادي الثانيه 6", "جمادي الثاني 6", "جمادي الاخره 6", "جمادي الاخر 6",
      "رجب 7", "شعبان 8", "رمضان 9", "شوال 10", "ذو القعده 11", "ذي القعده 11", "ذو الحجه 12", "ذي الحجه 12");

  /** A regex alternation of the names, longest first so that "ماي" never shadows "مايو". */
  static String alternation(Map<String, Integer> names) {
    return names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }

  private static Map<String, Integer> table(String... entries) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String e : entries) {
      int sp = e.lastIndexOf(' ');
      m.put(MATCHING.fold(e.substring(0, sp)), Integer.parseInt(e.substring(sp + 1)));
    }
    return m;
  }

  static int month(Map<String, Integer> names, String matched) {
    return names.getOrDefault(matched.replaceAll("\\s+", " "), 0);
  }
}
