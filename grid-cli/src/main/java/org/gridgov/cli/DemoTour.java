package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.event.AuditEntry;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.GoldenRecord;
import org.gridgov.dedup.RecordSet;
import org.gridgov.events.routing.CaseBook;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.Route;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.research.map.GridMap;
import org.gridgov.rules.planning.MicroGridPlan;
import org.gridgov.rules.planning.MicroGridPlanner;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.SampleEvents;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;

/**
 * The tour {@code grid demo} ends with: five short steps over the urban sample, each saying what it
 * shows, all in memory but the map: validation, resident merging, one report's life on virtual
 * time, the planner, a map. Each step drives the real modules.
 */
final class DemoTour {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private final GridTree tree;
  private final LocalDate date;
  private final PrintWriter out;

  DemoTour(GridTree tree, LocalDate date, PrintWriter out) {
    this.tree = tree;
    this.date = date;
    this.out = out;
  }

  /** Runs the tour; returns the path of the map it wrote. */
  Path run() {
    out.println("Tour of the urban sample, in five steps:");
    ValidationReport report = validate();
    merge();
    caseLife();
    plan();
    return map(report);
  }

  private void step(int n, String what) {
    out.printf("%n[%d/5] %s%n", n, what);
  }

  private ValidationReport validate() {
    step(1, "Validate: the community checked against the paper's rules (grid validate)");
    ValidationReport report = GridValidator.builder().build().validate(tree, date);
    Map<Severity, Integer> counts = report.countsBySeverity();
    out.printf(
        "  %d errors, %d warnings, %d info; most frequent: %s%n",
        counts.getOrDefault(Severity.ERROR, 0),
        counts.getOrDefault(Severity.WARNING, 0),
        counts.getOrDefault(Severity.INFO, 0),
        report.countsByRule().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(3)
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .reduce((a, b) -> a + ", " + b)
            .orElse("none"));
    return report;
  }

