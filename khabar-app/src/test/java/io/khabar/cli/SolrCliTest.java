package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Solr options of the CLI, in the app's own classpath (Jetty 12, no Jetty 10): a Solr that does
 * not answer, or options that do not fit, give one clear line and an exit code, never a stack trace.
 * (The store on a running cluster is tested in khabar-solr, on a mini SolrCloud.)
 */
class SolrCliTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String nowhere() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return "http://127.0.0.1:" + s.getLocalPort() + "/solr";
    }
  }

  @Test
  void unreachableSolrIsOneClearLine() throws Exception {
    String url = nowhere();
    for (String[] args : new String[][] {
        {"search", "--solr-url", url, "زلزال"},
        {"solr", "init", "--solr-url", url, "--shards", "2", "--replicas", "2"},
        {"serve", "--backend", "solr", "--solr-url", url, "--port", "0"}}) {
      Result r = run(args);
      assertEquals(1, r.code, String.join(" ", args));
      assertTrue(r.err.startsWith("khabar: cannot reach SolrCloud at " + url), r.err);
      assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    }
  }

  @Test
  void solrBackendNeedsAnAddress() {
    Result r = run("import", "--backend", "solr", "x.jsonl");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("--backend solr needs --solr-url URL or --zk HOST:PORT"), r.err);
    Result both = run("search", "--solr-url", "http://localhost:8983/solr", "--zk", "localhost:2181", "x");
    assertEquals(2, both.code);
    Result bad = run("search", "--solr-url", "localhost:8983", "x");
    assertEquals(2, bad.code);
    assertTrue(bad.err.contains("starts with http://"), bad.err);
  }
}
