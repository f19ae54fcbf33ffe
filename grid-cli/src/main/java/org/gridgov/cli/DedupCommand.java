package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.Decisions;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupModel;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.Evaluation;
import org.gridgov.dedup.Explanation;
import org.gridgov.dedup.GoldenRecord;
import org.gridgov.dedup.RecordSet;
import org.gridgov.dedup.store.StoredResidents;
import org.gridgov.spi.store.GridStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid dedup}: one resident per real person from many apps' records. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Collect once, use everywhere (一次采集、各方使用): merges records of one person from many apps."
          + " Writes record_id,cluster_id for every input record (singletons get their own"
          + " cluster, named by the smallest record id in it), optionally the golden record of"
          + " each cluster with the source and record of every field, and with --truth the"
          + " precision, recall and F1 (docs/dedup.md)."
    })
final class DedupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Records, CSV.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write record_id,cluster_id.")
  Path output;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "resident-cn",
      description = "Record layout and settings: resident-cn (default) or febrl.")
  String profile;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A profile of your own, JSON (docs/dedup.md); replaces --profile.")
  Path config;

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "Also save the golden residents, with every field's provenance, and the source records"
              + " into this store (a JDBC URL or memory:; docs/spi.md), replacing those of the same"
              + " ids. Only when given: resident data is not stored by default.")
  @org.jspecify.annotations.Nullable
  String store;

  @Option(
      names = "--golden",
      paramLabel = "FILE",
      description = "Where to write one golden record per cluster, with provenance.")
  Path golden;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description =
          "Ground truth, CSV with a header and two columns: record id, entity id. Prints"
              + " precision, recall and F1.")
  Path truth;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description = "Where to write the estimated model (λ, m, u and weights per field), JSON.")
  Path weights;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "Run with a model written by --weights, as it is: no estimation; term frequencies are"
              + " counted over this input. Its profile must be the run's.")
  Path model;

  @Option(
      names = "--reveal",
      description =
          "Write identity and phone numbers whole in the golden records; they are masked"
              + " otherwise.")
  boolean reveal;

  @Option(
      names = "--review",
      paramLabel = "FILE",
      description =
          "Where to write the pairs scored near the threshold for people to review, both records"
              + " masked, with the match probability (docs/dedup.md).")
  Path review;

  @picocli.CommandLine.Mixin SpreadsheetOptions.Excel excel = new SpreadsheetOptions.Excel();

  /** The input records' encoding: {@link GridCommand} applies it to the run. */
  @picocli.CommandLine.Mixin
  SpreadsheetOptions.Encoding encoding = new SpreadsheetOptions.Encoding();

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description =
          "People's decisions, CSV record_id_a,record_id_b,decision (same or different): they"
              + " override the model both ways, in this run and every run given them.")
  Path decisions;

  @Option(
      names = "--explain",
      paramLabel = "A,B",
      description =
          "Print for two record ids each field's level and weight, the prior, the total, the"
              + " blocking keys they share and why the pair was accepted, refused or never"
              + " compared.")
  String explain;

  @Override
  public Integer call() {
    // The store is opened first: a store that cannot be reached fails before the work.
    GridStore opened = null;
    if (store != null) {
      StoreOption where = new StoreOption();
      where.url = store;
      opened = where.open();
    }
    try {
      return run(opened);
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  /** The tree in force today of each community the store holds, to place residents in grids. */
  private static List<GridTree> currentTrees(GridStore store) {
    java.util.Set<org.gridgov.core.division.DivisionCode> communities = new java.util.TreeSet<>();
    store.trees().versions().forEach(v -> communities.addAll(v.communities()));
    java.util.Set<Long> loaded = new java.util.HashSet<>();
    List<GridTree> trees = new java.util.ArrayList<>();
    java.time.LocalDate today = java.time.LocalDate.now();
    for (org.gridgov.core.division.DivisionCode c : communities) {
      store
          .trees()
          .versionOn(c, today)
          .filter(v -> loaded.add(v.number()))
          .ifPresent(v -> trees.add(store.trees().load(v)));
    }
    return trees;
  }

  private int run(@org.jspecify.annotations.Nullable GridStore opened) {
    PrintWriter err = spec.commandLine().getErr();
    DedupConfig c;
    if (config != null) {
      c = DedupConfig.read(config);
    } else {
      try {
        c = DedupConfig.profile(profile);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "bad option", List.of(Problem.of("--profile", Checks.messageOf(e))));
      }
    }
    Map<String, String> entities = truth == null ? Map.of() : Evaluation.readTruth(truth);
    Decisions decided = decisions == null ? Decisions.none() : Decisions.read(decisions);
    DedupModel fixed = model == null ? null : readModel(model, c);
    String[] explained = null;
    if (explain != null) {
      explained = explain.split(",", -1);
      if (explained.length != 2 || explained[0].isBlank() || explained[1].isBlank()) {
        throw new InvalidInputException(
            "bad option",
            List.of(Problem.of("--explain", "expected two record ids: A,B but was " + explain)));
      }
    }
    long size = size(input);
    boolean loud = size > 8L << 20;
    long started = System.nanoTime();
    RecordSet set = RecordSet.read(input, c, new ProgressLine(err));
    if (loud) {
      err.printf("read %,d records in %.1f s%n", set.size(), seconds(started));
    }
    Progress progress =
        loud
            ? (phase, done, total) -> {
              if (total > 0) {
                err.printf("%s: %d%%%n", phase, done * 100 / total);
              } else {
                err.printf("%s...%n", phase);
              }
            }
            : Progress.NONE;
    DedupResult result =
        fixed == null
            ? new Deduplicator().run(set, decided, progress)
            : new Deduplicator().run(set, fixed, decided, progress);
    Explanation explanation = null;
    if (explained != null) {
      try {
        explanation = result.explain(explained[0].strip(), explained[1].strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "bad option", List.of(Problem.of("--explain", Checks.messageOf(e) + " of " + input)));
      }
    }
    Map<Path, Map<String, AtomicFiles.Content>> files = new LinkedHashMap<>();
    add(files, output, result::writeClusters);
    if (golden != null) {
      List<GoldenRecord> records = GoldenRecord.of(result);
      add(files, golden, w -> GoldenRecord.write(records, c, w, reveal));
    }
    if (review != null) {
      add(files, review, w -> result.writeReview(w));
    }
    if (weights != null) {
      String json = result.model().toJson();
      add(files, weights, w -> w.write(json + "\n"));
    }
    files.forEach(AtomicFiles::write);
    PrintWriter out = spec.commandLine().getOut();
    if (opened != null) {
      StoredResidents.Saved saved =
          StoredResidents.save(opened.residents(), result, currentTrees(opened), Progress.NONE);
      out.printf(
          "saved %,d golden residents and their records in %s: %,d in their household's grid,"
              + " %,d at community level (household not known), %,d in no grid (no single"
              + " community in the store)%n",
          saved.saved(),
          opened.describe(),
          saved.inHousehold(),
          saved.atCommunity(),
          saved.unassigned());
    }
    out.printf(
        "%,d records in %,d clusters (%,d candidate pairs, %,d accepted) in %.1f s; wrote %s%n",
        set.size(),
        result.clusterCount(),
        result.blocking().candidatePairs(),
        result.acceptedPairs(),
        seconds(started),
        output);
    if (explanation != null) {
      out.print(explanation.text());
    }
    if (truth != null) {
      Evaluation e = Evaluation.of(result, entities);
      if (e.recordsScored() < set.size() || e.recordsScored() < entities.size()) {
        // A truth file for part of the records would count every other record as a resident of
        // its own and every merge with it as wrong: score only what the truth covers, and say so.
        err.printf(
            "warning: %s names %,d of the %,d input records; only those are scored"
                + " (%,d of its record ids are not in the input)%n",
            truth, e.recordsScored(), set.size(), entities.size() - e.recordsScored());
      }
      out.printf(
          "precision %.4f recall %.4f F1 %.4f (pairwise); B-cubed precision %.4f recall %.4f F1"
              + " %.4f%n",
          e.precision(), e.recall(), e.f1(), e.bcubedPrecision(), e.bcubedRecall(), e.bcubedF1());
      out.printf(
          "blocking: %,d candidate pairs, reduction ratio %.6f, pairs completeness %.4f%n",
          result.blocking().candidatePairs(),
          result.blocking().reductionRatio(),
          e.pairsCompleteness());
      out.printf("pairs completeness per blocking key: %s%n", perKey(e));
      out.printf("errors by kind: %s%n", e.errors());
    }
    return ExitCodes.OK;
  }

  private static void add(
      Map<Path, Map<String, AtomicFiles.Content>> files, Path file, AtomicFiles.Content content) {
    Path dir = file.toAbsolutePath().getParent();
    files
        .computeIfAbsent(dir, d -> new LinkedHashMap<>())
        .put(file.getFileName().toString(), content);
  }

  private static String perKey(Evaluation e) {
    StringBuilder b = new StringBuilder();
    e.keyCompleteness()
        .forEach(
            (k, v) ->
                b.append(b.length() == 0 ? "" : ", ")
                    .append(k)
                    .append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", v)));
    return b.toString();
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it reports the problem
    }
  }

  /** Reads a model written by {@code --weights}; problems name the file and the JSON path. */
  private static DedupModel readModel(Path file, DedupConfig config) {
    String json = TextFiles.readString(file, "the dedup model", StrictJson.MAX_DOCUMENT_CHARS);
    try {
      return DedupModel.fromJson(json, config);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("cannot use the model " + file, e.problems());
    }
  }
}
