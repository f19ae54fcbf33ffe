package org.gridgov.events.device;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.spi.device.AlarmType;

/**
 * Folds repeated alarms of one condition of one device into one incident: an alarm joins the
 * device's current incident of that condition when it is at most {@code window} after the
 * incident's last alarm (or before its first), so a sensor that flaps for an hour is one incident,
 * while an alarm after {@code window} of quiet opens a new one. Within an incident only an alarm
 * more severe than all before it is passed on. Not thread-safe: the intake holds its lock around
 * each call.
 *
 * <p>State is kept per condition only while its incident can still grow: conditions quiet for
 * longer than the window are forgotten from time to time, so memory follows the devices in alarm,
 * not all devices ever heard.
 */
final class Debouncer {

  /** A condition: one device, one alarm. */
  record Key(String deviceId, AlarmType alarm) {}

  /** What became of an alarm. */
  enum Kind {
    /** It opened an incident. */
    OPENED,
    /** It joined an incident and is more severe than every alarm before it in it. */
    MORE_SEVERE,
    /** It joined an incident and adds nothing to it. */
    REPEATED
  }

  /**
   * The decision on one alarm.
   *
   * @param kind what became of it
   * @param incident the event id of the alarm that opened the incident it belongs to
   */
  record Decision(Kind kind, String incident) {}

  private static final class Incident {
    final String id;
    Instant first;
    Instant last;
    EventSeverity worst;

    Incident(String id, Instant at, EventSeverity severity) {
      this.id = id;
      this.first = at;
      this.last = at;
      this.worst = severity;
    }
  }

  private final Duration window;
  private final Map<Key, Incident> incidents = new HashMap<>();
  private Instant latest = Instant.MIN;
  private int nextSweep = 1024;

  Debouncer(Duration window) {
    this.window = window;
  }

  /**
   * Decides on an alarm of {@code key} at {@code at}.
   *
   * @param eventId the id its event gets if it opens an incident
   */
  Decision offer(Key key, Instant at, EventSeverity severity, String eventId) {
    if (at.isAfter(latest)) {
      latest = at;
    }
    Incident inc = incidents.get(key);
    if (inc != null
        && !at.isBefore(inc.first.minus(window))
        && !at.isAfter(inc.last.plus(window))) {
      if (at.isBefore(inc.first)) {
        inc.first = at;
      }
      if (at.isAfter(inc.last)) {
        inc.last = at;
      }
      // I is the most severe and comes first.
      if (severity.compareTo(inc.worst) < 0) {
        inc.worst = severity;
        return new Decision(Kind.MORE_SEVERE, inc.id);
      }
      return new Decision(Kind.REPEATED, inc.id);
    }
    // A new incident; an alarm that arrives late, from before the current incident, is passed on
    // as its own incident but leaves the current one in place.
    if (inc == null || at.isAfter(inc.last)) {
      incidents.put(key, new Incident(eventId, at, severity));
      sweep();
    }
    return new Decision(Kind.OPENED, eventId);
  }

  /** How many conditions are remembered (for tests of the memory bound). */
  int remembered() {
    return incidents.size();
  }

  private void sweep() {
    if (incidents.size() < nextSweep) {
      return;
    }
    Instant horizon = latest.minus(window);
    incidents.values().removeIf(i -> i.last.isBefore(horizon));
    nextSweep = Math.max(1024, 2 * incidents.size());
  }
}
