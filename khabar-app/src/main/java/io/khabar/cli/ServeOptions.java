package io.khabar.cli;

import picocli.CommandLine.Option;

/** Where `serve` and `demo` listen. */
final class ServeOptions {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;
}
