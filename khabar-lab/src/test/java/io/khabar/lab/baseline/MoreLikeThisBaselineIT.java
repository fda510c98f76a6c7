package io.khabar.lab.baseline;

import io.khabar.store.lucene.LuceneStore;

import static io.khabar.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.KhabarAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoreLikeThisBaselineIT {
  @TempDir Path dir;

  @Test
  void findsTheSameEventAndScoresPairs() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir.resolve("index"))) {
      store.put(article("y1").title("روسيا تدين الضربات على اليمن").text("أدانت روسيا الضربات الأمريكية البريطانية على مواقع الحوثيين في اليمن").build());
      store.put(article("y2").title("مجلس الأمن يبحث الضربات على اليمن").text("بحث مجلس الأمن الضربات الأمريكية البريطانية على الحوثيين في اليمن بطلب من روسيا").build());
      store.put(article("f").title("الهلال يفوز على النصر").text("فاز الهلال على النصر في الدوري السعودي").build());
      store.put(article("m").title("مهرجان الموسيقى في القاهرة").text("انطلق مهرجان الموسيقى العربية في القاهرة").build());
      store.commit();
      MoreLikeThisBaseline mlt = new MoreLikeThisBaseline(store, KhabarAnalyzer.create());
      List<String> similar = mlt.similar("y1", 3);
      assertEquals("y2", similar.get(0));
      assertFalse(similar.contains("y1"));
      assertEquals(List.of(), mlt.similar("unknown", 3));
      double same = mlt.pairScore("y1", "y2");
      assertTrue(same > 0 && same <= 1, "" + same);
      assertTrue(same > mlt.pairScore("y1", "f"));
      assertTrue(Double.isNaN(mlt.pairScore("y1", "unknown")));
    }
  }
}
