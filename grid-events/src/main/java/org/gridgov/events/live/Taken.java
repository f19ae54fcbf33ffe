package org.gridgov.events.live;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.event.GridEvent;
import org.gridgov.events.routing.Route;

/** What live intake did with one report: opened a case, joined one, or refused the report. */
public sealed interface Taken {

  /** The report. */
  GridEvent event();

  /**
   * The report opened a case.
   *
   * @param event the report
   * @param caseId the new case
   * @param route where it went: grid, member, departments, deadlines
   */
  record Opened(GridEvent event, String caseId, Route.Routed route) implements Taken {
    /** Validates the parts. */
    public Opened {
      requireNonNull(event, "event");
      requireNonNull(caseId, "caseId");
      requireNonNull(route, "route");
    }
  }

  /**
   * The report joined the open case of the same incident.
   *
   * @param event the report
   * @param caseId the case it joined
   */
  record Joined(GridEvent event, String caseId) implements Taken {
    /** Validates the parts. */
    public Joined {
      requireNonNull(event, "event");
      requireNonNull(caseId, "caseId");
    }
  }

  /**
   * The report was refused: it lies in no grid of the community, or its id was taken already.
   *
   * @param event the report
   * @param reason why, for people
   */
  record Refused(GridEvent event, String reason) implements Taken {
    /** Validates the parts. */
    public Refused {
      requireNonNull(event, "event");
      requireNonNull(reason, "reason");
    }
  }
}
