package io.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command line. */
@Command(name = "khabar", mixinStandardHelpOptions = true, version = "khabar 0.1.0",
    description = "Khabar (خبر): an Arabic news aggregation engine.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ImportCommand.class,
        SimilarCommand.class,
        ScorePairsCommand.class,
        SearchCommand.class,
        StoriesCommand.class,
        StoryCommand.class,
        RestoryCommand.class,
        ServeCommand.class,
        DemoCommand.class,
        SourcesCommand.class,
        CrawlCommand.class,
        FetchCommand.class,
        ExtractCommand.class,
        ReextractCommand.class,
        SolrCommand.class,
        CheckCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code: 0 ok, 1 failure, 2 bad usage or unknown id. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("khabar: " + Errors.describe(e));
      return e instanceof UsageException ? 2 : 1;
    });
    if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
      // Before picocli: with --help anywhere after it, picocli would print the general help and exit 0.
      cli.getErr().println("khabar: there is no command '" + args[0] + "'; run khabar --help to see the commands");
      return 2;
    }
    return cli.execute(args);
  }
}
