package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Every {@code ./khabar …} example of the README (code blocks and inline code), checked against the demo
 * store: the reading commands are run on it and must exit 0 (issue 15: `similar` and `story` examples named
 * ids the demo does not hold and exited 2); the others (they write, serve, reach the network or the shared
 * data) are parsed, so that every command and option they use exists. The lab's commands are its own.
 */
final class ReadmeExamples {
  static final Set<String> RUN = Set.of("similar", "story", "stories", "search", "check");
  static final Set<String> LAB = Set.of("eval", "bench", "train-ner", "train-topics", "build-lexicon", "build-background",
      "sample");
  private static final Pattern INLINE = Pattern.compile("`(?:[A-Z_]+=\\S+ )?\\./khabar ([^`]*)`");

  private ReadmeExamples() {}

  static Path readme() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path r = p.resolve("README.md");
      if (Files.exists(r) && Files.exists(p.resolve("khabar-app"))) {
        return r;
      }
    }
    throw new AssertionError("README.md not found above " + Path.of("").toAbsolutePath());
  }

  /** The examples, each as the arguments after {@code ./khabar}. */
  static List<List<String>> examples(String readme) {
    List<List<String>> all = new ArrayList<>();
    boolean fenced = false;
    for (String line : readme.split("\n")) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced && line.startsWith("./khabar")) {
        all.add(words(line.substring("./khabar".length())));
      } else if (!fenced) {
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
          all.add(words(m.group(1)));
        }
      }
    }
    return all;
  }

  /** Shell words: double quotes group, a redirection ends the command. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(s);
    while (m.find()) {
      String w = m.group(1) != null ? m.group(1) : m.group(2);
      if (m.group(1) == null && (w.equals(">") || w.equals("|"))) {
        break;
      }
      out.add(w);
    }
    return out;
  }

  static void check(Path demoData) throws IOException {
    List<List<String>> examples = examples(Files.readString(readme()));
    assertTrue(examples.size() >= 20, "the README's examples were found: " + examples);
    int ran = 0;
    for (List<String> ex : examples) {
      if (ex.isEmpty() || LAB.contains(ex.get(0))) {
        continue;
      }
      String shown = "./khabar " + String.join(" ", ex);
      if (RUN.contains(ex.get(0))) {
        List<String> args = new ArrayList<>(ex);
        int data = args.indexOf("--data");
        if (data >= 0) {
          args.set(data + 1, demoData.toString()); // the example's own folder stands for the demo's
        } else {
          args.add("--data");
          args.add(demoData.toString());
        }
        CliIT.Result r = CliIT.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), shown + " on the demo store: " + r.err());
        assertFalse(r.out().isBlank(), shown + " printed nothing");
        ran++;
      } else {
        try {
          new CommandLine(new Main()).parseArgs(ex.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
          throw new AssertionError(shown + " does not parse: " + e.getMessage(), e);
        }
      }
    }
    assertTrue(ran >= 4, "similar, story, stories and search examples ran");
  }
}
