package io.khabar.cli;

/** A mistake of the user's (an unknown id, a missing file): a clear message and exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
