package io.khabar.story;

import io.khabar.ingest.Importer;
import io.khabar.store.Headline;
import io.khabar.store.lucene.LuceneStore;
import io.khabar.dedup.NearDuplicates;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
  @TempDir Path dir;
  @Test
  void explore() throws Exception {
    Path f = Path.of(getClass().getResource("/story/news.jsonl").toURI());
    try (LuceneStore s = LuceneStore.open(dir.resolve("i"))) {
      System.out.println(new Importer(s, StoryAssigner.standard(s)).run(List.of(f)));
      for (Headline h : s.allHeadlines()) System.out.println(h.id() + " story=" + h.story() + " dup=" + h.dupGroup());
      NearDuplicates nd = NearDuplicates.defaults();
      System.out.println("near J=" + nd.jaccard(nd.signature(s.get("q1").get().text()), nd.signature(s.get("q1-near").get().text())));
      System.out.println("rebuild=" + new StoryRebuilder(s, StoryAssigner.standard(s)).rebuild(n -> {}));
      for (Headline h : s.allHeadlines()) System.out.println(h.id() + " story=" + h.story() + " dup=" + h.dupGroup());
    }
  }
}
