package org.gridgov.events.live;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.event.AuditEntry;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.CaseBook;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.Location;
import org.gridgov.events.routing.Route;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.Scheduler;
import org.gridgov.events.store.StoredCases;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cases of a community as reports arrive: each batch of reports is located, joined to the open
 * case of the same incident or routed into a new case, and written to the store's case log in one
 * transaction; only then does {@link #take} return, so a caller that acknowledges a report after it
 * has it in the store. New cases are followed up the ladder by an {@link Escalator} on the given
 * clock and scheduler (the wall clock in a service, virtual time in tests); every escalation and
 * every move is written to the log as it happens, and every notice goes to the listener.
 *
 * <p>Batches are taken one at a time (the methods are synchronized): the store's transaction per
 * batch is what bounds throughput, so callers gather reports into batches (see {@code grid serve}'s
 * intake queue). If the store refuses a batch, nothing of it is acknowledged and the exception
 * reaches the caller; the members' counts of open cases used for balancing may then count cases
 * that were not stored, which only shifts later assignments.
 *
 * <p>Differences from batch intake ({@link CaseIntake}): a report joins the case of the most recent
 * report of the same incident and never merges two open cases; a more severe report joining a case
 * does not move it up the ladder; after a restart, reports are correlated only with reports that
 * arrived since.
 */
public final class LiveCases {

  private static final Logger log = LoggerFactory.getLogger(LiveCases.class);

  /** The actor live intake records under, as batch intake does. */
  public static final String ACTOR = CaseIntake.ACTOR;

  private static final Set<CaseState> DONE =
      EnumSet.of(
          CaseState.RESOLVED,
          CaseState.VERIFIED,
          CaseState.CLOSED,
          CaseState.MERGED,
          CaseState.REJECTED);

  private final GridTree tree;
  private final EventRouter router;
  private final CaseLog store;
  private final Clock clock;
  private final CaseBook book = new CaseBook();
  private final Escalator escalator;
  private final LiveCorrelator correlator;
  private final Consumer<Escalator.Notice> listener;

  // Guarded by this: where each followed case's log ends in the store, and how many entries of
  // its history (the opening and its moves) are stored.
  private final Map<String, CaseEntry> last = new HashMap<>();
  private final Map<String, Integer> storedHistory = new HashMap<>();

  /**
   * Live intake over a community.
   *
   * @param tree the community's grids, households, buildings and members
   * @param policy routing, correlation and escalation figures
   * @param store the case log every case is written to
   * @param clock the time of moves and escalations
   * @param scheduler runs the escalator's deadline checks
   * @param listener receives every notice to a rung of the ladder (a new case, an escalation, an
   *     overdue case at the top), after the case's log holds it; called on the intake's or the
   *     scheduler's thread, so it must hand work off rather than block (a notification centre)
   */
  public LiveCases(
      GridTree tree,
      RoutingPolicy policy,
      CaseLog store,
      Clock clock,
      Scheduler scheduler,
      Consumer<Escalator.Notice> listener) {
    this.tree = requireNonNull(tree, "tree");
    requireNonNull(policy, "policy");
    this.router = EventRouter.of(tree, policy);
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
    this.listener = requireNonNull(listener, "listener");
    this.correlator =
        new LiveCorrelator(policy.correlationRadiusMetres(), policy.correlationWindow());
    this.escalator =
        new Escalator(
            policy.escalation(),
            clock,
            requireNonNull(scheduler, "scheduler"),
            book,
            this::noticed);
  }

  /**
   * Takes a batch of reports: each is refused (outside every grid, or its id taken), joins an open
   * case or opens one, and the batch is written to the store in one transaction before this
   * returns.
   *
   * @return what happened to each report, in the order given
   * @throws org.gridgov.spi.store.StoreException if the store cannot be written; then no report of
   *     the batch was taken
   */
  public synchronized ImmutableList<Taken> take(List<GridEvent> events) {
    requireNonNull(events, "events");
    // A report's case is named after it; a report whose case exists (a repeat of an id taken
    // earlier, perhaps before a restart) is refused, found with one query for the batch.
    List<String> candidates = new ArrayList<>(events.size());
    for (GridEvent e : events) {
      candidates.add(caseIdOf(e));
    }
    Set<String> taken = new HashSet<>(store.lastSequences(candidates).keySet());
    List<Taken> out = new ArrayList<>(events.size());
    Map<String, List<CaseEntry>> pending = new LinkedHashMap<>();
    Map<String, CaseEntry> tentative = new HashMap<>();
    Map<String, Opening> opened = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (GridEvent e : events) {
      if (!ids.add(e.id()) || taken.contains(caseIdOf(e)) || book.get(caseIdOf(e)).isPresent()) {
        out.add(new Taken.Refused(e, "a report with the id " + e.id() + " was taken already"));
        continue;
      }
      Location where = router.locator().locate(e);
      if (!(where instanceof Location.Located located)) {
        out.add(new Taken.Refused(e, ((Location.Rejected) where).reason()));
        continue;
      }
      Optional<Point> position = e.location().or(() -> CaseIntake.position(tree, e));
      // A case the correlator remembers from a batch the store refused is not open: ignore it.
      Optional<String> joined =
          correlator.find(e, position).filter(id -> last.containsKey(id) || opened.containsKey(id));
      if (joined.isPresent()) {
        String caseId = joined.get();
        CaseEntry before = tentative.getOrDefault(caseId, last.get(caseId));
        CaseEntry entry =
            StoredCases.entry(
                new AuditRecord.Joined(caseId, e.reportedAt(), ACTOR, e.id()),
                Optional.ofNullable(before));
        pending.computeIfAbsent(caseId, k -> new ArrayList<>()).add(entry);
        tentative.put(caseId, entry);
        correlator.add(e, position, caseId);
        out.add(new Taken.Joined(e, caseId));
        continue;
      }
      Route.Routed routed = router.route(e, located);
      String caseId = caseIdOf(e);
      ZoneOffset offset = e.reportedAt().getOffset();
      CaseEntry entry =
          StoredCases.entry(
              new AuditRecord.Opened(
                  caseId,
                  e.reportedAt(),
                  ACTOR,
                  e.id(),
                  routed.grid().code(),
                  routed.assignee(),
                  routed.departments(),
                  routed.level(),
                  e.category(),
                  e.severity(),
                  routed.acceptBy().atOffset(offset),
                  routed.dueAt().atOffset(offset)),
              Optional.empty());
      pending.computeIfAbsent(caseId, k -> new ArrayList<>()).add(entry);
      tentative.put(caseId, entry);
      opened.put(caseId, new Opening(e, routed));
      correlator.add(e, position, caseId);
      out.add(new Taken.Opened(e, caseId, routed));
    }
    List<CaseAppend> appends = new ArrayList<>(pending.size());
    pending.forEach(
        (id, entries) -> {
          CaseEntry before = last.get(id);
          appends.add(
              new CaseAppend(
                  id, before == null ? 0 : before.sequence(), ImmutableList.copyOf(entries)));
        });
    if (!appends.isEmpty()) {
      store.appendAll(appends); // the batch is stored whole or not at all
    }
    last.putAll(tentative);
    for (Map.Entry<String, Opening> o : opened.entrySet()) {
      Opening opening = o.getValue();
      GridCase c = GridCase.open(o.getKey(), opening.lead(), opening.route().grid().code(), ACTOR);
      storedHistory.put(c.id(), c.history().size());
      escalator.start(c, opening.lead(), opening.route().level());
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Moves a case (accepted, resolved, closed, …), writing the move to the store first.
   *
   * @param caseId a followed case
   * @param to the state to move to
   * @param actor who moves it: a member id, a department
   * @param reason why, in words; may be empty
   * @return the case after the move
   * @throws IllegalArgumentException if no such case is followed
   * @throws org.gridgov.core.event.IllegalTransitionException if the move is not allowed from the
   *     case's state
   */
  public synchronized GridCase move(String caseId, CaseState to, String actor, String reason) {
    requireNonNull(caseId, "caseId");
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(reason, "reason");
    GridCase current =
        book.get(caseId)
            .orElseThrow(() -> new IllegalArgumentException("no case " + caseId + " is followed"));
    persist(caseId); // anything the escalator moved before, first
    GridCase moved =
        current.moveTo(
            to, actor, OffsetDateTime.ofInstant(clock.instant(), clock.getZone()), reason);
    book.put(moved);
    persist(caseId);
    return moved;
  }

  /**
   * A followed case, as the escalator follows it: its state and its moves. The reports that joined
   * it are in the store's log of the case, not here: a storm of reports must not make every join
   * copy a growing list.
   */
  public Optional<GridCase> get(String caseId) {
    return book.get(requireNonNull(caseId, "caseId"));
  }

  /** Where a followed case stands on the ladder. */
  public Optional<Escalator.Rung> rung(String caseId) {
    return escalator.rung(requireNonNull(caseId, "caseId"));
  }

  /**
   * Follows again the cases the store holds open, as after a restart: each case's history is read
   * back from its log, and its deadlines at the rung it reached run from its last move. Deadlines
   * that passed while the service was down fire at once.
   *
   * @return how many cases are followed again
   */
  public synchronized int resume() {
    int resumed = 0;
    PageRequest page = PageRequest.first(1_000);
    while (true) {
      Page<CaseSummary> p =
          store.query(
              Scope.everything("live intake follows again the cases open before a restart"),
              CaseQuery.all(),
              page);
      for (CaseSummary s : p.items()) {
        if (!DONE.contains(s.state()) && !last.containsKey(s.caseId())) {
          resume(store.history(s.caseId()));
          resumed++;
        }
      }
      if (p.next().isEmpty()) {
        return resumed;
      }
      page = page.after(p.next().get());
    }
  }

  private void resume(List<CaseEntry> entries) {
    StoredCases.Restored r = StoredCases.restore(entries);
    GridCase c = r.gridCase();
    last.put(c.id(), entries.get(entries.size() - 1));
    storedHistory.put(c.id(), c.history().size());
    escalator.resume(c, r.lead(), r.level(), r.since());
  }

  /** A notice of the escalator: its move is stored first, then the listener hears of it. */
  private void noticed(Escalator.Notice notice) {
    synchronized (this) {
      try {
        persist(notice.caseId());
      } catch (RuntimeException e) {
        // The move stays in memory and is written with the case's next write.
        log.error("could not store the move of case {}: {}", notice.caseId(), e.getMessage());
      }
    }
    listener.accept(notice);
  }

  /** Writes the moves of a case that are in its history but not yet in the store. */
  private void persist(String caseId) {
    GridCase c = book.get(caseId).orElseThrow();
    ImmutableList<AuditEntry> history = c.history();
    int stored = storedHistory.getOrDefault(caseId, 1);
    if (history.size() <= stored) {
      return;
    }
    CaseEntry before = requireNonNull(last.get(caseId), caseId);
    List<CaseEntry> entries = new ArrayList<>();
    for (AuditEntry a : history.subList(stored, history.size())) {
      CaseEntry e = StoredCases.entry(AuditRecord.Moved.of(a), Optional.of(before));
      entries.add(e);
      before = e;
    }
    store.append(
        new CaseAppend(caseId, last.get(caseId).sequence(), ImmutableList.copyOf(entries)));
    last.put(caseId, before);
    storedHistory.put(caseId, history.size());
  }

  private static String caseIdOf(GridEvent e) {
    return "case-" + e.id();
  }

  private record Opening(GridEvent lead, Route.Routed route) {}
}
