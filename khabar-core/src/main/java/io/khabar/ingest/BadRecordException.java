package io.khabar.ingest;

/** A record that cannot become an article; {@code line} is 1-based, 0 when unknown. */
public final class BadRecordException extends Exception {
  private final int line;

  public BadRecordException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
