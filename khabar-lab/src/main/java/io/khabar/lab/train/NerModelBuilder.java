package io.khabar.lab.train;

import io.khabar.enrich.ner.NameLexicon;
import io.khabar.enrich.ner.NamedEntityFinder;
import io.khabar.enrich.ner.Gazetteer;
import io.khabar.enrich.ner.TaggedSentence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Builds everything {@link NamedEntityFinder#load()} reads, from an ANERcorp folder ({@code train_data.txt},
 * {@code gazetteer/}): the model (train split only), the name lexicon for clitics and a copy of the gazetteers.
 */
public final class NerModelBuilder {
  private final Path anercorp;

  public NerModelBuilder(Path anercorp) {
    this.anercorp = anercorp;
  }

  public List<TaggedSentence> split(String name) throws IOException {
    return AnerCorpus.read(anercorp.resolve(name + "_data.txt"));
  }

  public Map<String, List<String[]>> gazetteers() throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    for (String g : NerTrainer.GAZETTEERS) {
      out.put(g, Gazetteer.parse(Files.readAllLines(gazetteerFile(g), StandardCharsets.UTF_8)));
    }
    return out;
  }

  private Path gazetteerFile(String g) {
    return anercorp.resolve("gazetteer").resolve(g + ".txt");
  }

  /** Trains on the train split and writes the model and its lists into {@code out}; returns the model. */
  public TokenNameFinderModel build(Path out, NerTrainingConfig config) throws IOException {
    List<TaggedSentence> train = split("train");
    Map<String, List<String[]>> gazetteers = gazetteers();
    TokenNameFinderModel model = NerTrainer.train(train, gazetteers, config);
    Files.createDirectories(out.resolve("gazetteer"));
    try (OutputStream os = Files.newOutputStream(out.resolve(NamedEntityFinder.MODEL_RESOURCE))) {
      model.serialize(os);
    }
    Set<String> names = NerTrainer.nameWords(train, gazetteers);
    Files.write(out.resolve(NameLexicon.RESOURCE), names, StandardCharsets.UTF_8);
    for (String g : NerTrainer.GAZETTEERS) {
      Files.copy(gazetteerFile(g), out.resolve("gazetteer").resolve(g + ".txt"), StandardCopyOption.REPLACE_EXISTING);
    }
    return model;
  }
}
