package io.khabar.lab.figures;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * docs/figures/SECTION.yaml: one section of docs/benchmarks.md, the command that writes it, the inputs it read
 * (with checksums) and its figures.
 *
 * @param section the name `--only` takes (related, duplicates, speed, …)
 * @param marker the name of the section's block in docs/benchmarks.md ({@code <!-- marker:start -->})
 * @param note why the tolerances are what they are, and anything a reader of the file should know
 */
@JsonPropertyOrder({"section", "marker", "command", "takes", "note", "inputs", "figures"})
public record PinnedSection(String section, String marker, String command, String takes, String note,
    List<PinnedInput> inputs, List<PinnedFigure> figures) {

  public PinnedSection {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    figures = figures == null ? List.of() : List.copyOf(figures);
    if (section == null || marker == null) {
      throw new IllegalArgumentException("a figures file needs section and marker");
    }
    if (figures.stream().map(PinnedFigure::id).distinct().count() != figures.size()) {
      throw new IllegalArgumentException(section + ": two figures share an id");
    }
  }

  public Optional<PinnedFigure> figure(String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<PinnedInput> input(String name) {
    return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  public PinnedSection with(List<PinnedInput> newInputs, List<PinnedFigure> newFigures) {
    return new PinnedSection(section, marker, command, takes, note, newInputs, newFigures);
  }
}
