package org.gridgov.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.events.routing.CaseBook;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.DepartmentTable;
import org.gridgov.events.routing.EscalationPolicy;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.Route;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.rules.incident.DoorKnockPlan;
import org.gridgov.rules.incident.DoorKnockPlanner;
import org.gridgov.rules.policy.GridPolicy;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * One run of an experiment: a discrete-event simulation on virtual time ({@link VirtualScheduler})
 * of a planned community over days, driving the real modules — the {@link EventRouter} routes every
 * report and assigns it, the {@link Escalator} climbs the ladder when nobody acts in time, and the
 * {@link DoorKnockPlanner} plans the door-knocking of each area incident.
 *
 * <p>The model (assumptions, {@code docs/research.md}): hazards arise at random households and stay
 * until found. Each member goes round their micro grid's households in order, {@code
 * householdsPerPatrol} a patrol, every {@code patrolIntervalDays}, unless away (part-time members
 * and volunteers, {@code absenceProbability}) or gone (a member who leaves leaves a vacancy for
 * {@code vacancyDays}). Some hazards are reported directly by residents or devices. A member with a
 * smartphone reports what they find at once; one without reports it at the next meeting, or it is
 * lost ({@code lostProbability}) and the hazard waits for the next patrol. The assigned member
 * accepts after a delay unless away; the level above takes what the escalator passes up; handling
 * and verification follow. Members' ages follow the census shares, and smartphone ownership their
 * age. The same community, parameters and seed always give the same result.
 */
public final class DistrictSimulation {

  /** Local time of the community: China Standard Time. */
  static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

  /**
   * A hazard, given to a run or drawn by it.
   *
   * @param id its id
   * @param arisesAt when it arises
   * @param householdId where
   * @param category what
   * @param directReport whether a resident or a device reports it directly too
   */
  public record Hazard(
      String id,
      Instant arisesAt,
      String householdId,
      EventCategory category,
      boolean directReport) {
    /** Validates the parts. */
    public Hazard {
      requireNonNull(id, "id");
      requireNonNull(arisesAt, "arisesAt");
      requireNonNull(householdId, "householdId");
      requireNonNull(category, "category");
    }
  }

  /**
   * What became of one hazard.
   *
   * @param hazard the hazard
   * @param discoveredAt when it was first found, if it was
   * @param reportedAt when its report reached the system, if it did
   * @param acceptedAt when its case was accepted (by the member or the level above), if it was
   * @param closedAt when its case was closed, if it was
   * @param lostReports how many times a member found it and the report was lost
   * @param escalated whether its case was escalated at least once
   * @param overdue whether its case was not handled by its due time
   */
  public record Outcome(
      Hazard hazard,
      Optional<Instant> discoveredAt,
      Optional<Instant> reportedAt,
      Optional<Instant> acceptedAt,
      Optional<Instant> closedAt,
      int lostReports,
      boolean escalated,
      boolean overdue) {}

  /**
   * The result of a run.
   *
   * @param point the parameters
   * @param seed the seed
   * @param metrics every metric; {@code NaN} where nothing was measured (no hazard found, no
   *     incident)
   * @param outcomes what became of each hazard, in the order they arose
   */
  public record Run(
      ParameterPoint point,
      long seed,
      EnumMap<Metric, Double> metrics,
      ImmutableList<Outcome> outcomes) {
    /** A metric's value. */
    public double metric(Metric m) {
      return metrics.getOrDefault(m, Double.NaN);
    }
  }

  private final PlannedCommunity community;
  private final ExperimentConfig config;

  /**
   * A simulation of a planned community under a config (its start, days, delays and categories).
   */
  public DistrictSimulation(PlannedCommunity community, ExperimentConfig config) {
    this.community = requireNonNull(community, "community");
    this.config = requireNonNull(config, "config");
  }

  /** Runs with hazards drawn from the point's rate and the config's categories. */
  public Run run(ParameterPoint point, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    return new State(point, seed, root).run(Optional.empty());
  }

  /** Runs with the given hazards only (for hand-computed cases). */
  public Run run(ParameterPoint point, long seed, List<Hazard> hazards) {
    requireNonNull(hazards, "hazards");
    SplittableRandom root = new SplittableRandom(seed);
    return new State(point, seed, root).run(Optional.of(List.copyOf(hazards)));
  }

  /** One person in a post, active over some days. */
  private record Person(GridMember member, int post) {}

