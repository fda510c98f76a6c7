package io.khabar.store.lucene;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * {@code khabar check}: Lucene's CheckIndex over the embedded store, read-only unless asked to repair.
 * The verdict is a few sentences saying what is wrong and how to recover.
 */
public final class StoreCheck {
  /** What the check found. {@code ok} is false for a damaged or absent store. */
  public record Result(boolean ok, String verdict, long articles, int badSegments, long lostArticles) {}

  private StoreCheck() {}

  /**
   * Checks the store in {@code folder}. With {@code repair}, segments that fail are dropped (their
   * articles with them) and a new commit written: the one write this class ever makes, and only when asked.
   */
  public static Result run(Path folder, boolean repair, PrintStream details) throws IOException {
    LuceneStore.StoreState state = LuceneStore.StoreState.of(folder);
    if (state == LuceneStore.StoreState.ABSENT) {
      return new Result(false, "There is no store at " + folder + "; import articles first (khabar import PATH --data DIR).", 0, 0, 0);
    }
    if (state == LuceneStore.StoreState.NO_COMMIT) {
      return new Result(false, "The store at " + folder + " has files but no commit point (its segments_N file is missing), "
          + "so no article in it can be found; restore the folder from a backup, or move it aside and import the sources again "
          + "(a repair cannot help: the commit point is what names the files).", 0, 0, 0);
    }
    try (Directory dir = FSDirectory.open(folder)) {
      Lock lock;
      try {
        // The write lock keeps an import from committing under the check; the lock file exists once a store was written.
        lock = Files.exists(folder.resolve(IndexWriter.WRITE_LOCK_NAME)) || repair
            ? dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)
            : NoLockFactory.INSTANCE.obtainLock(dir, IndexWriter.WRITE_LOCK_NAME);
      } catch (LockObtainFailedException e) {
        return new Result(false, "The store at " + folder + " is being written by another Khabar process (import or crawl); "
            + "run the check again when it has finished.", 0, 0, 0);
      }
      try (CheckIndex check = new CheckIndex(dir, lock)) {
        check.setInfoStream(details, false);
        check.setChecksumsOnly(false);
        CheckIndex.Status status;
        try {
          status = check.checkIndex();
        } catch (RuntimeException | IOException e) {
          return new Result(false, "The store at " + folder + " could not be checked (" + LuceneStore.StoreDamagedException.from(folder, e)
              .getMessage().replaceFirst(".* is damaged: ", "").replaceFirst(", so it was left untouched.*", "")
              + "); restore the folder from a backup, or move it aside and import the sources again.", 0, 0, 0);
        }
        if (status.missingSegments) {
          return new Result(false, "The store at " + folder + " has no readable commit point; restore the folder from a backup, "
              + "or move it aside and import the sources again.", 0, 0, 0);
        }
        long articles = status.totLoseDocCount >= 0 ? sumDocs(status) : 0;
        if (status.clean) {
          return new Result(true, "The store at " + folder + " is sound: " + status.numSegments + " segments, " + articles
              + " articles, every file's checksum and structure verified.", articles, 0, 0);
        }
        if (repair) {
          check.exorciseIndex(status);
          return new Result(true, "Repaired the store at " + folder + ": dropped " + status.numBadSegments + " damaged segments and the "
              + status.totLoseDocCount + " articles in them; import the sources again to get them back (what is there counts as unchanged).",
              articles - status.totLoseDocCount, status.numBadSegments, status.totLoseDocCount);
        }
        return new Result(false, "The store at " + folder + " is damaged (" + firstProblem(folder, status) + "): "
            + status.numBadSegments + " of " + status.numSegments + " segments fail the check, holding " + status.totLoseDocCount + " of " + articles + " articles; nothing was changed. "
            + "To recover, restore the folder from a backup, or move it aside and import the sources again; or, losing those articles, "
            + "run khabar check --repair (then import again to bring them back); until then no command writes to it.",
            articles, status.numBadSegments, status.totLoseDocCount);
      } finally {
        lock.close();
      }
    }
  }

  /** What is wrong with the first bad segment, in the words the other commands use. */
  private static String firstProblem(Path folder, CheckIndex.Status status) {
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        return LuceneStore.StoreDamagedException.from(folder, s.error).getMessage()
            .replaceFirst(".* is damaged: ", "").replaceFirst(", so it was left untouched.*", "");
      }
    }
    return "a segment fails the check";
  }

  private static long sumDocs(CheckIndex.Status status) {
    long n = 0;
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      n += s.maxDoc;
    }
    return n;
  }
}
