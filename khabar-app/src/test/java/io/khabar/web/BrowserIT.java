package io.khabar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.Enricher;
import io.khabar.enrich.topic.TopicClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page type in a real browser (Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver) at 1280 and 390 px: right to left, no console error, no request to another origin, no
 * sideways scrolling on a phone, and the keyboard reaches the search box. Screenshots go to
 * target/screenshots. Skipped where chromium is not installed, failed on CI (.ci/run installs it).
 */
class BrowserIT {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static TestSite site;
  static ChromeDriver browser;
  static Map<String, String> pages = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!installed && ("true".equals(System.getenv("CI")) || Boolean.getBoolean("khabar.requireShared"))) {
      throw new IllegalStateException("chromium and chromium-driver are required on CI (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
    Path data = Files.createDirectories(dir.resolve("site"));
    // a picture for the home page's first story and its article page, served from the site's own origin
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(480, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "jpg", jpeg);
    new io.khabar.picture.PictureStore(io.khabar.picture.PictureStore.folder(data))
        .put("alarabia-1001", io.khabar.picture.Thumbnails.make(jpeg.toByteArray(), "image/jpeg").jpeg());
    site = TestSite.withFixture(data, new Enricher(EnrichmentPagesIT.FINDER, TopicClassifier.load()),
        SiteOptions.defaults().withDataDir(data));
    String story = JSON.readTree(site.get("/api/articles/alarabia-1001").body()).get("story").asText();
    pages.put("home", "/");
    pages.put("article", "/articles/alarabia-1001");
    pages.put("stories", "/stories");
    pages.put("story", "/stories/" + TestSite.enc(story));
    pages.put("search", "/search?q=" + TestSite.enc("المزارعين"));
    pages.put("entity", "/entities/agri-minister");
    pages.put("topics", "/topics");
    pages.put("topic", "/topics/economy");
    pages.put("notfound", "/articles/nope");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void everyPageRendersRightToLeftCleanlyAtDesktopAndPhoneWidths() throws Exception {
    Path shots = Files.createDirectories(Paths.get("target", "screenshots"));
    String origin = "http://127.0.0.1:" + site.port();
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (Map.Entry<String, String> page : pages.entrySet()) {
        String where = page.getKey() + " @" + width;
        drain(); // this page's logs only
        browser.get(origin + page.getValue());
        JavascriptExecutor js = browser;
        assertEquals("rtl", js.executeScript("return document.documentElement.dir"), where);
        assertEquals("ar", js.executeScript("return document.documentElement.lang"), where);
        assertEquals("complete", js.executeScript("return document.readyState"), where);
        long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 1) {
          problems.add(where + ": scrolls sideways by " + overflow + " px");
        }
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
          boolean expected404 = page.getKey().equals("notfound") && e.getMessage().contains("404");
          if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !expected404) {
            problems.add(where + ": console: " + e.getMessage());
          }
        }
        if (page.getKey().equals("article")) {
          Object loaded = js.executeScript("var i = document.querySelector('img.lead-picture'); return i != null && i.complete && i.naturalWidth > 0");
          if (!Boolean.TRUE.equals(loaded)) {
            problems.add(where + ": the article's picture did not load");
          }
        }
        List<String> requested = requests();
        if (requested.stream().noneMatch(u -> u.endsWith("/static/khabar.css"))) {
          problems.add(where + ": the network log shows no request for the stylesheet: " + requested);
        }
        for (String url : requested) {
          if (!url.startsWith(origin + "/") && !url.startsWith("data:") && !url.startsWith("about:")) {
            problems.add(where + ": request to another origin: " + url);
          }
        }
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(page.getKey() + "-" + width + ".png"), png);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void keyboardReachesTheSearchBox() {
    browser.manage().window().setSize(new Dimension(1280, 900));
    for (String path : List.of("/", "/articles/alarabia-1001")) {
      browser.get("http://127.0.0.1:" + site.port() + path);
      boolean reached = false;
      for (int i = 0; i < 20 && !reached; i++) {
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement active = browser.switchTo().activeElement();
        reached = "q".equals(active.getAttribute("name"));
      }
      assertTrue(reached, "TAB reaches the search box on " + path);
      WebElement box = browser.switchTo().activeElement();
      box.sendKeys("المزارعين", Keys.ENTER);
      // ENTER submits the form, and the browser navigates after sendKeys returns: wait for the search page (the
      // wait fails the test if it never comes), else the URL read may still be the page before.
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q="));
    }
  }

  private static void drain() {
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
  }

  /** The URLs the page requested, from Chrome's performance log (Network.requestWillBeSent). */
  private static List<String> requests() throws Exception {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).path("message");
      if ("Network.requestWillBeSent".equals(m.path("method").asText())) {
        urls.add(m.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }
}
