package io.khabar.cli;

import io.khabar.store.ArticleStore;
import io.khabar.Ingestion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "restory", mixinStandardHelpOptions = true,
    description = {"Rebuild every story from the store, oldest article first. The new stories replace the old "
        + "in one commit at the end: if interrupted, the previous stories stay usable.",
        "Example: ./khabar restory"})
final class RestoryCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    try (ArticleStore store = data.openExistingStore()) {
      int stories = Ingestion.into(store).build().restory(n -> {
        if (n % 5000 == 0) {
          System.out.println("regrouped " + n + " articles");
        }
      });
      System.out.printf("%d stories over %d articles in %.1f s%n", stories, store.size(), (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
