package io.khabar.lab.cli;

import io.khabar.cli.Errors;
import io.khabar.cli.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lab's command line: what measures Khabar (eval, bench) or builds what it ships (trained models, word
 * lists, the demo sample). {@code ./khabar} runs this jar for these commands and the product jar for the rest.
 */
@Command(name = "khabar", mixinStandardHelpOptions = true, version = "khabar-lab 0.1.0",
    description = "Khabar's lab: evaluation, benchmarks, trainers.",
    subcommands = {
        CommandLine.HelpCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        TrainNerCommand.class,
        TrainTopicsCommand.class,
        LexiconCommand.class,
        BackgroundCommand.class,
        SampleCommand.class,
    })
public final class LabMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
  public static int run(String... args) {
    io.khabar.lab.bench.JdkXmlParsers.use();
    CommandLine cli = new CommandLine(new LabMain());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("khabar: " + Errors.describe(e));
      return e instanceof UsageException ? 2 : 1;
    });
    return cli.execute(args);
  }
}
