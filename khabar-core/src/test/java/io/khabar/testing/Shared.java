package io.khabar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way a test reaches the shared data sets ({@code ../shared/data} beside the checkout, system
 * property {@code khabar.shared}, which the parent pom sets). They are public data that cannot ship in the
 * repository, so a developer without them still gets a green build: the tests that need them are skipped,
 * each saying where it looked and why. CI has them, and there a missing folder is a broken setup that must
 * not pass as a skip: with {@code -Dkhabar.requireShared=true} (.ci/run) or {@code CI=true} it fails.
 */
public final class Shared {
  /** Where the tests look when no build tool says (the test JVM runs in a module folder). */
  private static final String DEFAULT = "../../shared/data";

  private Shared() {}

  /** The shared data folder itself; fails or skips (see the class) when it is absent. */
  public static Path root(String neededFor) {
    return dir("", neededFor);
  }

  /** A folder of the shared data, e.g. {@code "anercorp"}; fails or skips when it is absent. */
  public static Path dir(String name, String neededFor) {
    Path root = Path.of(System.getProperty("khabar.shared", DEFAULT));
    Path dir = name.isEmpty() ? root : root.resolve(name);
    if (!Files.isDirectory(dir)) {
      String message = "shared data absent: no folder " + dir.toAbsolutePath().normalize()
          + " (system property khabar.shared, default ../shared/data beside the checkout); needed for " + neededFor;
      if (required()) {
        Assertions.fail(message + ". This run requires the shared data (-Dkhabar.requireShared=true or CI=true).");
      }
      // Printed too: a skip's reason shows in the XML report only, and not at all if it is thrown from a
      // @BeforeAll (surefire then counts no test), so call this from @BeforeEach or the test itself.
      System.err.println("skipped: " + message);
      Assumptions.abort(message);
    }
    return dir;
  }

  /** True on CI, where skipping for want of data would hide a broken setup. */
  static boolean required() {
    return Boolean.getBoolean("khabar.requireShared") || "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
