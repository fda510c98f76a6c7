package io.khabar.lab.harden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20 seeded trials: {@code khabar import --ack} is SIGKILLed at random moments (1 or 2 times in a
 * row), then rerun to completion. No acknowledged article may be lost or doubled, and the resumed
 * import must end exactly where an uninterrupted one does. {@code ./khabar bench --only crash} runs more.
 */
class CrashSafetyIT {

  @Test
  void killedImportsLoseNothingAcknowledgedAndResumeToTheSameStories(@TempDir Path work) throws Exception {
    Path corpus = SampleCorpus.firstArticles(240, work.resolve("corpus.jsonl"));
    CrashTrials.Report r = new CrashTrials(new CrashTrials.Config(corpus, 20, 20, 2, 7, work), System.out).run();

    assertTrue(r.problems().isEmpty(), String.join("\n", r.problems()));
    assertTrue(r.killsBetweenCommits() > 0, "no kill struck a running import after a commit: nothing was tested " + r);
  }
}
