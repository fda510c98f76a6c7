package io.khabar.cli;

/** Turns an exception into one line a user can act on. */
public final class Errors {
  private Errors() {}

  public static String describe(Throwable e) {
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = e.getClass().getSimpleName();
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !msg.contains(cause.getMessage())) {
      msg += " (" + cause.getMessage() + ")";
    }
    return msg;
  }
}
