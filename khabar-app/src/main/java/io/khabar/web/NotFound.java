package io.khabar.web;

/** Something asked for by id that the store does not have. */
public final class NotFound extends RuntimeException {
  private final String arabic;

  public NotFound(String english, String arabic) {
    super(english);
    this.arabic = arabic;
  }

  public static NotFound article(String id) {
    return new NotFound("no article with id '" + Params.shorten(id) + "'", "لم نجد هذا المقال.");
  }

  public static NotFound story(String id) {
    return new NotFound("no story with id '" + Params.shorten(id) + "'", "لم نجد هذه القصة.");
  }

  public static NotFound entity(String key) {
    return new NotFound("no article mentions an entity with key '" + Params.shorten(key) + "'",
        "لم نجد مقالات تذكر هذا الاسم.");
  }

  public static NotFound topic(String key) {
    return new NotFound("no topic '" + Params.shorten(key) + "'; topics: "
        + io.khabar.model.Topic.keys(), "لا يوجد موضوع بهذا الاسم.");
  }

  /** A page number past the last page (the pager never links there). */
  public static NotFound page(int page, int pages) {
    return new NotFound("page " + page + " is past the last page (" + Math.max(pages, 1) + ")",
        "هذه الصفحة غير موجودة: عدد الصفحات " + Math.max(pages, 1) + ".");
  }

  public String english() {
    return getMessage();
  }

  public String arabic() {
    return arabic;
  }
}
