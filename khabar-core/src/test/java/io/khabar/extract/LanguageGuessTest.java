package io.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أعلنت الحكومة عن خطة جديدة لدعم المزارعين | | ar",
      "أعلنت الحكومة عن خطة جديدة لدعم المزارعين | en | ar",
      "The government announced a new plan to support the farmers in the north | | en",
      "Le gouvernement a annoncé un nouveau plan pour les agriculteurs et les éleveurs | | fr",
      "El gobierno anunció un nuevo plan para los agricultores de la región | | es",
      "دولت برنامه جدیدی برای کمک به کشاورزان اعلام کرد و گفت که این برنامه از ماه آینده اجرا می‌شود | | fa",
      "Hükümet çiftçiler için yeni bir plan açıkladı ve bu plan daha çok destek | | tr",
      "Правительство объявило о новом плане поддержки фермеров | | ru",
      "Nowy plan rządu dla rolników | pl-PL | pl",
      "Jordan opens its largest solar plant | ar | en",
      " | ar_AR | ar"})
  void guesses(String text, String declared, String expected) {
    assertEquals(expected, LanguageGuess.guess(text == null ? "" : text, declared == null ? "" : declared));
  }
}
