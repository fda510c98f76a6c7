package io.khabar.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did: counts, and each skipped record with where and why (the first few hundred kept verbatim). */
public final class ImportSummary {
  static final int MAX_MESSAGES = 500;

  private long added;
  private long updated;
  private long unchanged;
  private long skipped;
  private final Map<String, Long> skipReasons = new TreeMap<>();
  private final List<String> messages = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();

  void unreadable(String file, String reason) {
    unreadable.add(file + ": " + reason);
  }

  /** Inputs that could not be read (or not to their end), each "file: reason". */
  public List<String> unreadable() {
    return Collections.unmodifiableList(unreadable);
  }

  /** True when every input was read through (records may still have been skipped, each reported). */
  public boolean allInputsRead() {
    return unreadable.isEmpty();
  }

  void count(io.khabar.model.PutResult result) {
    switch (result) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
  }

  void skipped(String origin, String reason) {
    skipped++;
    skipReasons.merge(reasonKind(reason), 1L, Long::sum);
    if (messages.size() < MAX_MESSAGES) {
      messages.add(origin + ": " + reason);
    }
  }

  /** Groups messages by the kind of problem, not by the details (e.g. the broken JSON's position). */
  private static String reasonKind(String reason) {
    int colon = reason.indexOf(':');
    return colon > 0 ? reason.substring(0, colon) : reason;
  }

  public long added() {
    return added;
  }

  public long updated() {
    return updated;
  }

  public long unchanged() {
    return unchanged;
  }

  public long skipped() {
    return skipped;
  }

  /** Articles read without problem, whether new, updated or unchanged. */
  public long read() {
    return added + updated + unchanged;
  }

  public Map<String, Long> skipReasons() {
    return Collections.unmodifiableMap(skipReasons);
  }

  public List<String> messages() {
    return Collections.unmodifiableList(messages);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("imported ").append(added).append(", updated ").append(updated)
        .append(", unchanged ").append(unchanged).append(", skipped ").append(skipped);
    skipReasons.forEach((r, n) -> b.append("\n  skipped ").append(n).append(": ").append(r));
    if (!unreadable.isEmpty()) {
      b.append("\n").append(unreadable.size()).append(unreadable.size() == 1 ? " input" : " inputs").append(" could not be read:");
      unreadable.forEach(u -> b.append("\n  ").append(u));
    }
    return b.toString();
  }
}
