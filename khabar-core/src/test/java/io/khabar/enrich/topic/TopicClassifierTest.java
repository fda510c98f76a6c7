package io.khabar.enrich.topic;

import io.khabar.model.Topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.enrich.topic.TopicClassifier.Algorithm;
import io.khabar.enrich.topic.TopicClassifier.Training;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
  private static final Map<Topic, List<String>> VOCABULARY = Map.of(
      Topic.SPORT, List.of("مباراة", "فريق", "هدف", "لاعب", "الدوري", "المنتخب", "البطولة", "المدرب"),
      Topic.ECONOMY, List.of("أسعار", "النفط", "البورصة", "الاقتصاد", "السوق", "الاستثمار", "الدولار", "التضخم"),
      Topic.TECHNOLOGY, List.of("تطبيق", "الهاتف", "شركة", "آبل", "الإنترنت", "البرمجيات", "الذكاء", "الاصطناعي"));
  private static final List<String> COMMON = List.of("قال", "اليوم", "العام", "الجديد", "خلال", "أكثر");
  private final TopicFeatures features = new TopicFeatures();

  /** Articles drawn from each topic's words mixed with words every topic uses. */
  private List<TopicSample> corpus(long seed, int perTopic) {
    Random r = new Random(seed);
    List<TopicSample> out = new ArrayList<>();
    for (Topic t : List.of(Topic.SPORT, Topic.ECONOMY, Topic.TECHNOLOGY)) {
      for (int i = 0; i < perTopic; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 12; w++) {
          List<String> from = r.nextInt(3) == 0 ? COMMON : VOCABULARY.get(t);
          text.append(from.get(r.nextInt(from.size()))).append(' ');
        }
        out.add(new TopicSample(t + "-" + i, features.of("", text.toString()), t));
      }
    }
    return out;
  }

  @Test
  void everyLearnerLearnsTopicsAndPredictsUnseenArticles() throws IOException {
    List<TopicSample> train = corpus(1, 40);
    List<TopicSample> test = corpus(2, 10);
    for (Algorithm a : Algorithm.values()) {
      TopicClassifier c = TopicClassifier.train(train, new Training(a, 50, 1));
      long right = test.stream().filter(s -> c.classify(s.features()).orElse(null) == s.topic()).count();
      assertTrue(right >= 27, a + ": " + right + " of 30 right");
    }
  }

  @Test
  void trainingTwiceGivesTheSameBytesAndAReadModelPredictsTheSame() throws IOException {
    List<TopicSample> train = corpus(3, 30);
    byte[] first = bytes(TopicClassifier.train(train, Training.DEFAULT));
    byte[] second = bytes(TopicClassifier.train(train, Training.DEFAULT));
    assertArrayEquals(first, second);
    TopicClassifier read = TopicClassifier.read(new ByteArrayInputStream(first));
    TopicClassifier trained = TopicClassifier.train(train, Training.DEFAULT);
    for (TopicSample s : corpus(4, 5)) {
      assertEquals(trained.classify(s.features()), read.classify(s.features()));
    }
  }

  @Test
  void theShippedModelKnowsObviousArticles() {
    TopicClassifier c = TopicClassifier.load();
    assertEquals(Optional.of(Topic.SPORT), c.classify("ريال مدريد يفوز على برشلونة",
        "فاز فريق ريال مدريد على برشلونة بهدفين في مباراة الدوري الإسباني لكرة القدم وسجل اللاعب الهدف الثاني"));
    assertEquals(Optional.of(Topic.ECONOMY), c.classify("ارتفاع أسعار النفط",
        "ارتفعت أسعار النفط في الأسواق العالمية وصعد خام برنت مع تراجع المخزونات وارتفاع الطلب"));
    assertEquals(Optional.of(Topic.TECHNOLOGY), c.classify("آبل تطلق هاتفاً جديداً",
        "أعلنت شركة آبل عن هاتف آيفون جديد بمعالج أسرع وكاميرا محسنة ونظام تشغيل جديد وتطبيقات"));
  }

  @Test
  void anArticleWithoutWordsHasNoTopic() {
    assertEquals(Optional.empty(), TopicClassifier.load().classify("", "  ... ،،، !!! "));
  }

  private static byte[] bytes(TopicClassifier c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.write(out);
    return out.toByteArray();
  }
}
