package io.khabar.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.model.Article;
import io.khabar.dedup.NearDuplicates;
import io.khabar.dedup.Shingles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation on two small SaudiNewsNet-format zips with planted copies. Expected figures are computed
 * here by brute force (every pair of articles, exact Jaccard by merge), independently of the joins.
 */
class NearDupEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  static Path folder;

  /**
   * 57 articles: 40 unrelated stories of 150 words; 8 near copies (2 words changed: J ≈ 0.87); story 10
   * twice more and story 11 three times more (once with diacritics and ة/ه swapped, which normalization
   * undoes), i.e. 4 identical pairs; 6 rewrites with 8 words changed (J ≈ 0.57).
   */
  @BeforeAll
  static void writeCorpus() throws IOException {
    Random random = new Random(42);
    List<String> vocabulary = new ArrayList<>();
    while (vocabulary.size() < 3000) {
      vocabulary.add(randomWord(random));
    }
    List<String> stories = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 150; w++) {
        words.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      stories.add(String.join(" ", words));
    }
    List<String> day1 = new ArrayList<>(stories.subList(0, 25));
    List<String> day2 = new ArrayList<>(stories.subList(25, 40));
    for (int i = 0; i < 8; i++) {
      day2.add(replaceWords(stories.get(i), new int[] {30, 100}, random, vocabulary));
    }
    day2.add(stories.get(10));
    day1.add(stories.get(11));
    day2.add(stories.get(11).replace("ب", "بَ").replace("ة", "ه")); // diacritics and ة/ه only: identical shingles
    for (int i = 20; i < 26; i++) {
      day2.add(replaceWords(stories.get(i), new int[] {10, 28, 46, 64, 82, 100, 118, 136}, random, vocabulary));
    }
    writeZip(folder.resolve("2015-07-21.zip"), day1, "day1");
    writeZip(folder.resolve("2015-07-22.zip"), day2, "day2");
  }

  @Test
  void truthAndDefaultsMatchBruteForce() throws IOException {
    NearDuplicateEvaluation.Result r = new NearDuplicateEvaluation(folder, QUIET, NearDuplicates.defaults(), 1).measure();
    assertEquals(57, r.articles());
    assertEquals(54, r.distinctSets()); // groups of 2 (story 10) and 3 (story 11)
    assertEquals(4, r.identicalPairs());
    Brute brute = brute(NearDuplicates.defaults(), 0.8);
    assertEquals(12, brute.truePairs); // 8 near copies and 4 identical pairs, as planted
    NearDupScore s = r.score(0.8);
    assertEquals(brute.truePairs, s.truth());
    assertEquals(brute.truePairs, s.predicted());
    assertEquals(brute.truePairs, s.found());
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    assertEquals(8, s.truthDistinct());
    assertTrue(r.missed().isEmpty());
    assertEquals(distinctPairsSharingABand(NearDuplicates.defaults()), r.candidates()); // each verified once

    NearDupScore loose = r.score(0.5);
    Brute brute05 = brute(NearDuplicates.defaults(), 0.5);
    assertEquals(brute.truePairs + 6, brute05.truePairs, "the 6 rewrites are pairs at 0.5");
    assertEquals(brute05.truePairs, loose.truth());
    assertEquals(brute05.sharingABand, loose.found());
  }

  @Test
  void aWeakLshLosesRecallButNotPrecision() throws IOException {
    // One band of 40 rows: a pair at J = 0.87 shares it with probability 0.004, identical sets always.
    NearDuplicates weak = new NearDuplicates(5, 1, 40, 0.8);
    NearDuplicateEvaluation.Result r = new NearDuplicateEvaluation(folder, QUIET, weak, 1).measure();
    Brute brute = brute(weak, 0.8);
    NearDupScore s = r.score(0.8);
    assertEquals(brute.truePairs, s.truth());
    assertEquals(brute.sharingABand, s.predicted());
    assertEquals(brute.sharingABand, s.found());
    assertEquals(1.0, s.precision());
    assertEquals((double) brute.sharingABand / brute.truePairs, s.recall(), 1e-12);
    assertTrue(s.recall() < 0.5, "recall " + s.recall());
    assertEquals(s.truthDistinct() - s.foundDistinct(), r.missed().size());
  }

  @Test
  void scoresCountArticlePairsBehindDistinctSets() {
    // Set 0 stands for two identical articles (one identical pair); sets 1-3 for one article each.
    List<long[]> sets = List.of(new long[] {1, 2}, new long[] {1, 2}, new long[] {3}, new long[] {4}, new long[] {5});
    NearDupCorpus corpus = NearDupCorpus.fromSets(sets);
    assertEquals(4, corpus.distinct());
    assertEquals(1, corpus.identicalPairs());
    NearDupPairs truth = new NearDupPairs.Builder().add(0, 1, 0.9).add(2, 1, 0.85).add(0, 3, 0.6).build();
    NearDupPairs predicted = new NearDupPairs.Builder().add(1, 0, 0.9).add(2, 3, 0.95).add(2, 3, 0.95).build();
    NearDupScore s = NearDupScore.of(0.8, truth, predicted, corpus);
    // Articles: truth = 1 identical + (0,1)×2 + (1,2) = 4; predicted = 1 + 2 + (2,3) = 4; found = 1 + 2 = 3.
    assertEquals(4, s.truth());
    assertEquals(4, s.predicted());
    assertEquals(3, s.found());
    assertEquals(0.75, s.precision());
    assertEquals(0.75, s.recall());
    assertEquals(0.5, s.precisionDistinct());
    assertEquals(0.5, s.recallDistinct());
    NearDupScore none = NearDupScore.of(0.99, truth, predicted, NearDupCorpus.fromSets(List.of(new long[] {1})));
    assertTrue(Double.isNaN(none.precision()));
  }

  @Test
  void theReportIsMarkdownWithMachineAndCitation() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String md = new NearDuplicateEvaluation(folder, new PrintStream(log, true, "UTF-8"), NearDuplicates.defaults(), 1)
        .run().markdown();
    assertTrue(md.startsWith("## Near-duplicate detection"), md);
    assertTrue(md.contains("| **0.8** (threshold) | 12 | 12 | 12 | 1.0000 | 1.0000 | 8 / 8 |"), md);
    assertTrue(md.contains("| 0.5 (extra) |"), md);
    assertTrue(md.contains("| 0.9 (extra) |"), md);
    assertTrue(md.contains("speed ratio"), md);
    assertTrue(md.contains("Machine: " + BenchmarksDoc.machine()), md);
    assertTrue(md.contains("Alhagri"), md);
    assertTrue(log.toString("UTF-8").contains("read 57 articles"));
  }

  /** Brute force over article pairs: J ≥ t, and of those, how many share a band key. */
  private record Brute(long truePairs, long sharingABand) {}

  private static Brute brute(NearDuplicates nd, double t) throws IOException {
    List<Article> articles = SharedData.read(folder);
    List<NearDuplicates.Signature> sigs = new ArrayList<>();
    for (Article a : articles) {
      sigs.add(nd.signature(a.text()));
    }
    long truePairs = 0;
    long sharing = 0;
    for (int i = 0; i < sigs.size(); i++) {
      for (int j = i + 1; j < sigs.size(); j++) {
        if (Shingles.jaccard(sigs.get(i).shingles(), sigs.get(j).shingles()) >= t) {
          truePairs++;
          sharing += nd.sharesBand(sigs.get(i), sigs.get(j)) ? 1 : 0;
        }
      }
    }
    return new Brute(truePairs, sharing);
  }

  /** Candidates LSH must verify: pairs of distinct shingle sets that share a band key, counted once. */
  private static long distinctPairsSharingABand(NearDuplicates nd) throws IOException {
    List<long[]> sets = new ArrayList<>();
    for (Article a : SharedData.read(folder)) {
      sets.add(Shingles.of(a.text()));
    }
    NearDupCorpus corpus = NearDupCorpus.fromSets(sets);
    long n = 0;
    for (int i = 0; i < corpus.distinct(); i++) {
      for (int j = i + 1; j < corpus.distinct(); j++) {
        n += nd.sharesBand(nd.signature(corpus.sets[i]), nd.signature(corpus.sets[j])) ? 1 : 0;
      }
    }
    return n;
  }

  private static String replaceWords(String story, int[] positions, Random random, List<String> vocabulary) {
    String[] words = story.split(" ");
    for (int p : positions) {
      words[p] = vocabulary.get(random.nextInt(vocabulary.size())) + "x"; // never equal to the old word
    }
    return String.join(" ", words);
  }

  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية";

  private static String randomWord(Random random) {
    StringBuilder w = new StringBuilder();
    int len = 3 + random.nextInt(5);
    for (int i = 0; i < len; i++) {
      w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return w.toString();
  }

  private static void writeZip(Path zip, List<String> texts, String day) throws IOException {
    ArrayNode array = JSON.createArrayNode();
    for (int i = 0; i < texts.size(); i++) {
      ObjectNode o = array.addObject();
      o.put("source", i % 2 == 0 ? "spa" : "okaz");
      o.put("url", "http://example.com/" + day + "/" + i);
      o.put("date_extracted", "2015-07-21 10:00:00");
      o.put("title", "خبر " + i);
      o.put("author", "");
      o.put("content", texts.get(i));
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(zip.getFileName().toString().replace(".zip", ".json")));
      out.write(JSON.writeValueAsBytes(array));
      out.closeEntry();
    }
  }
}
