package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.grid.GridTree;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.TreeVersion;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid load}: puts a community's files into the store as a new tree version. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Puts a community's files (grids, households, members, party organisations, buildings)"
          + " into the store as a new version of its grid tree, effective from a date, so that the"
          + " tree of any day can be read back (docs/spi.md)."
    })
final class LoadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--effective",
      paramLabel = "DATE",
      description = "The first day the tree holds, yyyy-MM-dd (default: today).")
  @Nullable LocalDate effective;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      defaultValue = "loaded from files",
      description = "Why this version is saved (default: ${DEFAULT-VALUE}).")
  String note = "loaded from files";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (GridStore s = store.open()) {
      GridTree tree = files.load(spec.commandLine().getErr());
      LocalDate from = effective != null ? effective : LocalDate.now();
      TreeVersion v = s.trees().save(tree, from, note);
      out.printf(
          "saved version %d of %s, effective %s: %d grids, %d households, %d members, %d party"
              + " organisations, in %s%n",
          v.number(),
          v.communities().stream().map(c -> c.digits()).collect(Collectors.joining(", ")),
          v.effectiveFrom(),
          v.grids(),
          v.households(),
          v.members(),
          v.partyOrganizations(),
          s.describe());
    }
    return ExitCodes.OK;
  }
}