  /** Mutable bookkeeping of one hazard during a run. */
  private static final class Tracked {
    final Hazard hazard;
    final int household;
    @Nullable Instant discovered;
    @Nullable Instant reported;
    @Nullable Instant accepted;
    @Nullable Instant closed;
    @Nullable Instant resolved;
    @Nullable Instant due;
    int lost;
    boolean pending;
    @Nullable String caseId;
    int generation;

    Tracked(Hazard hazard, int household) {
      this.hazard = hazard;
      this.household = household;
    }
  }

  /** The state of one run. */
  private final class State {
    private final ParameterPoint p;
    private final long seed;
    private final SplittableRandom members;
    private final SplittableRandom hazards;
    private final SplittableRandom patrols;
    private final SplittableRandom delays;
    private final SplittableRandom incidents;
    private final SplittableRandom absence;
    private final Instant start;
    private final Instant end;
    private final List<Household> households = new ArrayList<>();
    private final Map<String, Integer> householdIndex = new HashMap<>();
    private final int[] gridOfHousehold;
    private final List<List<Tracked>> open = new ArrayList<>();
    private final Map<String, Tracked> byCase = new HashMap<>();
    private final Map<String, Integer> assigned = new HashMap<>();
    private final VirtualScheduler scheduler;
    private final CaseBook book = new CaseBook();
    private GridTree tree = GridTree.builder().build();
    private EventRouter router = EventRouter.of(tree, RoutingPolicy.defaults());
    private Escalator escalator;
    private long vacantDays;
    private long postDays;

    State(ParameterPoint p, long seed, SplittableRandom root) {
      this.p = p;
      this.seed = seed;
      this.members = root.split();
      this.hazards = root.split();
      this.patrols = root.split();
      this.delays = root.split();
      this.incidents = root.split();
      this.absence = root.split();
      this.start = config.start().atStartOfDay().toInstant(ZONE);
      this.end = start.plus(Duration.ofDays(config.days()));
      int g = 0;
      List<Integer> grids = new ArrayList<>();
      for (PlannedCommunity.MicroGrid m : community.microGrids()) {
        for (Household h : m.households()) {
          householdIndex.put(h.id(), households.size());
          households.add(h);
          grids.add(g);
          open.add(new ArrayList<>());
        }
        g++;
      }
      this.gridOfHousehold = grids.stream().mapToInt(Integer::intValue).toArray();
      this.scheduler = new VirtualScheduler(start, ZONE);
      this.escalator = escalator();
    }

    private Escalator escalator() {
      EscalationPolicy.Limits routine = EscalationPolicy.defaults().limits(EventSeverity.ROUTINE);
      EscalationPolicy policy =
          EscalationPolicy.builder()
              .limits(
                  EventSeverity.ROUTINE,
                  new EscalationPolicy.Limits(
                      Duration.ofMinutes(p.integer(Parameter.ACCEPT_LIMIT)),
                      routine.handle(),
                      routine.workingTime()))
              .build();
      router =
          EventRouter.of(
              tree,
              new RoutingPolicy(
                  policy,
                  DepartmentTable.defaults(),
                  RoutingPolicy.DEFAULT_RADIUS_METRES,
                  RoutingPolicy.DEFAULT_WINDOW));
      return new Escalator(policy, scheduler.clock(), scheduler, book, this::notice);
    }

    Run run(Optional<List<Hazard>> given) {
      List<List<Person>> posts = staff();
      escalator = escalator(); // the router now knows the staffed tree
      List<Tracked> tracked = new ArrayList<>();
      for (Hazard h : given.orElseGet(this::drawHazards)) {
        Integer at = householdIndex.get(h.householdId());
        if (at == null) {
          throw new IllegalArgumentException(
              "hazard " + h.id() + " is at household " + h.householdId() + ", not in the plan");
        }
        Tracked t = new Tracked(h, at);
        tracked.add(t);
        scheduler.schedule(h.arisesAt(), () -> arise(t));
      }
      schedulePatrols(posts);
      scheduler.advanceTo(end);
      return result(tracked);
    }

    // ---- staffing -------------------------------------------------------------------------

