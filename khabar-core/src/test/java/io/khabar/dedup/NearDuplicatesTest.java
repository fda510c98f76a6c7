package io.khabar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.dedup.NearDuplicates.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  /** A made-up wire story of about 260 words, long enough for one changed sentence to stay under 20%. */
  static final String STORY = String.join(" ",
      "أعلنت وزارة الصحة في المملكة العربية السعودية يوم الأحد عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية في جميع المناطق.",
      "وقال المتحدث الرسمي باسم الوزارة في مؤتمر صحفي عقده في الرياض إن الحملة تستهدف أكثر من خمسة ملايين شخص خلال الأسابيع المقبلة،",
      "وإن الأولوية ستكون لكبار السن والأطفال والحوامل والمصابين بالأمراض المزمنة مثل السكري وأمراض القلب والربو.",
      "وأضاف أن اللقاحات متوفرة مجانا في أكثر من ألفي مركز صحي ومستشفى حكومي، وأن المواطنين والمقيمين يستطيعون حجز مواعيدهم",
      "عبر التطبيق الإلكتروني للوزارة أو بالاتصال على الرقم الموحد، مشيرا إلى أن فرقا متنقلة ستزور المدارس والجامعات ودور الرعاية.",
      "وأوضح أن الوزارة رصدت خلال الموسم الماضي ارتفاعا ملحوظا في حالات الإصابة بالإنفلونزا، خاصة في المدن الكبرى،",
      "وأن التطعيم المبكر يقلل من خطر المضاعفات ودخول المستشفيات بنسبة كبيرة بحسب الدراسات العلمية الحديثة.",
      "ودعا المتحدث جميع أفراد المجتمع إلى المبادرة بأخذ اللقاح وعدم الالتفات إلى الشائعات المنتشرة في وسائل التواصل الاجتماعي،",
      "مؤكدا أن اللقاح آمن وفعال وقد اعتمدته منظمة الصحة العالمية والهيئة العامة للغذاء والدواء بعد مراجعة دقيقة.",
      "من جهة أخرى، أشار إلى أن الوزارة ستنشر تقارير أسبوعية عن سير الحملة وعدد المستفيدين في كل منطقة،",
      "وأنها تعمل بالتنسيق مع وزارة التعليم ووزارة الموارد البشرية لضمان وصول اللقاح إلى العاملين في القطاعين العام والخاص.",
      "وتأتي هذه الحملة ضمن برنامج تحول القطاع الصحي الذي يهدف إلى تعزيز الوقاية من الأمراض وتحسين جودة الخدمات المقدمة للسكان،",
      "وقد شهدت الحملات المماثلة في الأعوام السابقة إقبالا واسعا من المواطنين والمقيمين في مختلف مدن المملكة ومحافظاتها.",
      "واختتم المتحدث المؤتمر بالتأكيد على أن صحة المجتمع مسؤولية مشتركة، وأن الوزارة ستواصل جهودها لحماية الجميع من الأمراض المعدية.");

  /** The same story as another outlet runs it: its own lead sentence, some diacritics, other letter forms. */
  static final String COPY = STORY
      .replace("أعلنت وزارة الصحة في المملكة العربية السعودية يوم الأحد عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية في جميع المناطق.",
          "الرياض - واس: انطلقت اليوم حملة التطعيم ضد الإنفلونزا في مناطق المملكة.")
      .replace("وقال المتحدث", "وَقَالَ المُتَحَدِّث")
      .replace("الإنفلونزا", "الانفلونزا")
      .replace("مستشفى", "مستشفي")
      .replace("الصحة العالمية", "الصحه العالميه")
      .replace("ألفي", "الفي");

  /** A story about something else. */
  static final String OTHER = String.join(" ",
      "تعادل فريق الهلال مع ضيفه النصر بهدفين لمثلهما في المباراة التي أقيمت مساء الجمعة على ملعب الملك فهد الدولي",
      "ضمن منافسات الجولة العاشرة من الدوري السعودي للمحترفين، وسط حضور جماهيري كبير تجاوز خمسين ألف مشجع.",
      "وتقدم الهلال بهدف مبكر في الدقيقة السابعة قبل أن يعادل النصر النتيجة من ركلة جزاء في نهاية الشوط الأول،",
      "ثم تبادل الفريقان التسجيل في الشوط الثاني لتنتهي المباراة بالتعادل الذي أبقى الهلال في صدارة الترتيب.",
      "وقال مدرب النصر بعد المباراة إن فريقه قدم أداء جيدا وكان قريبا من تحقيق الفوز لولا سوء الحظ في الدقائق الأخيرة.");

  private final NearDuplicates nd = NearDuplicates.defaults();

  @Test
  void aWireCopyWithAnotherLeadIsANearDuplicate() {
    Signature story = nd.signature(STORY);
    Signature copy = nd.signature(COPY);
    assertNotEquals(STORY, COPY);
    double j = nd.jaccard(story, copy);
    assertTrue(j >= 0.8 && j < 1, "Jaccard " + j);
    assertTrue(nd.isNearDuplicate(story, copy));
    assertTrue(nd.sharesBand(story, copy));
  }

  @Test
  void diacriticsLetterFormsAndDigitFormsAloneChangeNothing() {
    String plain = "قال المتحدث إن 25 مركزا صحيا في مكة المكرمة ستستقبل المراجعين يوميا";
    String dressed = "قَالَ المُتَحَدِّثُ: إنّ ٢٥ مَرْكَزاً صحياً في مكّة المكرمه ستستقبل المراجعين يوميـــا!";
    assertEquals(nd.signature(plain), nd.signature(dressed));
  }

  @Test
  void anUnrelatedStoryIsFarApart() {
    Signature story = nd.signature(STORY);
    Signature other = nd.signature(OTHER);
    assertTrue(nd.jaccard(story, other) < 0.05, "Jaccard " + nd.jaccard(story, other));
    assertFalse(nd.isNearDuplicate(story, other));
    assertFalse(nd.sharesBand(story, other));
  }

  @Test
  void aCopyWithHalfItsTextRewrittenIsNotANearDuplicate() {
    String[] sentences = STORY.split("(?<=[.،,])\\s+");
    StringBuilder half = new StringBuilder();
    for (int i = 0; i < sentences.length; i++) {
      half.append(i % 2 == 0 ? sentences[i] : OTHER).append(' ');
    }
    Signature a = nd.signature(STORY);
    Signature b = nd.signature(half.toString());
    assertTrue(nd.jaccard(a, b) < 0.8, "Jaccard " + nd.jaccard(a, b));
    assertFalse(nd.isNearDuplicate(a, b));
  }

  @Test
  void signaturesAreTheSameAcrossInstances() {
    Signature a = NearDuplicates.defaults().signature(STORY);
    Signature b = new NearDuplicates(5, 20, 6, 0.8).signature(new String(STORY.toCharArray()));
    assertEquals(a, b);
    assertEquals(20, a.bandKeys().size());
    assertTrue(a.bandKeys().get(7).matches("b07:[0-9a-f]{16}"), a.bandKeys().get(7));
  }

  @Test
  void keysAreFixedAcrossRunsAndMachines() {
    // Pinned value: if this changes, every stored band key stops matching; change it only on purpose.
    assertEquals("b00:3a45b24a552e042e", nd.signature("واحد اثنان ثلاثة أربعة خمسة ستة").bandKeys().get(0));
  }

  @Test
  void emptyTextsHaveNoKeysAndMatchNothing() {
    Signature empty = nd.signature("");
    Signature punctuation = nd.signature(" ... !! ، ؟ ");
    assertTrue(empty.isEmpty());
    assertEquals(List.of(), empty.bandKeys());
    assertEquals(0, punctuation.shingles().length);
    assertEquals(0.0, nd.jaccard(empty, punctuation));
    assertFalse(nd.isNearDuplicate(empty, punctuation));
    assertFalse(nd.sharesBand(empty, punctuation));
    assertFalse(nd.isNearDuplicate(empty, nd.signature(STORY)));
  }

  @Test
  void oneWordTextsHaveOneShingle() {
    Signature a = nd.signature("السعودية");
    Signature b = nd.signature("  السعوديّة. ");
    assertEquals(1, a.shingles().length);
    assertEquals(a, b);
    assertTrue(nd.isNearDuplicate(a, b));
    assertFalse(nd.isNearDuplicate(a, nd.signature("مصر")));
  }

  @Test
  void shortTextsAreOneShingleOfAllTheirWords() {
    assertEquals(1, Shingles.of("ثلاث كلمات فقط").length);
    assertEquals(1, Shingles.of("خمس كلمات في هذا النص").length);
    assertEquals(2, Shingles.of("ست كلمات في هذا النص تماما").length);
    // Order matters, and a short text's one shingle differs from the same words inside a longer run.
    assertNotEquals(Shingles.of("كلمات فقط ثلاث")[0], Shingles.of("ثلاث كلمات فقط")[0]);
  }

  @Test
  void thresholdIsConfigurable() {
    NearDuplicates loose = new NearDuplicates(5, 20, 6, 0.3);
    String[] sentences = STORY.split("(?<=[.،,])\\s+");
    String firstHalf = String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length / 2));
    Signature a = loose.signature(STORY);
    Signature b = loose.signature(firstHalf);
    double j = loose.jaccard(a, b);
    assertTrue(j > 0.3 && j < 0.8, "Jaccard " + j);
    assertTrue(loose.isNearDuplicate(a, b));
    assertFalse(nd.isNearDuplicate(nd.signature(STORY), nd.signature(firstHalf)));
  }

  @Test
  void badParametersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0, 20, 6, 0.8));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(5, 0, 6, 0.8));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(5, 20, 0, 0.8));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(5, 20, 6, 0));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(5, 20, 6, 1.1));
  }
}
