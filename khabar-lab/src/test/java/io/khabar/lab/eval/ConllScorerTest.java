package io.khabar.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConllScorerTest {
  private static String[] tags(String s) {
    return s.split(" ");
  }

  @Test
  void exactSpanAndTypeCountAsCorrect() {
    ConllScorer s = new ConllScorer();
    s.add(tags("B-PERS I-PERS O B-LOC"), tags("B-PERS I-PERS O B-LOC"));
    assertEquals(1.0, s.overall().f1());
    assertEquals(2, s.overall().gold());
  }

  @Test
  void aPartialSpanIsBothAFalsePositiveAndAMiss() {
    ConllScorer s = new ConllScorer();
    s.add(tags("B-PERS I-PERS O"), tags("B-PERS O O"));
    assertEquals(0.0, s.overall().precision());
    assertEquals(0.0, s.overall().recall());
  }

  @Test
  void aWrongTypeIsWrong() {
    ConllScorer s = new ConllScorer();
    s.add(tags("B-ORG O B-LOC"), tags("B-LOC O B-LOC"));
    assertEquals(0.5, s.overall().precision());
    assertEquals(0.5, s.overall().recall());
    assertEquals(0.0, s.type("ORG").recall());
    assertEquals(1.0, s.type("LOC").recall());
    assertEquals(0.5, s.type("LOC").precision());
  }

  @Test
  void precisionRecallAndF1AsConllevalComputesThem() {
    ConllScorer s = new ConllScorer();
    // gold: PERS(0-2), LOC(3), ORG(5-7); predicted: PERS(0-2), LOC(3), MISC(4), ORG(5-6)
    s.add(tags("B-PERS I-PERS B-LOC O B-ORG I-ORG I-ORG"), tags("B-PERS I-PERS B-LOC B-MISC B-ORG I-ORG O"));
    assertEquals(2.0 / 4, s.overall().precision(), 1e-9);
    assertEquals(2.0 / 3, s.overall().recall(), 1e-9);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.overall().f1(), 1e-9);
  }

  @Test
  void anInsideTagWithoutABeginStartsAnEntityAsInConlleval() {
    ConllScorer s = new ConllScorer();
    s.add(tags("O I-LOC I-LOC B-PERS I-LOC"), tags("O B-LOC I-LOC B-PERS B-LOC"));
    assertEquals(1.0, s.overall().f1());
  }

  @Test
  void noEntitiesScoreZeroWithoutDividingByZero() {
    ConllScorer s = new ConllScorer();
    s.add(tags("O O"), tags("O O"));
    assertEquals(0.0, s.overall().f1());
  }
}
