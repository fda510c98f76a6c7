package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.ingest.ImportSummary;
import io.khabar.Ingestion;
import io.khabar.store.lucene.LuceneStore;
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
    SamplePictures.install(data.dir);
    ServeCommand.serveUntilStopped(new Khabar(LuceneStore.openReadOnly(LuceneStore.folderIn(data.dir))), listen, data.dir);
    return 0;
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
