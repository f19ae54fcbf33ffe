package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;

/**
 * Climbs the ladder when nobody acts in time: a case must be accepted within its policy's accept
 * limit and handled within its handle limit, at each rung; when a deadline passes with the case
 * still waiting, it moves to ESCALATED (actor {@code system}, the reason in words), the next rung
 * is notified and its own deadlines start. Cases of grades I and II start at the district and
 * notify every rung at once. At the top, an overdue case raises a notice and stays.
 *
 * <p>Time is the injected {@link Clock} and deadlines run on the injected {@link Scheduler}, so
 * tests and simulations run on virtual time ({@link VirtualScheduler}). Thread-safe as far as its
 * scheduler and clock are.
 */
public final class Escalator {

  /** States in which a case still waits for someone to take it. */
  private static final Set<CaseState> WAITING = EnumSet.of(CaseState.REPORTED, CaseState.ESCALATED);

  /** States in which a case no longer needs handling. */
  private static final Set<CaseState> DONE =
      EnumSet.of(
          CaseState.RESOLVED,
          CaseState.VERIFIED,
          CaseState.CLOSED,
          CaseState.MERGED,
          CaseState.REJECTED);

  /**
   * Tells a rung of the ladder about a case.
   *
   * @param caseId the case
   * @param level the rung told
   * @param at when
   * @param kind what the notice is about
   * @param reason why, in words: a new case, an escalation, an overdue case at the top
   * @param acceptBy when the rung must accept the case; empty for an overdue case at the top
   */
  public record Notice(
      String caseId,
      LadderLevel level,
      Instant at,
      Kind kind,
      String reason,
      Optional<Instant> acceptBy) {

    /** What a notice is about. */
    public enum Kind {
      /** A new case, told to the rung where it starts. */
      OPENED,
      /** A case of grade I or II: every rung is told at once. */
      ALERT,
      /** Nobody acted in time below: the case is passed up to this rung. */
      ESCALATED,
      /** Nobody acted in time at the top of the ladder. */
      OVERDUE
    }

    /** Validates the parts. */
    public Notice {
      requireNonNull(caseId, "caseId");
      requireNonNull(level, "level");
      requireNonNull(at, "at");
      requireNonNull(kind, "kind");
      requireNonNull(reason, "reason");
      requireNonNull(acceptBy, "acceptBy");
    }
  }

  /**
   * Where a case stands on the ladder and its deadlines there.
   *
   * @param caseId the case
   * @param level the rung that has it
   * @param acceptBy when it must be accepted
   * @param handleBy when it must be handled
   */
  public record Rung(String caseId, LadderLevel level, Instant acceptBy, Instant handleBy) {}

  private final EscalationPolicy policy;
  private final Clock clock;
  private final Scheduler scheduler;
  private final CaseBook cases;
  private final Consumer<Notice> notices;

  /** The rung of each case; a timer for an older rung finds it changed and does nothing. */
  private final Map<String, Rung> rungs = new ConcurrentHashMap<>();

  /**
   * An escalator.
   *
   * @param policy the limits
   * @param clock the time
   * @param scheduler runs the deadline checks
   * @param cases where cases are read and moved
   * @param notices receives every notice to a rung
   */
  public Escalator(
      EscalationPolicy policy,
      Clock clock,
      Scheduler scheduler,
      CaseBook cases,
      Consumer<Notice> notices) {
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.scheduler = requireNonNull(scheduler, "scheduler");
    this.cases = requireNonNull(cases, "cases");
    this.notices = requireNonNull(notices, "notices");
  }

  /**
   * Starts following a case at a rung (grades I and II at the district), notifying it, and sets its
   * deadlines.
   *
   * @param c the case, stored in the case book
   * @param event the report that opened it (its category and severity set the limits)
   * @param level the rung of the case's grid (micro for a micro or exclusive grid, …)
   */
  public Rung start(GridCase c, GridEvent event, LadderLevel level) {
    requireNonNull(c, "case");
    requireNonNull(event, "event");
    requireNonNull(level, "level");
    cases.put(c);
    Instant now = clock.instant();
    if (policy.startsAtDistrict(event.severity())) {
      Rung rung = arm(c.id(), event, LadderLevel.DISTRICT, now);
      for (LadderLevel l : LadderLevel.values()) {
        notices.accept(
            new Notice(
                c.id(),
                l,
                now,
                Notice.Kind.ALERT,
                "grade " + event.severity() + " " + event.category().code(),
                Optional.of(rung.acceptBy())));
      }
      return rung;
    }
    // Armed before the notice goes out, so that the notice can say by when to accept.
    Rung rung = arm(c.id(), event, level, now);
    notices.accept(
        new Notice(
            c.id(),
            level,
            now,
            Notice.Kind.OPENED,
            "new case " + event.category().code(),
            Optional.of(rung.acceptBy())));
    return rung;
  }

  /**
   * Follows a case again without notifying anyone, as after a restart: its deadlines at {@code
   * level} run from {@code since} (its last move, or its opening), so deadlines that passed while
   * nobody followed it fire at once.
   *
   * @param c the case as it stands, stored in the case book
   * @param event the report that opened it (its category and severity set the limits)
   * @param level the rung the case had reached
   * @param since when it reached that rung
   */
  public Rung resume(GridCase c, GridEvent event, LadderLevel level, Instant since) {
    requireNonNull(c, "case");
    requireNonNull(event, "event");
    requireNonNull(level, "level");
    requireNonNull(since, "since");
    cases.put(c);
    return arm(c.id(), event, level, since);
  }

  /** The rung a case is at, if followed. */
  public Optional<Rung> rung(String caseId) {
    return Optional.ofNullable(rungs.get(caseId));
  }

  private Rung arm(String caseId, GridEvent event, LadderLevel level, Instant from) {
    EscalationPolicy.Limits limits = policy.limits(event.category(), event.severity());
    Rung rung =
        new Rung(caseId, level, policy.acceptBy(from, limits), policy.handleBy(from, limits));
    rungs.put(caseId, rung);
    scheduler.schedule(rung.acceptBy(), () -> check(rung, event, true));
    scheduler.schedule(rung.handleBy(), () -> check(rung, event, false));
    return rung;
  }

  private void check(Rung armed, GridEvent event, boolean acceptance) {
    if (!armed.equals(rungs.get(armed.caseId()))) {
      return; // the case has moved on since this timer was set
    }
    GridCase c = cases.get(armed.caseId()).orElseThrow();
    boolean overdue = acceptance ? WAITING.contains(c.state()) : !DONE.contains(c.state());
    if (!overdue) {
      return;
    }
    Instant now = clock.instant();
    String what = acceptance ? "not accepted" : "not handled";
    Optional<LadderLevel> up = armed.level().up();
    if (up.isEmpty()) {
      notices.accept(
          new Notice(
              c.id(),
              armed.level(),
              now,
              Notice.Kind.OVERDUE,
              what + " in time at the top of the ladder",
              Optional.empty()));
      return;
    }
    String reason = what + " in time at " + armed.level().code() + "; passed to " + up.get().code();
    cases.update(
        c.id(),
        current ->
            current.moveTo(
                CaseState.ESCALATED,
                "system",
                OffsetDateTime.ofInstant(now, clock.getZone()),
                reason));
    Rung next = arm(c.id(), event, up.get(), now);
    notices.accept(
        new Notice(
            c.id(), up.get(), now, Notice.Kind.ESCALATED, reason, Optional.of(next.acceptBy())));
  }
}
