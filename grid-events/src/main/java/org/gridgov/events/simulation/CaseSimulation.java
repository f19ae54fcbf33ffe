package org.gridgov.events.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.event.AuditEntry;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.CaseBook;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;

/**
 * Plays the lifecycle of a batch of reports on virtual time: intake opens the cases, the {@link
 * Escalator} follows them, and the people on the ladder act after random delays — the assigned
 * member takes a case (some members are quick, some slow: each has a mean response time drawn
 * once), or, once it has been escalated, the level above takes it; then the case is dispatched,
 * handled, verified by the community and closed. The audit log it yields has every move, the
 * escalator's included, so the supervision report can be tried on it.
 *
 * <p>The figures (mean response 5–60 minutes per member, 10 minutes for a level above, handling 20
 * minutes to 3 hours, verification within an hour) are assumptions for experiments, not
 * measurements; change them with the builder's seed and means. The same input and seed always give
 * the same log.
 */
public final class CaseSimulation {

  /**
   * What a run yielded.
   *
   * @param intake what intake decided
   * @param cases the cases at the end, with their trails
   * @param audit the whole audit log, oldest first
   */
  public record Result(
      CaseIntake.Result intake, ImmutableList<GridCase> cases, ImmutableList<AuditRecord> audit) {}

  private static final String VERIFIER = "community";

  private final GridTree tree;
  private final RoutingPolicy policy;
  private final long seed;
  private final Duration horizon;

  /**
   * A simulation.
   *
   * @param tree the community
   * @param policy the routing figures
   * @param seed the seed of every random delay
   * @param horizon how long after the last report the simulation runs
   */
  public CaseSimulation(GridTree tree, RoutingPolicy policy, long seed, Duration horizon) {
    this.tree = requireNonNull(tree, "tree");
    this.policy = requireNonNull(policy, "policy");
    this.seed = seed;
    this.horizon = requireNonNull(horizon, "horizon");
    checkArgument(!horizon.isNegative(), "horizon must not be negative");
  }

  /** Runs the reports through intake and their lifecycles. */
  public Result run(List<GridEvent> events) {
    requireNonNull(events, "events");
    CaseIntake.Result intake = new CaseIntake(tree, EventRouter.of(tree, policy)).take(events);
    Random random = new Random(seed);
    Map<String, Double> meanResponse = new HashMap<>();
    for (GridMember m : tree.members()) {
      meanResponse.put(m.id(), 5 + random.nextDouble() * 55);
    }
    Instant start =
        events.stream()
            .map(e -> e.reportedAt().toInstant())
            .min(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    VirtualScheduler scheduler = new VirtualScheduler(start, ZoneOffset.ofHours(8));
    CaseBook book = new CaseBook();
    Escalator escalator =
        new Escalator(policy.escalation(), scheduler.clock(), scheduler, book, notice -> {});
    Map<String, GridEvent> byId = new HashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    Map<String, GridCase> opened = new HashMap<>();
    intake.cases().forEach(c -> opened.put(c.id(), c));
    Instant end = start;
    for (AuditRecord r : intake.audit()) {
      if (!(r instanceof AuditRecord.Opened o)) {
        continue;
      }
      GridCase c = requireNonNull(opened.get(o.caseId()));
      GridEvent lead = requireNonNull(byId.get(o.eventId()));
      Instant at = o.at().toInstant();
      end = at.isAfter(end) ? at : end;
      double mean = o.assignee().map(m -> meanResponse.getOrDefault(m, 30.0)).orElse(45.0);
      Person person = new Person(o.assignee().orElse("community"), mean, random.nextLong());
      scheduler.schedule(
          at,
          () -> {
            escalator.start(c, lead, o.level());
            person.next(book, scheduler, c.id());
          });
    }
    scheduler.advanceTo(end.plus(horizon));
    List<GridCase> finals = new ArrayList<>();
    List<AuditRecord> audit = new ArrayList<>(intake.audit());
    for (GridCase c : intake.cases()) {
      GridCase last = book.get(c.id()).orElse(c);
      finals.add(last);
      for (AuditEntry e : last.history()) {
        if (e.from().isPresent()) {
          audit.add(AuditRecord.Moved.of(e));
        }
      }
    }
    audit.sort(Comparator.comparing(r -> r.at().toInstant())); // stable: open before its moves
    return new Result(intake, ImmutableList.copyOf(finals), ImmutableList.copyOf(audit));
  }

  /** The people acting on one case: its assignee, the level above, the community verifier. */
  private static final class Person {
    private final String assignee;
    private final double meanMinutes;
    private final Random random;

    Person(String assignee, double meanMinutes, long seed) {
      this.assignee = assignee;
      this.meanMinutes = meanMinutes;
      this.random = new Random(seed);
    }

    /** Schedules the next step of the happy path from the case's state now. */
    void next(CaseBook book, VirtualScheduler scheduler, String caseId) {
      GridCase c = book.get(caseId).orElseThrow();
      CaseState state = c.state();
      double minutes =
          switch (state) {
            case REPORTED -> exponential(meanMinutes);
            case ESCALATED -> exponential(10);
            case ACCEPTED -> 1 + random.nextInt(5);
            case DISPATCHED -> 5 + random.nextInt(20);
            case IN_PROGRESS -> 20 + random.nextInt(160);
            case RESOLVED -> 10 + random.nextInt(50);
            case VERIFIED -> 5;
            default -> -1; // closed, merged, rejected: nothing more happens
          };
      if (minutes < 0) {
        return;
      }
      Instant when = scheduler.now().plusSeconds(Math.round(minutes * 60));
      scheduler.schedule(when, () -> act(book, scheduler, caseId, state));
    }

    private void act(CaseBook book, VirtualScheduler scheduler, String caseId, CaseState planned) {
      GridCase c = book.get(caseId).orElseThrow();
      if (c.state() != planned) {
        next(book, scheduler, caseId); // the escalator moved it meanwhile: act on what it is now
        return;
      }
      OffsetDateTime now = OffsetDateTime.ofInstant(scheduler.now(), ZoneOffset.ofHours(8));
      CaseState to;
      String actor = assignee;
      String reason;
      switch (planned) {
        case REPORTED -> {
          to = CaseState.ACCEPTED;
          reason = "taken";
        }
        case ESCALATED -> {
          to = CaseState.DISPATCHED;
          actor = "ladder";
          reason = "taken by the level above";
        }
        case ACCEPTED -> {
          to = CaseState.DISPATCHED;
          reason = "on the way";
        }
        case DISPATCHED -> {
          to = CaseState.IN_PROGRESS;
          reason = "on site";
        }
        case IN_PROGRESS -> {
          to = CaseState.RESOLVED;
          reason = "handled";
        }
        case RESOLVED -> {
          to = CaseState.VERIFIED;
          actor = VERIFIER;
          reason = "checked with the reporter";
        }
        default -> {
          to = CaseState.CLOSED;
          actor = VERIFIER;
          reason = "closed";
        }
      }
      String who = actor;
      book.update(caseId, x -> x.moveTo(to, who, now, reason));
      next(book, scheduler, caseId);
    }

    private double exponential(double mean) {
      return -mean * Math.log(1 - random.nextDouble());
    }
  }
}