  private void merge() {
    step(2, "Merge residents: the same people registered by a dozen apps (grid dedup)");
    Dataset data = SyntheticResidents.generate(200, SyntheticResidents.DEFAULT_SEED);
    StringWriter csv = new StringWriter();
    try {
      data.writeCsv(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DedupConfig config = DedupConfig.residentCn();
    RecordSet set = RecordSet.read(new StringReader(csv.toString()), "residents.csv", config);
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    long apps =
        java.util.stream.IntStream.range(0, set.size()).mapToObj(set::source).distinct().count();
    out.printf(
        "  %d records from %d apps -> %d residents (the generator made %d people)%n",
        set.size(), apps, result.clusterCount(), data.people().size());
    GoldenRecord one =
        GoldenRecord.of(result).stream()
            .max(Comparator.comparingInt((GoldenRecord g) -> g.recordIds().size()))
            .orElseThrow();
    out.printf(
        "  one golden record, from %d records; each field with the app and record it came from"
            + " (numbers masked):%n",
        one.recordIds().size());
    StringWriter golden = new StringWriter();
    try {
      GoldenRecord.write(List.of(one), config, golden);
      String text = golden.toString();
      List<String> header = Arrays.asList(text.substring(0, text.indexOf('\n')).split(","));
      CsvReader reader =
          new CsvReader("golden.csv", new StringReader(text), header, new ProblemLog());
      CsvRecord row = reader.next().orElseThrow();
      for (DedupConfig.Field f : config.fields()) {
        int at = header.indexOf(f.name());
        String value = row.text(at);
        if (!value.isEmpty()) {
          out.printf(
              "    %-12s %s  [%s, %s]%n", f.name(), value, row.text(at + 1), row.text(at + 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void caseLife() {
    step(3, "A report's life on virtual time: routed, escalated when nobody acts, closed");
    Household h =
        tree.households().stream().filter(x -> x.location().isPresent()).findFirst().orElseThrow();
    OffsetDateTime at = SampleEvents.DEFAULT_START;
    GridEvent e =
        GridEvent.builder("TOUR-1", at, EventCategory.FACILITY_DAMAGE)
            .householdId(h.id())
            .location(h.location().get().getX(), h.location().get().getY())
            .source(EventSource.RESIDENT_QR)
            .text("broken stair light")
            .build();
    RoutingPolicy policy = RoutingPolicy.defaults();
    Route route = EventRouter.of(tree, policy).route(e);
    if (!(route instanceof Route.Routed r)) {
      out.println("  the report could not be routed: " + ((Route.Unroutable) route).reason());
      return;
    }
    out.printf(
        "  %s at %s: grid %s, assigned to %s, accept by %s%n",
        e.category().code(),
        at.toLocalTime(),
        r.grid().code(),
        r.assignee().orElse("nobody reachable"),
        r.acceptBy().atOffset(CHINA).toLocalTime());
    Instant start = at.toInstant();
    VirtualScheduler time = new VirtualScheduler(start, CHINA);
    CaseBook book = new CaseBook();
    Escalator escalator = new Escalator(policy.escalation(), time.clock(), time, book, n -> {});
    GridCase c = GridCase.open("TOUR-C1", e, r.grid().code(), CaseIntake.ACTOR);
    escalator.start(c, e, r.level());
    // Nobody accepts: the escalator passes the case up at the accept limit. The level above then
    // takes it, a department handles it and the community closes it.
    time.schedule(
        start.plus(Duration.ofMinutes(40)),
        () ->
            move(book, time, CaseState.DISPATCHED, "general grid staff", "taken from the ladder"));
    time.schedule(
        start.plus(Duration.ofMinutes(45)),
        () -> move(book, time, CaseState.IN_PROGRESS, "property company", "on site"));
    time.schedule(
        start.plus(Duration.ofMinutes(100)),
        () -> move(book, time, CaseState.RESOLVED, "property company", "light replaced"));
    time.schedule(
        start.plus(Duration.ofMinutes(130)),
        () -> move(book, time, CaseState.VERIFIED, "community", "checked with the reporter"));
    time.schedule(
        start.plus(Duration.ofMinutes(131)),
        () -> move(book, time, CaseState.CLOSED, "community", "closed"));
    time.advanceTo(start.plus(Duration.ofHours(4)));
    out.println("  audit trail:");
    for (AuditEntry a : book.get("TOUR-C1").orElseThrow().history()) {
      out.printf(
          "    %s  %-11s by %-18s %s%n",
          a.at().atZoneSameInstant(CHINA).toLocalTime(), a.to().code(), a.actor(), a.reason());
    }
  }

  private static void move(
      CaseBook book, VirtualScheduler time, CaseState to, String actor, String reason) {
    OffsetDateTime now = OffsetDateTime.ofInstant(time.now(), CHINA);
    book.update("TOUR-C1", x -> x.state().canMoveTo(to) ? x.moveTo(to, actor, now, reason) : x);
  }

  private void plan() {
    step(4, "Re-divide a grid (划小划微): the planner at 60 households per micro grid (grid plan)");
    Grid biggest =
        tree.grids(GridLevel.GENERAL).stream()
            .max(Comparator.comparingInt(g -> tree.householdsWithin(g.code()).size()))
            .orElseThrow();
    GridPolicy sixty =
        GridPolicy.read(
            new StringReader(
                "{\"schemaVersion\":1,\"defaults\":{\"microMaxHouseholds\":60,"
                    + "\"microAverageMaxHouseholds\":60}}"),
            "tour policy");
    MicroGridPlan plan =
        MicroGridPlanner.builder().policy(sixty).build().plan(tree, biggest.code());
    out.printf(
        "  general grid %s (%s): %d households in %d micro grids today; proposed: %d micro grids,"
            + " at most %d households, longest round %.0f minutes for 3 members%n",
        biggest.code(),
        biggest.name(),
        tree.householdsWithin(biggest.code()).size(),
        tree.children(biggest.code()).size(),
        plan.grids().size(),
        plan.grids().stream().mapToInt(g -> g.households().size()).max().orElse(0),
        plan.grids().stream().mapToDouble(g -> g.workload().totalMinutes()).max().orElse(0));
  }

  private Path map(ValidationReport report) {
    step(5, "A map: grids coloured by their worst finding (grid map)");
    Map<GridCode, Severity> worst = new TreeMap<>();
    for (Finding f : report.findings()) {
      f.grid().ifPresent(g -> worst.merge(g, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }
    GridMap map = new GridMap(tree, Optional.of(worst), List.of());
    try {
      Path dir = Files.createTempDirectory("gridgov-demo-");
      Path file = dir.resolve("urban-map.png");
      Files.write(file, map.png());
      map.warnings().forEach(w -> out.println("  warning: " + w));
      out.println("  wrote " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
