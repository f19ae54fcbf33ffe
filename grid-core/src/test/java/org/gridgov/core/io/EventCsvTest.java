package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCsvTest {

  private static final String HEADER =
      "event_id,reported_at,lon,lat,building_id,household_id,grid_code,category,severity,source,text\n";

  @Test
  @DisplayName("events of every kind of place survive writing and reading")
  void roundTrip() throws IOException {
    OffsetDateTime t = OffsetDateTime.parse("2026-03-01T09:15:00+08:00");
    List<GridEvent> events =
        List.of(
            GridEvent.builder("E1", t, EventCategory.SAFETY_GAS)
                .location(104.05, 30.65)
                .severity(EventSeverity.III)
                .source(EventSource.DEVICE)
                .text("燃气报警, \"厨房\"")
                .build(),
            GridEvent.builder("E2", t.plusMinutes(1), EventCategory.WISH_MICRO)
                .buildingId("B7")
                .source(EventSource.RESIDENT_QR)
                .build(),
            GridEvent.builder("E3", t, EventCategory.DISPUTE_NEIGHBOUR)
                .householdId("H1")
                .grid(GridCode.parse("510107011005").child(1))
                .source(EventSource.HOTLINE)
                .build());
    StringWriter out = new StringWriter();
    EventCsv.write(events, out);
    assertThat(out.toString()).startsWith(HEADER);
    List<GridEvent> back = EventCsv.read(new StringReader(out.toString()), "events.csv");
    assertThat(back).isEqualTo(events);
  }

  @Test
  @DisplayName(
      "unknown codes, a missing place, a time without offset and a repeated id name the line")
  void badRows() {
    String csv =
        HEADER
            + "E1,2026-03-01T09:15:00+08:00,104.1,30.6,,,,safety.smoke,routine,device,\n"
            + "E2,2026-03-01T09:15:00,,,B1,,,safety.gas,v,member_patrol,\n"
            + "E3,2026-03-01T09:15:00+08:00,,,,,,safety.gas,,drone,\n"
            + "E1,2026-03-01T09:15:00+08:00,,,B1,,,safety.gas,,hotline,\n"
            + "E5,2026-03-01T09:15:00+08:00,,,,,,safety.gas,,hotline,\n";
    assertThatThrownBy(() -> EventCsv.read(new StringReader(csv), "events.csv"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().orElseThrow().line())
                    .containsExactly(2L, 3L, 3L, 4L, 5L, 6L))
        .hasMessageContaining("unknown event category \"safety.smoke\"")
        .hasMessageContaining("unknown event severity \"v\"")
        .hasMessageContaining("unknown event source \"drone\"")
        .hasMessageContaining("repeats the event id")
        .hasMessageContaining("gives no place");
  }

  @Test
  @DisplayName("a missing file is bad input naming it")
  void missing(@TempDir Path dir) {
    assertThatThrownBy(() -> EventCsv.read(dir.resolve("none.csv")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file not found");
  }

  @Test
  @DisplayName("an empty severity reads as routine")
  void routineDefault() throws IOException {
    String csv = HEADER + "E1,2026-03-01T09:15:00Z,,,B1,,,facility.damage,,resident_app,灯坏了\n";
    GridEvent e = EventCsv.read(new StringReader(csv), "events.csv").get(0);
    assertThat(e.severity()).isEqualTo(EventSeverity.ROUTINE);
    assertThat(e.text()).isEqualTo("灯坏了");
  }
}
