package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceFormsTest {

  @Test
  void mapsStemsBackToWordsAsWritten() {
    Map<String, String> forms = SurfaceForms.of(KhabarAnalyzer.create(), "الرئيس الصيني يزور روسيا");
    assertEquals("الصيني", forms.get("صين"));
    assertEquals("الرئيس", forms.get("رييس"));
    assertEquals("روسيا", forms.get("روسيا"));
    assertFalse(forms.containsKey("الصيني"));
  }

  @Test
  void firstTextWins() {
    Map<String, String> forms = SurfaceForms.of(KhabarAnalyzer.create(), "العلاقات الصينية", "علاقات وثيقة مع الصين");
    assertEquals("العلاقات", forms.get("علاق"));
    assertEquals("الصينية", forms.get("صين"));
    assertEquals("وثيقة", forms.get("وثيق"));
  }
}
