package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.lab.train.NerModelBuilder;
import io.khabar.lab.train.NerTrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = {"Train the Arabic named-entity model on ANERcorp's train split (with its gazetteers) and write it, "
        + "with the name lists it needs, where NamedEntityFinder.load() reads them. Deterministic.",
        "Example: ./khabar train-ner --anercorp ../shared/data/anercorp"})
final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--anercorp", required = true, description = "ANERcorp folder: train_data.txt and gazetteer/.")
  Path anercorp;

  @Option(names = "--out", defaultValue = "khabar-core/src/main/resources/io/khabar/enrich/ner",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(anercorp.resolve("train_data.txt"))) {
      throw new UsageException("no train_data.txt in " + anercorp);
    }
    NerTrainingConfig config = NerTrainingConfig.DEFAULT;
    System.err.println("training: " + config.describe());
    new NerModelBuilder(anercorp).build(out, config);
    System.out.println("wrote the model and its lists to " + out);
    return 0;
  }
}
