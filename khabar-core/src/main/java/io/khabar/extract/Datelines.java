package io.khabar.extract;

import java.util.Set;

/**
 * Cities and news agencies that open Arabic datelines ("الرياض - واس", "القاهرة - أ ش أ"): in a byline
 * slot they say where a story was filed or who wired it, never who wrote it.
 */
final class Datelines {
  private Datelines() {}

  private static final Set<String> NAMES = fold(
      "القاهرة", "الاسكندرية", "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "ابوظبي", "أبو ظبي", "دبي",
      "الشارقة", "الدوحة", "المنامة", "الكويت", "مسقط", "صنعاء", "عدن", "بغداد", "البصرة", "الموصل", "اربيل", "دمشق",
      "حلب", "بيروت", "عمان", "القدس", "رام الله", "غزة", "الخرطوم", "طرابلس", "بنغازي", "تونس", "الجزائر", "وهران",
      "الرباط", "الدار البيضاء", "نواكشوط", "جيبوتي", "مقديشو", "انقرة", "اسطنبول", "طهران", "واشنطن", "نيويورك",
      "لندن", "باريس", "برلين", "موسكو", "بكين", "جنيف", "بروكسل",
      // governorates and provincial cities that open bylines ("سوهاج – ياسمين …")
      "الجيزة", "سوهاج", "أسيوط", "المنيا", "الأقصر", "أسوان", "بورسعيد", "السويس", "الإسماعيلية", "المنصورة", "طنطا",
      "الزقازيق", "الفيوم", "بني سويف", "دمياط", "الغردقة", "شرم الشيخ", "كفر الشيخ", "دمنهور", "مطروح", "العريش",
      "المنوفية", "الشرقية", "الدقهلية", "الغربية", "البحيرة", "القليوبية", "نابلس", "الخليل", "جنين", "بيت لحم",
      "إدلب", "حمص", "حماة", "اللاذقية", "درعا", "الرقة", "دير الزور", "الحسكة", "مأرب", "تعز", "الحديدة",
      "سطيف", "قسنطينة", "عنابة", "فاس", "مراكش", "طنجة", "أكادير", "صفاقس", "سوسة", "بنزرت", "العقبة", "إربد",
      "الزرقاء", "صلالة", "رأس الخيمة", "الفجيرة", "عجمان", "النجف", "كربلاء", "كركوك", "السليمانية",
      "الأنبار", "الفلوجة", "صيدا", "الطائف", "تبوك", "أبها", "جازان", "نجران", "حائل", "بريدة", "القطيف",
      "الجبيل", "مصراتة", "سبها", "بورتسودان", "أم درمان",
      "واس", "أ ش أ", "ا ش ا", "قنا", "كونا", "وام", "بنا", "بترا", "سانا", "واع", "وفا", "سبأ", "العمانية", "رويترز",
      "أ ف ب", "ا ف ب", "فرانس برس", "د ب أ", "الأناضول", "وكالات", "Reuters", "AFP", "AP");

  /** News agencies (and "the agencies"): what wires a story, never who wrote it. */
  private static final Set<String> AGENCIES = fold("واس", "أ ش أ", "ا ش ا", "قنا", "كونا", "وام", "بنا", "بترا",
      "سانا", "واع", "وفا", "سبأ", "العمانية", "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "د ب أ", "الأناضول", "وكالات",
      "الوكالات", "واج", "ومع", "شينخوا", "سبوتنيك", "أسوشيتد برس", "يو بي آي", "Reuters", "AFP", "AP", "DPA",
      "Xinhua", "Anadolu");

  static boolean isDateline(String text) {
    return NAMES.contains(Text.key(text)) || isAgency(text);
  }

  /** Whether {@code text} names a news agency: a known one, or "وكالة …" / "… News Agency" in a few words. */
  static boolean isAgency(String text) {
    String k = Text.key(text);
    if (k.isEmpty()) {
      return false;
    }
    if (AGENCIES.contains(k)) {
      return true;
    }
    String f = io.khabar.text.ArabicFolding.MATCHING.fold(Text.clean(text)).toLowerCase(java.util.Locale.ROOT);
    return Text.words(text) <= 6 && (f.startsWith("وكاله ") || f.endsWith("news agency") || f.startsWith("agence "));
  }

  private static Set<String> fold(String... names) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String n : names) {
      out.add(Text.key(n));
    }
    return Set.copyOf(out);
  }
}
