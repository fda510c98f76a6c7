package io.khabar.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.0 request written byte for byte to the site, and what came back. A server that refuses a request
 * (too long a URL or header) may answer and close while the client is still sending; java.net.http then reports
 * "header parser received no bytes" (a test flaked on CI so), whereas here the write may be cut short and the
 * answer that arrived is kept. HTTP/1.0: the answer is never chunked, its body runs to the end.
 *
 * @param cutOff whether the server closed the connection before the whole request was sent
 * @param response the answer as received (ISO-8859-1: bytes as characters), empty if none came
 */
record RawExchange(boolean cutOff, String response) {
  static RawExchange send(int port, String method, String pathAndQuery, String body, String... headers) throws IOException {
    StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return send(port, head.append("\r\n").toString(), body);
  }

  /** {@code head}: request line and headers, ending with the empty line; {@code body} follows as is. */
  static RawExchange send(int port, String head, String body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      boolean cutOff = false;
      try {
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(body.getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException closedByServer) {
        cutOff = true;
      }
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        InputStream in = s.getInputStream();
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
        }
      } catch (IOException resetAfterAnswer) {
        // what arrived before the reset is kept
      }
      return new RawExchange(cutOff, got.toString(StandardCharsets.ISO_8859_1));
    }
  }

  /** The answer's status, or -1 when none came. */
  int status() {
    return response.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(response.substring(9, 12)) : -1;
  }

  /** A header's value (the first), or "" when absent. */
  String header(String name) {
    for (String line : head().split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return line.substring(colon + 1).trim();
      }
    }
    return "";
  }

  /** The body, decoded as UTF-8. */
  String body() {
    int end = response.indexOf("\r\n\r\n");
    String raw = end < 0 ? "" : response.substring(end + 4);
    return new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private String head() {
    int end = response.indexOf("\r\n\r\n");
    return end < 0 ? response : response.substring(0, end);
  }

  /** Refused with one of the statuses, or cut off before the request was even sent whole (no answer at all). */
  boolean refusedWith(int... statuses) {
    for (int status : statuses) {
      if (status() == status) {
        return true;
      }
    }
    return response.isEmpty() && cutOff;
  }

  @Override
  public String toString() {
    return (cutOff ? "[closed while sending] " : "") + response.substring(0, Math.min(200, response.length()));
  }
}
