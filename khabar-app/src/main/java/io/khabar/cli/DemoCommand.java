package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.ingest.ImportSummary;
import io.khabar.Ingestion;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.picture.PictureStore;
import io.khabar.picture.Thumbnails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Import the bundled sample (ANT corpus v2.1, 2018-05-01..14, see sample/README.md) into the store "
        + "and serve the site on localhost.",
        "Example: ./khabar demo --port 7070"})
final class DemoCommand implements Callable<Integer> {
  /** Built by {@code ./khabar sample}; see docs in the README. */
  static final String SAMPLE = "/sample/ant-sample.jsonl.gz";

  @Mixin DataOption data;

  @Mixin ServeOptions listen;

  @Override
  public Integer call() throws Exception {
    Path sample = extractSample();
    try (LuceneStore store = LuceneStore.open(LuceneStore.folderIn(data.dir))) {
      ImportSummary summary = Ingestion.into(store).build().importFiles(List.of(sample));
      System.out.println("demo sample: " + summary.toString().replace("\n", "; "));
    } finally {
      Files.deleteIfExists(sample);
    }
    installPictures(data.dir);
    ServeCommand.serveUntilStopped(new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(data.dir))), listen, data.dir);
    return 0;
  }

  /** The sample's few pictures, checked and scaled as a crawled one, into the data folder. */
  static void installPictures(Path dataDir) throws IOException {
    PictureStore store = new PictureStore(PictureStore.folder(dataDir));
    try (InputStream index = DemoCommand.class.getResourceAsStream("/sample/pictures/index.txt")) {
      if (index == null) {
        return;
      }
      for (String id : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        if (id.isBlank() || store.has(id.strip())) {
          continue;
        }
        try (InputStream in = DemoCommand.class.getResourceAsStream("/sample/pictures/" + id.strip() + ".jpg")) {
          Thumbnails.Result t = in == null ? null : Thumbnails.make(in.readAllBytes(), "image/jpeg");
          if (t != null && t.ok()) {
            store.put(id.strip(), t.jpeg());
          }
        }
      }
    }
  }

  private static Path extractSample() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the demo sample " + SAMPLE + " is missing from this build");
      }
      Path tmp = Files.createTempFile("khabar-sample", ".jsonl.gz");
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    }
  }
}