    /** Staffs every post: each micro grid's members and each general grid's full-time staff. */
    private List<List<Person>> staff() {
      List<GridMember> all = new ArrayList<>();
      List<List<Person>> posts = new ArrayList<>();
      int perGrid = p.integer(Parameter.MEMBERS_PER_MICRO_GRID);
      for (PlannedCommunity.MicroGrid g : community.microGrids()) {
        for (int i = 0; i < perGrid; i++) {
          List<Person> holders = new ArrayList<>();
          String post = "M" + g.grid().code().value() + "-" + (i + 1);
          Employment kind = i == 0 ? Employment.PART_TIME : Employment.VOLUNTEER;
          int day = 0;
          int n = 0;
          while (day < config.days()) {
            double leaveRate = p.get(Parameter.LEAVE_RATE_PER_YEAR) / 365.0;
            int leaves =
                leaveRate <= 0
                    ? Integer.MAX_VALUE
                    : day + (int) Math.floor(-Math.log(1 - members.nextDouble()) / leaveRate);
            GridMember.Builder b =
                person(post + (n == 0 ? "" : "r" + n), kind, g.grid())
                    .activeFrom(config.start().plusDays(day));
            if (leaves < config.days()) {
              b.activeUntil(config.start().plusDays(leaves));
            }
            GridMember m = b.build();
            holders.add(new Person(m, posts.size()));
            all.add(m);
            if (leaves >= config.days()) {
              break;
            }
            int back = leaves + 1 + p.integer(Parameter.VACANCY_DAYS);
            vacantDays += Math.min(back, config.days()) - (leaves + 1);
            day = back;
            n++;
          }
          postDays += config.days();
          posts.add(holders);
        }
      }
      int fullTime = p.integer(Parameter.FULL_TIME_PER_GENERAL_GRID);
      for (Grid general : community.upperGrids()) {
        if (general.level() != GridLevel.GENERAL) {
          continue;
        }
        for (int i = 0; i < fullTime; i++) {
          all.add(
              GridMember.builder("F" + general.code().value() + "-" + (i + 1), "full-time staff")
                  .employment(Employment.FULL_TIME)
                  .duties(EnumSet.allOf(Duty.class))
                  .grid(general.code())
                  .birthYear(config.start().getYear() - 35)
                  .hasSmartphone(true)
                  .build());
        }
      }
      tree = community.tree(all);
      return posts;
    }

    /** A member: age from the census shares, a smartphone by age and the smartphone level. */
    private GridMember.Builder person(String id, Employment kind, Grid grid) {
      double u = members.nextDouble();
      int age;
      double own;
      if (u < p.get(Parameter.SHARE_65_PLUS)) {
        age = 65 + members.nextInt(16);
        own = p.get(Parameter.SMARTPHONE_65_PLUS);
      } else if (u < p.get(Parameter.SHARE_65_PLUS) + p.get(Parameter.SHARE_60_TO_64)) {
        age = 60 + members.nextInt(5);
        own = p.get(Parameter.SMARTPHONE_60_TO_64);
      } else {
        age = 25 + members.nextInt(35);
        own = p.get(Parameter.SMARTPHONE_UNDER_60);
      }
      own = Math.min(1, own * p.get(Parameter.SMARTPHONE_LEVEL));
      boolean phone = members.nextDouble() < own;
      return GridMember.builder(id, "member " + id)
          .employment(kind)
          .duties(EnumSet.allOf(Duty.class))
          .grid(grid.code())
          .birthYear(config.start().getYear() - age)
          .hasSmartphone(phone);
    }

    // ---- hazards and discovery -------------------------------------------------------------

    private List<Hazard> drawHazards() {
      List<Hazard> out = new ArrayList<>();
      double perDay = p.get(Parameter.HAZARD_RATE) * households.size() / 1000.0;
      if (perDay <= 0 || households.isEmpty()) {
        return out;
      }
      List<EventCategory> categories = new ArrayList<>(config.categories().keySet());
      double total = config.categories().values().stream().mapToDouble(Double::doubleValue).sum();
      double days = 0;
      int n = 0;
      while (true) {
        days += -Math.log(1 - hazards.nextDouble()) / perDay;
        if (days >= config.days()) {
          return out;
        }
        Household h = households.get(hazards.nextInt(households.size()));
        double pick = hazards.nextDouble() * total;
        EventCategory c = categories.get(categories.size() - 1);
        for (EventCategory k : categories) {
          pick -= config.categories().getOrDefault(k, 0.0);
          if (pick < 0) {
            c = k;
            break;
          }
        }
        boolean direct = hazards.nextDouble() < p.get(Parameter.DIRECT_REPORT_SHARE);
        out.add(
            new Hazard(
                String.format("H%06d", ++n),
                start.plusSeconds(Math.round(days * 86_400)),
                h.id(),
                c,
                direct));
      }
    }

