package io.khabar.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/** A sentence of tokens with their BIO tags (B-PERS, I-LOC, O...), as in ANERcorp. */
public record TaggedSentence(String[] tokens, String[] tags) {

  /** The entities as spans [start, end) with the corpus type (PERS, LOC, ORG, MISC), conlleval-style. */
  public List<TypedSpan> spans() {
    return spansOf(tags);
  }

  public static List<TypedSpan> spansOf(String[] tags) {
    List<TypedSpan> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (inside) {
        continue;
      }
      if (type != null) {
        out.add(new TypedSpan(start, i, type));
        type = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-")) { // an I- that follows nothing of its type starts one
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }

  /** An entity mention: tokens [start, end) of one type. */
  public record TypedSpan(int start, int end, String type) {}
}
