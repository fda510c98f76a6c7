package io.khabar.web;

/**
 * A request parameter the site cannot use. Carries the message in both languages: pages show
 * both, the API (read by programs and their developers) sends the English one.
 */
public final class BadParameter extends RuntimeException {
  private final String parameter;
  private final String arabic;

  public BadParameter(String parameter, String english, String arabic) {
    super(english);
    this.parameter = parameter;
    this.arabic = arabic;
  }

  public String parameter() {
    return parameter;
  }

  public String english() {
    return getMessage();
  }

  public String arabic() {
    return arabic;
  }
}