    private void arise(Tracked t) {
      open.get(t.household).add(t);
      if (t.hazard.directReport()) {
        Instant when = after(scheduler.now(), p.get(Parameter.DIRECT_REPORT_DELAY));
        scheduler.schedule(
            when,
            () -> {
              if (t.reported == null) {
                discovered(t);
                report(t, EventSource.RESIDENT_APP);
              }
            });
      }
    }

    private void discovered(Tracked t) {
      if (t.discovered == null) {
        t.discovered = scheduler.now();
      }
    }

    private void schedulePatrols(List<List<Person>> posts) {
      int interval = p.integer(Parameter.PATROL_INTERVAL_DAYS);
      int[] pointer = new int[community.microGrids().size()];
      int perGrid = p.integer(Parameter.MEMBERS_PER_MICRO_GRID);
      for (int post = 0; post < posts.size(); post++) {
        List<Person> holders = posts.get(post);
        int grid = post / perGrid;
        int offset = patrols.nextInt(interval);
        for (int day = offset; day < config.days(); day += interval) {
          LocalDate date = config.start().plusDays(day);
          // Patrols between 08:00 and 18:00.
          Instant at =
              start.plus(Duration.ofDays(day)).plusSeconds(8 * 3600 + patrols.nextInt(10 * 3600));
          scheduler.schedule(at, () -> patrol(holders, grid, date, pointer));
        }
      }
    }

    private void patrol(List<Person> holders, int grid, LocalDate date, int[] pointer) {
      Optional<GridMember> who =
          holders.stream().map(Person::member).filter(m -> m.isActiveOn(date)).findFirst();
      if (who.isEmpty() || away(who.get())) {
        return; // a vacancy, or away today: nobody goes round
      }
      GridMember m = who.get();
      List<Household> round = community.microGrids().get(grid).households();
      int n = Math.min(round.size(), p.integer(Parameter.HOUSEHOLDS_PER_PATROL));
      int first = requireNonNull(householdIndex.get(round.get(0).id()));
      for (int i = 0; i < n; i++) {
        int h = first + (pointer[grid] + i) % round.size();
        for (Tracked t : List.copyOf(open.get(h))) {
          if (t.pending || t.reported != null) {
            continue;
          }
          discovered(t);
          found(t, m);
        }
      }
      pointer[grid] = (pointer[grid] + n) % round.size();
    }

    /** A member found a hazard: report it now, at the next meeting, or lose it. */
    private void found(Tracked t, GridMember m) {
      if (m.hasSmartphone()) {
        t.pending = true;
        scheduler.schedule(
            after(scheduler.now(), p.get(Parameter.MEMBER_REPORT_DELAY)),
            () -> report(t, EventSource.MEMBER_PATROL));
      } else if (absence.nextDouble() < p.get(Parameter.LOST_PROBABILITY)) {
        t.lost++; // 格在人在事不传: it stays where it is, for the next patrol to find again
      } else {
        t.pending = true;
        scheduler.schedule(nextMeeting(), () -> report(t, EventSource.MEMBER_PATROL));
      }
    }

    private Instant nextMeeting() {
      long every = Duration.ofDays(p.integer(Parameter.MEETING_INTERVAL_DAYS)).getSeconds();
      Instant first = start.plusSeconds(9 * 3600);
      long since = Duration.between(first, scheduler.now()).getSeconds();
      long k = since < 0 ? 0 : since / every + 1;
      return first.plusSeconds(k * every);
    }

    private boolean away(GridMember m) {
      return m.employment() != Employment.FULL_TIME
          && absence.nextDouble() < p.get(Parameter.ABSENCE_PROBABILITY);
    }

    // ---- cases -----------------------------------------------------------------------------

