package io.khabar.cli;

import io.javalin.Javalin;
import io.khabar.Khabar;
import io.khabar.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web site and JSON API over the store (read-only: an import may run beside it).",
        "Example: ./khabar serve --port 7070"})
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Override
  public Integer call() throws Exception {
    Khabar khabar = Khabar.openEmbedded(data.dir);
    serveUntilStopped(khabar, host, port);
    return 0;
  }

  /** Starts the site, prints its address, and blocks until the process is stopped. */
  static void serveUntilStopped(Khabar khabar, String host, int port) throws Exception {
    Javalin app = WebServer.start(khabar, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        khabar.close();
      } catch (java.io.IOException e) {
        System.err.println("khabar: closing the store: " + e.getMessage());
      }
      stopped.countDown();
    }));
    System.out.println("Khabar is serving " + khabar.size() + " articles at http://" + displayHost(host) + ":" + app.port() + "/");
    System.out.flush();
    stopped.await();
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }
}
