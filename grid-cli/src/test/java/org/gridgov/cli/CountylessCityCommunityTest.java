package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.Route;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.SampleCommunities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/**
 * A community in a prefecture-level city without counties (Dongguan: county segment 00 between the
 * city 4419 and the town 003, 东莞市东城街道) is modelled end to end: its files load, the tree validates
 * and events are routed.
 */
class CountylessCityCommunityTest {

  /** The urban sample's community, a residents' committee of 武侯区 in Chengdu. */
  private static final String SAMPLE_COMMUNITY = "510107011005";

  /** A residents' committee under 东城街道 of Dongguan (the list stops at town level). */
  private static final String DONGGUAN_COMMUNITY = "441900003001";

  @TempDir Path dir;

  @Test
  @DisplayName("a Dongguan community loads from files, validates without errors and routes events")
  void dongguanCommunity() throws IOException {
    GridFiles.writeDirectory(SampleCommunities.urban(), dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
            file, text.replace(SAMPLE_COMMUNITY, DONGGUAN_COMMUNITY), StandardCharsets.UTF_8);
      }
    }

    GridTree tree = GridFiles.loadDirectory(dir);
    List<Grid> communities = tree.communities();
    assertThat(communities).hasSize(1);
    DivisionCode community = communities.get(0).code().community();
    assertThat(community.digits()).isEqualTo(DONGGUAN_COMMUNITY);
    assertThat(community.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(community.ancestorAt(DivisionLevel.TOWN))
        .contains(DivisionCode.parse("441900003000"));
    assertThat(community.ancestorAt(DivisionLevel.COUNTY)).isEmpty();
    assertThat(community.ancestorAt(DivisionLevel.CITY))
        .contains(DivisionCode.parse("441900000000"));
    assertThat(tree.grids(GridLevel.MICRO)).isNotEmpty();
    assertThat(tree.grids())
        .allSatisfy(g -> assertThat(g.code().value()).startsWith(DONGGUAN_COMMUNITY));

    var report = GridValidator.builder().build().validate(tree, SampleCommunities.REFERENCE_DATE);
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.findings(Severity.WARNING)).isEmpty();

    Grid micro = tree.grids(GridLevel.MICRO).get(0);
    Point p = micro.boundary().orElseThrow().getInteriorPoint();
    GridEvent event =
        GridEvent.builder(
                "DG1", OffsetDateTime.parse("2026-03-02T10:00:00+08:00"), EventCategory.SAFETY_GAS)
            .location(p.getX(), p.getY())
            .severity(EventSeverity.ROUTINE)
            .build();
    Route route = EventRouter.of(tree, RoutingPolicy.defaults()).route(event);
    assertThat(route).isInstanceOf(Route.Routed.class);
    Route.Routed routed = (Route.Routed) route;
    assertThat(routed.grid()).isEqualTo(micro);
    assertThat(routed.assignee()).isPresent();
    assertThat(routed.departments()).isNotEmpty();

    // The street's own department table applies to its communities (town code 441900003000).
    RoutingPolicy defaults = RoutingPolicy.defaults();
    RoutingPolicy dongcheng =
        new RoutingPolicy(
            defaults.escalation(),
            defaults
                .departments()
                .withStreet(
                    DivisionCode.parse("441900003000"),
                    EventCategory.SAFETY_GAS,
                    List.of("dongcheng_gas_office")),
            defaults.correlationRadiusMetres(),
            defaults.correlationWindow());
    Route.Routed own = (Route.Routed) EventRouter.of(tree, dongcheng).route(event);
    assertThat(own.departments()).containsExactly("dongcheng_gas_office");
  }
}