    private void report(Tracked t, EventSource source) {
      if (t.reported != null) {
        return;
      }
      Instant now = scheduler.now();
      t.reported = now;
      open.get(t.household).remove(t);
      Household h = households.get(t.household);
      GridEvent.Builder e =
          GridEvent.builder(
                  "E" + t.hazard.id(), OffsetDateTime.ofInstant(now, ZONE), t.hazard.category())
              .householdId(h.id())
              .grid(community.microGrids().get(gridOfHousehold[t.household]).grid().code())
              .source(source);
      h.location().ifPresent(pt -> e.location(pt.getX(), pt.getY()));
      GridEvent event = e.build();
      Route route = router.route(event);
      if (!(route instanceof Route.Routed r)) {
        return; // cannot happen for a household of the plan; counted as reported, never accepted
      }
      t.caseId = "C" + t.hazard.id();
      t.due = r.dueAt();
      byCase.put(t.caseId, t);
      GridCase c = GridCase.open(t.caseId, event, r.grid().code(), CaseIntake.ACTOR);
      escalator.start(c, event, r.level());
      if (r.assignee().isEmpty()) {
        return; // nobody reachable: the escalator passes it up in time
      }
      String id = r.assignee().get();
      assigned.merge(id, 1, Integer::sum);
      GridMember m = tree.member(id).orElseThrow();
      if (away(m)) {
        return; // away: the escalator passes it up when the accept limit passes
      }
      scheduler.schedule(
          after(now, p.get(Parameter.ACCEPT_DELAY)),
          () -> {
            if (state(t) == CaseState.REPORTED) {
              move(t, CaseState.ACCEPTED, id, "accepted");
              t.accepted = scheduler.now();
              move(t, CaseState.DISPATCHED, id, "on the way");
              handle(t);
            }
          });
    }

    private void notice(Escalator.Notice n) {
      Tracked t = byCase.get(n.caseId());
      if (t == null || state(t) != CaseState.ESCALATED) {
        return; // a new case's notice, or one at the top of the ladder
      }
      scheduler.schedule(
          after(n.at(), p.get(Parameter.LADDER_TAKE_DELAY)),
          () -> {
            if (state(t) == CaseState.ESCALATED) {
              move(t, CaseState.DISPATCHED, "ladder:" + n.level().code(), "taken by the level");
              if (t.accepted == null) {
                t.accepted = scheduler.now();
              }
              handle(t);
            }
          });
    }

    /** Handling from dispatch: in progress at once, resolved, verified, closed. */
    private void handle(Tracked t) {
      int generation = ++t.generation;
      move(t, CaseState.IN_PROGRESS, "handler", "on site");
      scheduler.schedule(
          after(scheduler.now(), p.get(Parameter.HANDLE_DELAY)),
          () -> {
            if (t.generation != generation || state(t) != CaseState.IN_PROGRESS) {
              return; // escalated meanwhile: the level above handles it afresh
            }
            move(t, CaseState.RESOLVED, "handler", "handled");
            t.resolved = scheduler.now();
            scheduler.schedule(
                after(scheduler.now(), p.get(Parameter.VERIFY_DELAY)),
                () -> {
                  move(t, CaseState.VERIFIED, "community", "checked with the reporter");
                  move(t, CaseState.CLOSED, "community", "closed");
                  t.closed = scheduler.now();
                });
          });
    }

    private CaseState state(Tracked t) {
      return book.get(requireNonNull(t.caseId)).orElseThrow().state();
    }

    private void move(Tracked t, CaseState to, String actor, String reason) {
      OffsetDateTime at = OffsetDateTime.ofInstant(scheduler.now(), ZONE);
      book.update(requireNonNull(t.caseId), c -> c.moveTo(to, actor, at, reason));
    }

    private Instant after(Instant from, double meanMinutes) {
      double minutes =
          config.delays() == ExperimentConfig.Delays.FIXED || meanMinutes == 0
              ? meanMinutes
              : -meanMinutes * Math.log(1 - delays.nextDouble());
      return from.plusSeconds(Math.round(minutes * 60));
    }

    // ---- results ---------------------------------------------------------------------------

