package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.progress.Progress;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.store.StoredCases;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleEvents;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.TreeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid demo}: loads the bundled sample communities and prints their hierarchy summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the bundled sample communities of grid-samples (an urban community in Chengdu and a"
          + " rural village) through the file readers and prints their hierarchy summary: grids"
          + " per level, households, members, party organisations. Then puts each into the store"
          + " (--store; by default the embedded H2 store in ~/.gridgov) as a tree version and"
          + " routes its sample reports into cases there; a second run finds them in the store"
          + " and says so. In text, it ends with a short tour of the urban sample: validation,"
          + " residents merged, a report's life on virtual time, the planner and a map (--no-tour"
          + " leaves it out)."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description = "Which sample: ${COMPLETION-CANDIDATES} (default: all).")
  BundledSample sample;

  @Mixin FormatOption output = new FormatOption();

  @Mixin DateOption date = new DateOption();

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--reports",
      paramLabel = "N",
      defaultValue = "300",
      description =
          "How many sample reports of each sample to route into the store (default:"
              + " ${DEFAULT-VALUE}, as grid sample writes).")
  int reports = 300;

  @Option(names = "--no-tour", description = "Leave out the tour of the urban sample.")
  boolean noTour;

  @Override
  public Integer call() {
    if (reports < 0 || reports > 100_000) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--reports must be 0..100000 but was " + reports);
    }
    var out = spec.commandLine().getOut();
    // In JSON mode standard output carries the summaries only; what the store did goes to stderr.
    PrintWriter notes = output.format == OutputFormat.TEXT ? out : spec.commandLine().getErr();
    try (GridStore s = store.open()) {
      for (BundledSample b :
          sample == null ? BundledSample.values() : new BundledSample[] {sample}) {
        GridTree tree = b.load();
        SummaryPrinter.print(
            "Sample: " + b.description() + " (bundled files: " + b.resourceDirectory() + ")",
            tree,
            date.dateOrToday(),
            output.format,
            out);
        store(tree, s, notes);
        if (output.format == OutputFormat.TEXT) {
          out.println();
        }
        if (b == BundledSample.URBAN && output.format == OutputFormat.TEXT && !noTour) {
          new DemoTour(tree, date.dateOrToday(), out).run();
          out.println();
        }
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Saves the sample's tree as a version (unless the store has one for its community on the
   * sample's date), routes its sample reports and stores their cases (those already there are
   * found, not written again), and says which.
   */
  private void store(GridTree tree, GridStore s, PrintWriter notes) {
    DivisionCode community = tree.communities().get(0).code().community();
    LocalDate day = SampleCommunities.REFERENCE_DATE;
    Optional<TreeVersion> found = s.trees().versionOn(community, day);
    if (found.isPresent()) {
      TreeVersion v = found.get();
      notes.printf(
          "Store: found version %d of community %s (saved %s, effective %s) in %s%n",
          v.number(), community.digits(), v.savedAt(), v.effectiveFrom(), s.describe());
    } else {
      TreeVersion v = s.trees().save(tree, day, "grid demo: bundled sample");
      notes.printf(
          "Store: saved the tree as version %d of community %s, effective %s, in %s%n",
          v.number(), community.digits(), day, s.describe());
    }
    // The samples number their reports alike (E000001, ...): in one store, each community's
    // reports (and so its case ids) carry the community's code.
    List<GridEvent> events =
        SampleEvents.generate(
                tree,
                reports,
                SampleEvents.DEFAULT_START,
                Duration.ofDays(5),
                SampleCommunities.DEFAULT_SEED + 1)
            .stream()
            .map(e -> e.withId(community.digits() + "-" + e.id()))
            .toList();
    CaseIntake.Result routed =
        new CaseIntake(tree, EventRouter.of(tree, RoutingPolicy.defaults())).take(events);
    StoredCases.Outcome saved = StoredCases.save(s.cases(), routed.audit(), Progress.NONE);
    long inStore =
        s.cases().count(Scope.grids(List.of(tree.communities().get(0).code())), CaseQuery.all());
    if (saved.stored() == 0 && saved.alreadyStored() > 0) {
      notes.printf(
          "Store: the %d cases of its %d sample reports were found there already; %d cases of"
              + " this community are stored (list them: grid cases --grid %s)%n",
          saved.alreadyStored(), events.size(), inStore, tree.communities().get(0).code().value());
    } else {
      notes.printf(
          "Store: routed %d sample reports into %d cases, %d stored now, %d found there already;"
              + " %d cases of this community are stored (list them: grid cases --grid %s)%n",
          events.size(),
          routed.cases().size(),
          saved.stored(),
          saved.alreadyStored(),
          inStore,
          tree.communities().get(0).code().value());
    }
  }
}
