package io.khabar.store.lucene;

import io.khabar.store.ArticleStore;
import io.khabar.store.ArticleStoreContract;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded Lucene index. */
class LuceneStoreContractIT extends ArticleStoreContract {
  @TempDir Path dir;

  @Override
  protected ArticleStore emptyStore() throws IOException {
    return LuceneStore.open(dir.resolve("index"));
  }
}
