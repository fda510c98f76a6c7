package io.khabar.lab.cli;

import io.khabar.cli.UsageException;

import io.khabar.enrich.topic.TopicClassifier;
import io.khabar.lab.train.TopicCorpus;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-topics", mixinStandardHelpOptions = true,
    description = {"Train the topic model shipped with Khabar on ANT (articles before September 2018: the train and dev "
        + "months; the test months are never seen). Deterministic: the same corpus gives the same file.",
        "Example: ./khabar train-topics ../shared/data/ant/ant-multisource-v2.1.tar.gz"})
final class TrainTopicsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ANT", description = "The ANT corpus as shipped (.tar.gz).")
  Path ant;

  @Option(names = "--out", defaultValue = "khabar-core/src/main/resources" + TopicClassifier.RESOURCE,
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(ant)) {
      throw new UsageException("no such file: " + ant);
    }
    TopicCorpus corpus = TopicCorpus.readAnt(ant);
    TopicClassifier model = TopicClassifier.train(corpus.trainAndDev(), TopicClassifier.Training.DEFAULT);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.out.printf("trained on %d articles (%d left out); wrote %s (%d bytes)%n", corpus.trainAndDev().size(),
        corpus.skipped(), out, Files.size(out));
    return 0;
  }
}
