package io.khabar.cli;

import io.khabar.ingest.ImportSummary;
import io.khabar.ingest.web.WarcArchive;
import io.khabar.ingest.web.WebIngest;
import io.khabar.store.ArticleStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = {"Run extraction again over every page archived by crawls (DATA/warc/*.warc.gz) and re-import the "
        + "articles (changed ones are updated); nothing is fetched.",
        "Example: ./khabar reextract"})
final class ReextractCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Override
  public Integer call() throws Exception {
    try (ArticleStore store = data.openStore();
        WebIngest web = WebIngests.open(data.dir, store, System.err::println)) {
      ImportSummary s = web.reextract(io.khabar.ingest.Importer.Progress.NONE);
      System.out.println("re-extracted from " + WarcArchive.folder(data.dir) + ": " + s);
      System.out.println(data.describe() + " now holds " + store.size() + " articles");
    }
    return 0;
  }
}
