package org.gridgov.samples.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Seeded reports for a community, for demos, tests and benchmarks: everyday matters far more often
 * than emergencies, every kind of place (a point near a household, a building, a household, a grid
 * code), incidents reported several times by neighbours, a smoke detector that alarms again and
 * again, and a few reports from outside the community that routing must refuse. The same tree,
 * count and seed always give the same reports.
 */
public final class SampleEvents {

  /** Monday 2 March 2026, 08:00 China Standard Time: the default start of the sample week. */
  public static final OffsetDateTime DEFAULT_START =
      OffsetDateTime.parse("2026-03-02T08:00:00+08:00");

  /** Categories by how often they come in (weights out of 100, an assumption for demos). */
  private static final EventCategory[] COMMON = {
    EventCategory.FACILITY_DAMAGE,
    EventCategory.FACILITY_DAMAGE,
    EventCategory.FACILITY_DAMAGE,
    EventCategory.DISPUTE_NEIGHBOUR,
    EventCategory.DISPUTE_NEIGHBOUR,
    EventCategory.WISH_MICRO,
    EventCategory.WISH_MICRO,
    EventCategory.CARE_SPECIAL_GROUP,
    EventCategory.CONSTRUCTION_ILLEGAL,
    EventCategory.SAFETY_ELECTRICITY,
    EventCategory.SAFETY_GAS,
    EventCategory.SAFETY_FIRE,
    EventCategory.SAFETY_STRUCTURE,
    EventCategory.SECURITY_PUBLIC,
    EventCategory.HEALTH_PUBLIC,
    EventCategory.DISASTER_WEATHER,
    EventCategory.DISASTER_FLOOD
  };

  private SampleEvents() {}

  /**
   * Generates reports over a tree's households and grids.
   *
   * @param tree a community with households (points help: reports without one use other places)
   * @param count how many reports
   * @param start when the first may come in
   * @param span over how long they come in
   * @param seed the generator seed
   * @return the reports, in time order (ties by id)
   */
  public static ImmutableList<GridEvent> generate(
      GridTree tree, int count, OffsetDateTime start, Duration span, long seed) {
    requireNonNull(tree, "tree");
    requireNonNull(start, "start");
    requireNonNull(span, "span");
    checkArgument(count >= 0, "count must be >= 0 but was %s", count);
    checkArgument(!span.isNegative() && !span.isZero(), "span must be positive");
    List<Household> households = tree.households();
    checkArgument(!households.isEmpty(), "the tree has no households");
    List<Grid> grids = tree.grids(GridLevel.MICRO);
    Envelope area = new Envelope();
    tree.grids(GridLevel.COMMUNITY)
        .forEach(c -> c.boundary().ifPresent(b -> area.expandToInclude(b.getEnvelopeInternal())));
    Random r = new Random(seed);
    List<GridEvent> out = new ArrayList<>(count);
    long spanSeconds = span.toSeconds();
    while (out.size() < count) {
      int n = out.size();
      String id = String.format("E%06d", n + 1);
      OffsetDateTime at = start.plusSeconds((long) (r.nextDouble() * spanSeconds));
      Household h = households.get(r.nextInt(households.size()));
      EventCategory category = COMMON[r.nextInt(COMMON.length)];
      GridEvent.Builder e =
          GridEvent.builder(id, at, category)
              .severity(severity(r, category))
              .source(source(r, category))
              .text(category.code() + " reported near " + h.address());
      int place = r.nextInt(100);
      if (place < 2 && !area.isNull()) {
        // outside the community: a resident who pinned the wrong city
        e.location(area.getMinX() - 0.05 - r.nextDouble(), area.getMinY() - 0.05);
      } else if (place < 70 && h.location().isPresent()) {
        Point p = h.location().get();
        e.location(jitter(r, p.getX()), jitter(r, p.getY()));
      } else if (place < 85 && h.buildingId().isPresent()) {
        e.buildingId(h.buildingId().get());
      } else if (place < 95 || grids.isEmpty()) {
        e.householdId(h.id());
      } else {
        e.grid(grids.get(r.nextInt(grids.size())).code());
      }
      GridEvent first = e.build();
      out.add(first);
      // Neighbours report the same incident; a detector alarms again and again.
      int repeats =
          first.source() == EventSource.DEVICE
              ? 2 + r.nextInt(6)
              : r.nextInt(10) < 2 ? 1 + r.nextInt(2) : 0;
      for (int k = 1; k <= repeats && out.size() < count; k++) {
        GridEvent.Builder again =
            GridEvent.builder(
                    String.format("E%06d", out.size() + 1),
                    at.plusMinutes(first.source() == EventSource.DEVICE ? 2L * k : r.nextInt(20)),
                    category)
                .severity(first.severity())
                .source(
                    first.source() == EventSource.DEVICE
                        ? EventSource.DEVICE
                        : EventSource.RESIDENT_APP)
                .text("again: " + first.text());
        if (first.location().isPresent()) {
          Point p = first.location().get();
          again.location(jitter(r, p.getX()), jitter(r, p.getY()));
        } else {
          again.householdId(h.id());
        }
        out.add(again.build());
      }
    }
    out.sort(
        Comparator.comparing((GridEvent x) -> x.reportedAt().toInstant())
            .thenComparing(GridEvent::id));
    return ImmutableList.copyOf(out);
  }

  /** About ±5 m: a phone's position error in the open. */
  private static double jitter(Random r, double degrees) {
    return degrees + (r.nextDouble() - 0.5) * 0.0001;
  }

  private static EventSeverity severity(Random r, EventCategory c) {
    if (c.emergencyClass().isEmpty() || r.nextInt(10) < 8) {
      return EventSeverity.ROUTINE;
    }
    int roll = r.nextInt(100);
    return roll < 70 ? EventSeverity.IV : roll < 95 ? EventSeverity.III : EventSeverity.II;
  }

  private static EventSource source(Random r, EventCategory c) {
    if ((c == EventCategory.SAFETY_FIRE || c == EventCategory.SAFETY_GAS) && r.nextBoolean()) {
      return EventSource.DEVICE;
    }
    EventSource[] people = {
      EventSource.MEMBER_PATROL, EventSource.MEMBER_PATROL, EventSource.RESIDENT_QR,
      EventSource.RESIDENT_APP, EventSource.HOTLINE, EventSource.VIDEO_AI
    };
    return people[r.nextInt(people.length)];
  }
}
