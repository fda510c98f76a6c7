package io.khabar.web;

import io.khabar.web.server.SecurityHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected failure (here, a store closed under the server) is a 500 that reveals nothing. */
class FailureIT {

  @Test
  void unexpectedErrorsAre500WithoutStackTrace(@TempDir Path dir) throws Exception {
    try (TestSite site = TestSite.withFixture(dir)) {
      assertEquals(200, site.get("/api/articles/alarabia-1001").statusCode());
      site.breakStore();

      HttpResponse<String> api = site.get("/api/articles/alarabia-1001");
      assertEquals(500, api.statusCode());
      assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertEquals("{\"error\":\"internal error\"}", api.body());

      HttpResponse<String> page = site.get("/articles/alarabia-1001");
      assertEquals(500, page.statusCode());
      assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(page.body().contains("حدث خطأ غير متوقع"));
      for (HttpResponse<String> r : java.util.List.of(api, page)) {
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("at io.khabar"), r.body());
        assertFalse(r.body().contains("lucene"), r.body());
        SecurityHeaders.CSP_HEADERS.forEach((h, value) -> assertEquals(value, r.headers().firstValue(h).orElse(null), h));
      }
    }
  }
}
