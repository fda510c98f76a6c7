package io.khabar.cli;

import io.javalin.Javalin;
import io.khabar.Khabar;
import io.khabar.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web site and JSON API over the store (read-only: an import may run beside it).",
        "Example: ./khabar serve --port 7070"})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Mixin ServeOptions listen;

  @Override
  public Integer call() throws Exception {
    Khabar khabar = data.openKhabar();
    serveUntilStopped(khabar, listen.host, listen.port);
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
