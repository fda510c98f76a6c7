package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceCreditTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"المصدر: الجزيرة | الجزيرة", "المصدر : وكالة الأنباء الكويتية (كونا) | وكالة الأنباء الكويتية (كونا)",
      "(نقلا عن رويترز) | رويترز", "نقلاً عن: وكالة الأنباء السعودية (واس) | وكالة الأنباء السعودية (واس)",
      "مصدر الخبر: سكاي نيوز عربية | سكاي نيوز عربية", "Source: Reuters | Reuters", "عن: وكالة الأنباء الألمانية | وكالة الأنباء الألمانية",
      "المصدر: الجزيرة + وكالات | الجزيرة + وكالات"})
  void creditLines(String line, String source) {
    assertEquals(source, SourceCredit.of(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"وقال المتحدث نقلا عن مصادر مطلعة إن الاجتماع سيعقد غدا في العاصمة بحضور عدد كبير من الوزراء",
      "عن الحرب والسلام", "المصدر نفسه أكد أن المفاوضات مستمرة منذ أسابيع طويلة دون نتيجة تذكر حتى الآن", ""})
  void notCredits(String line) {
    assertEquals("", SourceCredit.of(line));
  }
}
