package io.khabar.cli;

import io.khabar.Khabar;
import io.khabar.relate.Related;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar", mixinStandardHelpOptions = true,
    description = {"Related articles of each id: one 'read also' and the top-k similar articles.",
        "Example: ./khabar similar BB-internationalNews-64-20180226 --k 5 --json"})
final class SimilarCommand implements Callable<Integer> {
  @Mixin StoreOptions data;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Article ids.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--ids-file", paramLabel = "F", description = "A file with one id per line.")
  Path idsFile;

  @Option(names = "--k", defaultValue = "10", description = "How many similar articles (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--json", description = "One JSON line per id: {id, readAlso, similar:[{id,title,source,published,score,reason}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<String> all = new ArrayList<>(ids);
    if (idsFile != null) {
      if (!Files.isRegularFile(idsFile)) {
        throw new UsageException("no such ids file: " + idsFile);
      }
      Files.readAllLines(idsFile).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
    }
    if (all.isEmpty()) {
      throw new UsageException("give at least one id (or --ids-file)");
    }
    if (k < 1 || k > 100) {
      throw new UsageException("--k must be between 1 and 100");
    }
    int unknown = 0;
    try (Khabar khabar = data.openKhabar()) {
      for (String id : all) {
        var related = khabar.related(id, k);
        if (related.isEmpty()) {
          System.err.println("khabar: unknown article id: " + id);
          unknown++;
          continue;
        }
        System.out.println(json ? Json.line(toJson(related.get())) : toText(related.get()));
      }
    }
    return unknown > 0 ? 2 : 0;
  }

  static Map<String, Object> toJson(Related r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("readAlso", r.readAlso());
    m.put("similar", r.similar());
    return m;
  }

  private static String toText(Related r) {
    StringBuilder b = new StringBuilder(r.id()).append('\n');
    if (r.readAlso() != null) {
      b.append("  read also: ").append(line(r.readAlso())).append('\n');
    }
    for (Related.Entry e : r.similar()) {
      b.append("  ").append(line(e)).append('\n');
    }
    return b.toString();
  }

  private static String line(Related.Entry e) {
    return String.format("%.3f  %s  [%s %s]  %s  (shared: %s)", e.score(), e.id(), e.source(),
        e.published() == null ? "-" : e.published().toLocalDate(), e.title(), String.join("، ", e.reason().sharedTerms()));
  }
}
