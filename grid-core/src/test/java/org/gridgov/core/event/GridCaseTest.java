package org.gridgov.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridCaseTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:30:00+08:00");
  private static final GridCode MICRO = GridCode.parse("510107011005001001");

  private static GridCase reported() {
    GridEvent e = GridEvent.builder("E1", T0, EventCategory.SAFETY_GAS).grid(MICRO).build();
    return GridCase.open("C1", e, MICRO, "system");
  }

  @Test
  @DisplayName("the full cycle REPORTED → … → CLOSED is allowed and leaves one entry per move")
  void fullCycle() {
    GridCase c = reported();
    CaseState[] cycle = {
      CaseState.ACCEPTED, CaseState.DISPATCHED, CaseState.IN_PROGRESS,
      CaseState.RESOLVED, CaseState.VERIFIED, CaseState.CLOSED
    };
    for (int i = 0; i < cycle.length; i++) {
      c = c.moveTo(cycle[i], "M1", T0.plusMinutes(10L * (i + 1)), "step " + i);
    }
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.history()).hasSize(7);
    assertThat(c.history().get(0).from()).isEmpty();
    assertThat(c.history().get(3).from()).contains(CaseState.DISPATCHED);
    assertThat(c.state().isTerminal()).isTrue();
  }

  @Test
  @DisplayName("every move not in the table is refused, naming the case and both states")
  void illegalMoves() {
    int refused = 0;
    for (CaseState from : CaseState.values()) {
      for (CaseState to : CaseState.values()) {
        if (from.canMoveTo(to)) {
          continue;
        }
        refused++;
        assertThat(from.next()).doesNotContain(to);
      }
    }
    assertThat(refused).isGreaterThan(50);
    GridCase c = reported();
    assertThatThrownBy(() -> c.moveTo(CaseState.CLOSED, "M1", T0, ""))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("C1")
        .hasMessageContaining("REPORTED")
        .hasMessageContaining("CLOSED");
    GridCase closed = c.moveTo(CaseState.REJECTED, "M1", T0.plusMinutes(1), "false alarm");
    assertThatThrownBy(() -> closed.moveTo(CaseState.ACCEPTED, "M1", T0.plusMinutes(2), ""))
        .hasMessageContaining("no move is allowed");
  }

  @Test
  @DisplayName("moves never change the case they start from, and time may not run backwards")
  void appendOnly() {
    GridCase c = reported();
    GridCase accepted = c.moveTo(CaseState.ACCEPTED, "M1", T0.plusMinutes(5), "");
    assertThat(c.state()).isEqualTo(CaseState.REPORTED);
    assertThat(c.history()).hasSize(1);
    assertThat(accepted.history()).startsWith(c.history().toArray(new AuditEntry[0]));
    assertThatThrownBy(() -> accepted.moveTo(CaseState.DISPATCHED, "M1", T0, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the last one");
  }

  @Test
  @DisplayName("a failed verification sends the case back to handling; escalation can climb again")
  void loops() {
    GridCase c =
        reported()
            .moveTo(CaseState.ACCEPTED, "M1", T0.plusMinutes(1), "")
            .moveTo(CaseState.DISPATCHED, "M1", T0.plusMinutes(2), "")
            .moveTo(CaseState.IN_PROGRESS, "M1", T0.plusMinutes(3), "")
            .moveTo(CaseState.RESOLVED, "M1", T0.plusMinutes(4), "")
            .moveTo(CaseState.IN_PROGRESS, "G1", T0.plusMinutes(5), "leak still smells");
    assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
    GridCase up =
        c.moveTo(CaseState.ESCALATED, "system", T0.plusHours(3), "not handled within 2 h")
            .moveTo(CaseState.ESCALATED, "system", T0.plusHours(5), "community did not act");
    assertThat(up.history().get(up.history().size() - 1).from())
        .isEqualTo(Optional.of(CaseState.ESCALATED));
    assertThat(up.withEvent("E2").withEvent("E2").eventIds()).containsExactly("E1", "E2");
    assertThat(up.withEvents(java.util.List.of("E3", "E1", "E2", "E3")).eventIds())
        .containsExactly("E1", "E3", "E2");
    assertThat(up.withEvents(java.util.List.of("E1"))).isSameAs(up);
  }
}
