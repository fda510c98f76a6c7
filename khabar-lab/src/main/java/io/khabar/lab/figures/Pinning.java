package io.khabar.lab.figures;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `--pin`: a figures file updated from a run. Values and input checksums come from the run; labels, tolerances,
 * goals and notes are kept, since they are written by hand. A figure the run did not produce is kept as it was
 * (and named in {@link Result#stale()}); a new one is added with its id as label and tolerance 0, to be edited.
 */
public final class Pinning {
  private Pinning() {}

  public record Result(PinnedSection section, List<String> added, List<String> stale) {}

  /** {@code existing} is null for a section never pinned. */
  public static Result pin(PinnedSection existing, String section, String marker, String command, List<Input> inputs,
      Report run) throws IOException {
    PinnedSection base = existing != null ? existing
        : new PinnedSection(section, marker, command, null, null, List.of(), List.of());
    List<PinnedInput> pinnedInputs = new ArrayList<>();
    for (Input in : inputs) {
      pinnedInputs.add(new PinnedInput(in.name(), in.path().toString(), Checksums.of(in.path())));
    }
    List<PinnedFigure> figures = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (PinnedFigure f : base.figures()) {
      Figure got = run.figures().get(f.id());
      if (got == null) {
        stale.add(f.id());
        figures.add(f);
      } else {
        figures.add(f.withValue(got.decimal()));
      }
    }
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, Figure> e : run.figures().entrySet()) {
      if (base.figure(e.getKey()).isEmpty()) {
        added.add(e.getKey());
        figures.add(new PinnedFigure(e.getKey(), e.getKey(), e.getValue().decimal(), BigDecimal.ZERO, null, null, null,
            null, null, null));
      }
    }
    PinnedSection pinned = new PinnedSection(base.section(), base.marker(), command, base.takes(), base.note(),
        pinnedInputs, figures);
    return new Result(pinned, added, stale);
  }
}
