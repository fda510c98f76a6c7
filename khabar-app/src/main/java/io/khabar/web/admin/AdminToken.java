package io.khabar.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token of the admin endpoints: {@code KHABAR_ADMIN_TOKEN} if set, else 32 random bytes made
 * at start (printed once by {@code serve --crawl}). Tokens are compared by their SHA-256 digests with
 * {@link MessageDigest#isEqual}, in constant time whatever their length or content.
 */
public final class AdminToken {
  public static final String ENV = "KHABAR_ADMIN_TOKEN";

  private final String token;
  private final boolean generated;

  private AdminToken(String token, boolean generated) {
    this.token = token;
    this.generated = generated;
  }

  public static AdminToken fromEnvironment() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return new AdminToken(env.strip(), false);
    }
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return new AdminToken(Base64.getUrlEncoder().withoutPadding().encodeToString(b), true);
  }

  public static AdminToken of(String token) {
    return new AdminToken(token, false);
  }

  public boolean generated() {
    return generated;
  }

  public String value() {
    return token;
  }

  /** Whether an {@code Authorization} header carries this token as {@code Bearer TOKEN}. */
  public boolean accepts(String authorization) {
    String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).strip() : "";
    return MessageDigest.isEqual(digest(given), digest(token)) && !given.isEmpty();
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
