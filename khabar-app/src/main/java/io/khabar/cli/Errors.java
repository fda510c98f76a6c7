package io.khabar.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an exception into one sentence a user can act on: what is wrong and what to do, never an
 * exception's class name or a stack trace ({@code KHABAR_DEBUG=1} prints the trace as well).
 */
public final class Errors {
  private Errors() {}

  public static String describe(Throwable e) {
    if (System.getenv("KHABAR_DEBUG") != null) {
      e.printStackTrace();
    }
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null && e.getMessage() != null
        && e.getMessage().startsWith(e.getCause().getClass().getName()) ? e.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "there is no file or folder " + t.getMessage() + "; check the path";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied on " + t.getMessage() + "; check the file's owner and mode";
    }
    if (t instanceof NotDirectoryException) {
      return t.getMessage() + " is not a folder; give a folder";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give Java more (KHABAR_JAVA_OPTS=-Xmx4g) or import fewer files at once";
    }
    if (fromLucene(t)) {
      return "the store could not be read (it may be damaged); run khabar check --data DIR to find out and how to recover";
    }
    String msg = t.getMessage();
    if (msg == null || msg.isBlank() || looksInternal(msg)) {
      return "khabar stopped on an unexpected internal error; run it again with KHABAR_DEBUG=1 to see where, and report it";
    }
    Throwable cause = t.getCause();
    if (cause != null && cause.getMessage() != null && !msg.contains(cause.getMessage()) && !looksInternal(cause.getMessage())) {
      msg += " (" + cause.getMessage() + ")";
    }
    return msg;
  }

  /** An exception raised inside Lucene while reading: the store's bytes are not what they should be. */
  private static boolean fromLucene(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getName().startsWith("org.apache.lucene.")) {
        return true;
      }
      StackTraceElement[] st = c.getStackTrace();
      if (st.length > 0 && st[0].getClassName().startsWith("org.apache.lucene.")
          && (c instanceof IndexOutOfBoundsException || c instanceof IllegalStateException || c instanceof java.io.IOException)) {
        return true;
      }
    }
    return false;
  }

  /** Text meant for a programmer: a class name or an index bound. */
  private static boolean looksInternal(String msg) {
    return msg.matches("(?s).*\\b(java|javax|org|com|io)\\.[a-z]+\\.[A-Za-z.$]*.*") || msg.contains("out of bounds")
        || msg.contains("Exception") || msg.contains("arraycopy");
  }
}
