package io.khabar.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  @Test
  void weightsAreUnitLength() {
    TermVector v = new TermVector(Map.of("روسيا", 3.0, "صين", 4.0));
    assertEquals(0.6, v.weight("روسيا"), 1e-12);
    assertEquals(0.8, v.weight("صين"), 1e-12);
    assertEquals(0.0, v.weight("يمن"));
  }

  @Test
  void cosineIsSymmetricAndOneForItself() {
    TermVector a = new TermVector(Map.of("روسيا", 3.0, "صين", 4.0));
    TermVector b = new TermVector(Map.of("روسيا", 1.0, "يمن", 1.0, "بحرين", 1.0));
    assertEquals(1.0, a.cosine(a), 1e-12);
    assertEquals(a.cosine(b), b.cosine(a), 1e-12);
    assertEquals(0.6 / Math.sqrt(3), a.cosine(b), 1e-12);
    assertEquals(0.0, a.cosine(new TermVector(Map.of("نفط", 2.0))));
  }

  @Test
  void emptyVectorIsOrthogonalToAll() {
    TermVector empty = new TermVector(Map.of());
    assertEquals(0.0, empty.cosine(new TermVector(Map.of("روسيا", 1.0))));
  }

  @Test
  void topAndTopShared() {
    TermVector a = new TermVector(Map.of("a", 5.0, "b", 3.0, "c", 1.0));
    TermVector b = new TermVector(Map.of("b", 5.0, "c", 5.0, "d", 1.0));
    assertEquals(List.of("a", "b"), a.top(2));
    assertEquals(List.of("b", "c"), a.topShared(b, 5)); // a has no d; b·b > c·c
    assertEquals(List.of("b"), a.topShared(b, 1));
  }
}
