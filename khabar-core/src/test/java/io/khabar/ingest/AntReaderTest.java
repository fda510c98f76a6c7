package io.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.testing.CollectingSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AntReaderTest {
  @TempDir Path dir;

  static String doc(String docno, String title, String text) {
    return "<DOC>\n<DOCNO>" + docno + "</DOCNO>\n<URL>https://example.org/" + docno + "</URL>\n<SRC>BBC</SRC>\n"
        + "<TITLE>" + title + "</TITLE>\n<TIME>Mon, 08 Jan 2018 09:00:00 GMT</TIME>\n<TEXT>\n" + text + "\n</TEXT>\n</DOC>\n";
  }

  static Path tarGz(Path file, List<String> names, List<byte[]> contents) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry folder = new TarArchiveEntry("ant/BBC/");
      tar.putArchiveEntry(folder);
      tar.closeArchiveEntry();
      for (int i = 0; i < names.size(); i++) {
        TarArchiveEntry e = new TarArchiveEntry(names.get(i));
        e.setSize(contents.get(i).length);
        tar.putArchiveEntry(e);
        tar.write(contents.get(i));
        tar.closeArchiveEntry();
      }
    }
    return file;
  }

  private Path corpus() throws IOException {
    byte[] good1 = doc("BBC-1-20180108", "روسيا والصين", "أعلن الرئيس الصيني شي جين بينغ أن العلاقات مع روسيا خيار إستراتيجي.")
        .getBytes(StandardCharsets.UTF_8);
    // an article saved in Windows-1256, not UTF-8
    byte[] cp1256 = doc("BBC-2-20180108", "طائرات مسيرة", "أعلنت وزارة الدفاع الروسية تدمير 36 طائرة مسيرة.")
        .getBytes(Charset.forName("windows-1256"));
    byte[] good2 = doc("BBC-3-20180109", "زيلينسكي يطلب إذن واشنطن", "طلب زيلينسكي إذن واشنطن لقصف المطارات العسكرية.")
        .getBytes(StandardCharsets.UTF_8);
    byte[] readme = "# ANT corpus\nOne file per article.\n".getBytes(StandardCharsets.UTF_8);
    return tarGz(dir.resolve("ant-test.tar.gz"),
        List.of("ant/BBC/BBC-1.txt", "ant/BBC/BBC-2.txt", "ant/README.md", "ant/BBC/BBC-3.txt"),
        List.of(good1, cp1256, readme, good2));
  }

  @Test
  void readsGoodDocumentsAndSkipsTheBadOneByEntryName() throws IOException {
    CollectingSink sink = new CollectingSink();
    new AntReader().readTarball(corpus(), sink);

    assertEquals(List.of("BBC-1-20180108", "BBC-3-20180109"), sink.acceptedIds());
    assertEquals(List.of("ant-test.tar.gz!ant/BBC/BBC-1.txt", "ant-test.tar.gz!ant/BBC/BBC-3.txt"),
        sink.accepted.stream().map(CollectingSink.Accepted::origin).toList());
    assertEquals(List.of("ant-test.tar.gz!ant/BBC/BBC-2.txt"), sink.skippedOrigins());
    assertTrue(sink.skipped.get(0).reason().contains("UTF-8"), sink.skipped.get(0).reason());
  }

  @Test
  void acceptedArticlesCarryTheirContent() throws IOException {
    CollectingSink sink = new CollectingSink();
    new AntReader().readTarball(corpus(), sink);
    var a = sink.accepted.get(1).article();
    assertEquals("زيلينسكي يطلب إذن واشنطن", a.title());
    assertEquals("طلب زيلينسكي إذن واشنطن لقصف المطارات العسكرية.", a.text());
    assertEquals("bbc", a.source());
  }

  @Test
  void aBadDocumentInsideTheTarballIsReportedWithItsLine() throws IOException {
    byte[] truncated = "<DOC>\n<DOCNO>BBC-9-20180108</DOCNO>\n<TEXT>\nنص مقطوع".getBytes(StandardCharsets.UTF_8);
    byte[] good = doc("BBC-1-20180108", "عنوان", "نص الخبر").getBytes(StandardCharsets.UTF_8);
    Path tgz = tarGz(dir.resolve("t.tgz"), List.of("a/x.txt", "a/y.txt"), List.of(truncated, good));
    CollectingSink sink = new CollectingSink();
    new AntReader().readTarball(tgz, sink);
    assertEquals(List.of("BBC-1-20180108"), sink.acceptedIds());
    assertEquals(List.of("t.tgz!a/x.txt:4"), sink.skippedOrigins());
    assertTrue(sink.skipped.get(0).reason().contains("truncated"));
  }

  @Test
  void readsOneExtractedDocument() throws IOException {
    Path f = Files.writeString(dir.resolve("BBC-1.txt"), "\uFEFF" + doc("BBC-1-20180108", "عنوان", "نص الخبر"));
    CollectingSink sink = new CollectingSink();
    new AntReader().readFile(f, sink);
    assertEquals(List.of("BBC-1-20180108"), sink.acceptedIds()); // the byte order mark is not part of the text
    assertEquals(f.toString(), sink.accepted.get(0).origin());
    assertTrue(AntReader.looksLikeAnt(f));
    assertTrue(!AntReader.looksLikeAnt(Files.writeString(dir.resolve("other.txt"), "just some notes")));
  }
}
