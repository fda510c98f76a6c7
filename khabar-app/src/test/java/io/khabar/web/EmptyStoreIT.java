package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyStoreIT {

  @Test
  void homeSaysThereAreNoArticlesAndHowToImport(@TempDir Path dir) throws Exception {
    try (TestSite site = TestSite.empty(dir)) {
      HttpResponse<String> r = site.get("/");
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("لا توجد مقالات بعد"));
      assertTrue(r.body().contains("./khabar import PATH"));

      HttpResponse<String> stories = site.get("/stories");
      assertEquals(200, stories.statusCode());
      assertTrue(stories.body().contains("لا توجد مقالات بعد"), stories.body());
      assertTrue(stories.body().contains("./khabar import PATH"));
      HttpResponse<String> api = site.get("/api/stories");
      assertEquals(200, api.statusCode());
      assertEquals("{\"stories\":[]}", api.body());

      HttpResponse<String> search = site.get("/search?q=" + TestSite.enc("خبر"));
      assertEquals(200, search.statusCode());
      assertTrue(search.body().contains("لا توجد نتائج"));
    }
  }
}
