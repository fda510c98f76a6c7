package io.khabar.cli;

import picocli.CommandLine.Option;

/** Where `serve` and `demo` listen. */
final class ServeOptions {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--zone", defaultValue = "Asia/Riyadh",
      description = "Time zone every time on the site is shown in (default: ${DEFAULT-VALUE}).")
  java.time.ZoneId zone;

  @Option(names = "--full-text", description = "Show articles' full text (default: the lead and a link to the outlet).")
  boolean fullText;

  io.khabar.web.SiteOptions site() {
    return io.khabar.web.SiteOptions.defaults().withZone(zone).withFullText(fullText);
  }
}
