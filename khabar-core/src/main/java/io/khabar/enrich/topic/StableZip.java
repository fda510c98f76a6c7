package io.khabar.enrich.topic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OpenNLP model (a zip) without what changes from run to run: entry times, the manifest's
 * training timestamp and the date line {@link java.util.Properties#store} writes. So retraining on the
 * same data gives byte-identical files, and a changed model file in git means a changed model.
 */
final class StableZip {
  private StableZip() {}

  static byte[] of(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
         ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          bytes = stableManifest(new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(0);
        z.putNextEntry(copy);
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String stableManifest(String properties) {
    StringBuilder b = new StringBuilder();
    for (String line : properties.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      b.append(line.startsWith("Timestamp=") ? "Timestamp=0" : line).append('\n');
    }
    return b.toString();
  }
}
