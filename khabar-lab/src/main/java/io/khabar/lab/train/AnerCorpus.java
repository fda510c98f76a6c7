package io.khabar.lab.train;

import io.khabar.enrich.ner.TaggedSentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ANERcorp's CoNLL-like files: {@code token TAG} per line, a blank line between sentences, an optional
 * {@code -DOCSTART-} line. A line that is not two fields is reported with its number and skipped.
 */
public final class AnerCorpus {
  private AnerCorpus() {}

  public static List<TaggedSentence> read(Path file) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty()) {
        add(out, tokens, tags);
        continue;
      }
      if (t.startsWith("-DOCSTART-")) {
        continue;
      }
      int space = t.lastIndexOf(' ');
      if (space <= 0) {
        System.err.println(file + ":" + lineNo + ": not 'token TAG', skipped: " + t);
        continue;
      }
      tokens.add(t.substring(0, space).strip());
      tags.add(t.substring(space + 1));
    }
    add(out, tokens, tags);
    return out;
  }

  private static void add(List<TaggedSentence> out, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      out.add(new TaggedSentence(tokens.toArray(new String[0]), tags.toArray(new String[0])));
      tokens.clear();
      tags.clear();
    }
  }
}
