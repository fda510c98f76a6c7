package io.khabar.web.pages;

/** What error.jte shows: an Arabic heading and message, with the English beside it. */
public record ErrorView(int status, String heading, String arabic, String english) {

  public static ErrorView badRequest(String arabic, String english) {
    return new ErrorView(400, "طلب غير صالح", arabic, english);
  }

  public static ErrorView notFound(String arabic, String english) {
    return new ErrorView(404, "غير موجود", arabic, english);
  }

  public static ErrorView internal() {
    return new ErrorView(500, "حدث خطأ", "حدث خطأ غير متوقع في الخادم. حاول مرة أخرى بعد قليل.",
        "Something went wrong on the server. Please try again later.");
  }

  public static ErrorView other(int status) {
    return new ErrorView(status, "تعذّر تنفيذ الطلب", "تعذّر تنفيذ هذا الطلب.", "The request could not be served.");
  }
}
