package io.khabar.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's commands answer --help, and the product's are not among them (they live in khabar-app's jar). */
class LabMainTest {

  @Test
  void everyLabCommandHasHelp() {
    for (String cmd : List.of("eval", "bench", "train-ner", "train-topics", "build-lexicon", "sample")) {
      String out = run(cmd, "--help");
      assertTrue(out.contains("Usage: khabar " + cmd), cmd + ": " + out);
    }
  }

  @Test
  void productCommandsAreNotInTheLab() {
    assertEquals(2, LabMain.run("import"));
  }

  private static synchronized String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, LabMain.run(args), String.join(" ", args));
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(old);
    }
  }
}
