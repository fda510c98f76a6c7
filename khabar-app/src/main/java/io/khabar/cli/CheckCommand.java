package io.khabar.cli;

import io.khabar.store.lucene.LuceneStore;
import io.khabar.store.lucene.StoreCheck;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the embedded store with Lucene's CheckIndex (every file's checksum and structure) and say how to "
        + "recover if it is damaged. Read-only unless --repair is given. Exit code 0 when sound, 1 when damaged or absent.",
        "Example: ./khabar check --data data"})
final class CheckCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--repair", description = "Drop the segments that fail the check, and the articles in them, "
      + "writing a new commit (import the sources again afterwards to get those articles back).")
  boolean repair;

  @Option(names = "--verbose", description = "Print CheckIndex's own report.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    StoreCheck.Result r = StoreCheck.run(LuceneStore.folderIn(data.dir), repair, verbose ? out : null);
    (r.ok() ? out : System.err).println(r.verdict());
    return r.ok() ? 0 : 1;
  }
}
