package io.khabar.web;

/**
 * "3 مقالات", "11 مقالاً": in Arabic the counted noun's form depends on the number, so a bare
 * "N مقالات" reads wrong for most N.
 */
public final class ArabicCounts {
  private ArabicCounts() {}

  public static String articles(long n) {
    return counted(n, "مقال واحد", "مقالان", "مقالات", "مقالاً", "مقال");
  }

  public static String outlets(long n) {
    return counted(n, "مصدر واحد", "مصدران", "مصادر", "مصدراً", "مصدر");
  }

  static String counted(long n, String one, String two, String few, String many, String hundreds) {
    if (n == 1) {
      return one;
    }
    if (n == 2) {
      return two;
    }
    long lastTwo = n % 100;
    if (lastTwo >= 3 && lastTwo <= 10) {
      return n + " " + few;
    }
    if (lastTwo >= 11) {
      return n + " " + many;
    }
    return n + " " + hundreds; // 0, 100, 101, 102, ...
  }
}
