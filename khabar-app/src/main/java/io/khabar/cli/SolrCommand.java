package io.khabar.cli;

import io.khabar.solr.SolrSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "Set up Khabar on a SolrCloud cluster (see docs/scale-out.md).",
    subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = {"Upload Khabar's configset (schema " + "khabar-1" + ", Arabic analysis by io.khabar.text.KhabarAnalyzer) "
          + "and create the collection. The nodes need Khabar's plugin jar in SOLR_HOME/lib.",
          "Example: ./khabar solr init --solr-url http://localhost:8983/solr --shards 2 --replicas 2"})
  static final class Init implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--shards", defaultValue = "1", description = "Number of shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", defaultValue = "1", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Override
    public Integer call() throws Exception {
      if (shards < 1 || replicas < 1) {
        throw new UsageException("--shards and --replicas must be at least 1");
      }
      System.out.println(SolrSetup.init(store.solrTarget(), shards, replicas));
      return 0;
    }
  }
}
