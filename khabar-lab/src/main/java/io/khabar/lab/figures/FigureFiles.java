package io.khabar.lab.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and writes docs/figures/*.yaml. */
public final class FigureFiles {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.SPLIT_LINES) // one line per note: a diff of a re-pin shows only what moved
      .build())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a misspelt key must not be silently ignored
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private FigureFiles() {}

  public static Path file(Path dir, String section) {
    return dir.resolve(section + ".yaml");
  }

  public static PinnedSection read(Path file) throws IOException {
    try {
      return YAML.readValue(file.toFile(), PinnedSection.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public static void write(Path file, PinnedSection section) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, YAML.writeValueAsString(section));
  }

  /** Every figures file of the folder, by file name. */
  public static List<PinnedSection> readAll(Path dir) throws IOException {
    List<PinnedSection> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        out.add(read(f));
      }
    }
    return out;
  }
}
