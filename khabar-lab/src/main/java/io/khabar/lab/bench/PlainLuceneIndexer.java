package io.khabar.lab.bench;

import io.khabar.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** The baseline of import throughput: plain Lucene indexing of the same texts with ArabicAnalyzer. */
final class PlainLuceneIndexer {
  private PlainLuceneIndexer() {}

  static void index(List<Article> articles, Path folder) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(64);
    try (FSDirectory dir = FSDirectory.open(folder); IndexWriter w = new IndexWriter(dir, cfg)) {
      for (Article a : articles) {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        d.add(new TextField("text", a.text(), Field.Store.YES));
        w.addDocument(d);
      }
      w.commit();
    }
  }
}
