package io.khabar.lab.harden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The bundled demo sample (real ANT articles), or its first lines: a small real corpus for harnesses. */
public final class SampleCorpus {
  static final String RESOURCE = "/sample/ant-sample.jsonl.gz";

  private SampleCorpus() {}

  /** Writes the sample's first {@code n} articles to {@code out} as JSONL. */
  public static Path firstArticles(int n, Path out) throws IOException {
    Files.createDirectories(out.getParent());
    try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the demo sample " + RESOURCE + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        String line;
        for (int i = 0; i < n && (line = r.readLine()) != null; i++) {
          w.write(line);
          w.write('\n');
        }
      }
    }
    return out;
  }
}