    private Run result(List<Tracked> tracked) {
      List<Outcome> outcomes = new ArrayList<>();
      List<Double> discovery = new ArrayList<>();
      List<Double> report = new ArrayList<>();
      List<Double> acceptance = new ArrayList<>();
      List<Double> closure = new ArrayList<>();
      int found = 0;
      int cases = 0;
      int escalated = 0;
      int overdue = 0;
      int lost = 0;
      for (Tracked t : tracked) {
        Instant arose = t.hazard.arisesAt();
        boolean esc = false;
        boolean late = false;
        if (t.caseId != null) {
          cases++;
          GridCase c = book.get(t.caseId).orElseThrow();
          esc = c.history().stream().anyMatch(a -> a.to() == CaseState.ESCALATED);
          Instant handled = t.resolved == null ? end : t.resolved;
          late = t.due != null && handled.isAfter(t.due);
          escalated += esc ? 1 : 0;
          overdue += late ? 1 : 0;
        }
        lost += t.lost;
        if (t.discovered != null) {
          found++;
        }
        add(discovery, arose, t.discovered);
        add(report, arose, t.reported);
        add(acceptance, arose, t.accepted);
        add(closure, arose, t.closed);
        outcomes.add(
            new Outcome(
                t.hazard,
                Optional.ofNullable(t.discovered),
                Optional.ofNullable(t.reported),
                Optional.ofNullable(t.accepted),
                Optional.ofNullable(t.closed),
                t.lost,
                esc,
                late));
      }
      EnumMap<Metric, Double> m = new EnumMap<>(Metric.class);
      m.put(Metric.HAZARDS, (double) tracked.size());
      m.put(Metric.FOUND_SHARE, share(found, tracked.size()));
      m.put(Metric.DISCOVERY_MEDIAN, Statistics.quantile(discovery, 0.5));
      m.put(Metric.DISCOVERY_P90, Statistics.quantile(discovery, 0.9));
      m.put(Metric.REPORT_MEDIAN, Statistics.quantile(report, 0.5));
      m.put(Metric.REPORT_P90, Statistics.quantile(report, 0.9));
      m.put(Metric.ACCEPTANCE_MEDIAN, Statistics.quantile(acceptance, 0.5));
      m.put(Metric.ACCEPTANCE_P90, Statistics.quantile(acceptance, 0.9));
      m.put(Metric.CLOSURE_MEDIAN, Statistics.quantile(closure, 0.5));
      m.put(Metric.CLOSURE_P90, Statistics.quantile(closure, 0.9));
      m.put(Metric.ESCALATED_SHARE, share(escalated, cases));
      m.put(Metric.OVERDUE_SHARE, share(overdue, cases));
      m.put(Metric.REPORTS_LOST, (double) lost);
      m.put(Metric.COVERAGE_3H, coverage());
      int[] loads =
          tree.members().stream().mapToInt(x -> assigned.getOrDefault(x.id(), 0)).toArray();
      m.put(Metric.LOAD_MEAN, Arrays.stream(loads).average().orElse(Double.NaN));
      m.put(Metric.LOAD_MAX, (double) Arrays.stream(loads).max().orElse(0));
      m.put(Metric.MICRO_GRIDS, (double) community.microGrids().size());
      m.put(Metric.VACANCY_SHARE, share(vacantDays, postDays));
      return new Run(p, seed, m, ImmutableList.copyOf(outcomes));
    }

    private void add(List<Double> to, Instant from, @Nullable Instant at) {
      if (at != null) {
        to.add(Duration.between(from, at).getSeconds() / 3600.0);
      }
    }

    private double share(long part, long whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** The share of the incidents' households the door-knock plans reach within the round. */
    private double coverage() {
      int n = p.integer(Parameter.INCIDENTS);
      if (n == 0 || households.isEmpty()) {
        return Double.NaN;
      }
      DoorKnockPlanner planner = new DoorKnockPlanner(GridPolicy.defaults());
      long reached = 0;
      long affected = 0;
      for (int i = 0; i < n; i++) {
        LocalDate date = config.start().plusDays(incidents.nextInt(config.days()));
        Household centre = households.get(incidents.nextInt(households.size()));
        Optional<Point> at = centre.location();
        if (at.isEmpty()) {
          continue;
        }
        DoorKnockPlan plan =
            planner.plan(tree, circle(at.get(), p.get(Parameter.INCIDENT_RADIUS)), date);
        reached += plan.visits().size();
        affected += plan.visits().size() + plan.unreachable().size();
      }
      return share(reached, affected);
    }
  }

  /** A 32-sided circle of {@code metres} around a point, in degrees. */
  static Polygon circle(Point centre, double metres) {
    double lat = centre.getY();
    double dLat = Math.toDegrees(metres / Wgs84.EARTH_RADIUS_M);
    double dLon = dLat / Math.cos(Math.toRadians(lat));
    Coordinate[] ring = new Coordinate[33];
    for (int i = 0; i < 32; i++) {
      double a = 2 * Math.PI * i / 32;
      ring[i] = new Coordinate(centre.getX() + dLon * Math.cos(a), lat + dLat * Math.sin(a));
    }
    ring[32] = ring[0];
    return Wgs84.FACTORY.createPolygon(ring);
  }
}
