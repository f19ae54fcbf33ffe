package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.live.Taken;
import org.gridgov.spi.device.DevicePayload;

/**
 * Device payloads over HTTP, at {@value #PATH}: the body goes to the device intake as it came (the
 * adapter is chosen by the {@code Content-Type}); the events it yields are routed and stored before
 * the answer. {@code 200} with what became of each event; {@code 422} with the reason when the
 * payload is refused (it is kept for inspection); {@code 503} when it could not be kept or stored,
 * so that the device sends it again.
 */
final class DeviceEndpoint implements HttpHandler {

  /** Where device payloads are posted. */
  static final String PATH = "/devices";

  private final DeviceIntake devices;
  private final IntakeQueue intake;
  private final Clock clock;
  private final Duration answerWithin;

  DeviceEndpoint(DeviceIntake devices, IntakeQueue intake, Clock clock, Duration answerWithin) {
    this.devices = requireNonNull(devices, "devices");
    this.intake = requireNonNull(intake, "intake");
    this.clock = requireNonNull(clock, "clock");
    this.answerWithin = requireNonNull(answerWithin, "answerWithin");
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    try (x) {
      try {
        if (!x.getRequestMethod().equals("POST")) {
          throw new Http.Refusal(405, "method", "POST device payloads here");
        }
        String type =
            Optional.ofNullable(x.getRequestHeaders().getFirst("Content-Type")).orElse("");
        DevicePayload payload =
            new DevicePayload(
                Http.body(x),
                type.split(";", 2)[0],
                "http",
                Optional.of(x.getRequestURI().getPath()),
                clock.instant());
        DeviceIntake.Outcome outcome;
        try {
          outcome = devices.accept(payload);
        } catch (UncheckedIOException e) {
          throw new Http.Refusal(503, "store", "the payload could not be kept; send it again");
        }
        if (outcome instanceof DeviceIntake.Refused r) {
          Http.json(x, 422, answer(List.of(), List.of(), Optional.of(r.reason())));
          return;
        }
        DeviceIntake.Accepted a = (DeviceIntake.Accepted) outcome;
        List<Taken> taken = route(intake, a.events(), answerWithin);
        Http.json(x, 200, answer(a.readings(), taken, Optional.empty()));
      } catch (Http.Refusal r) {
        Http.json(x, r.status, answer(List.of(), List.of(), Optional.of(r.text)));
      }
    }
  }

  /**
   * Routes and stores a payload's events, waiting for each; used by every device transport.
   *
   * @throws Http.Refusal when one could not be stored in time
   */
  static List<Taken> route(IntakeQueue intake, List<GridEvent> events, Duration within) {
    return Open311Api.awaitAll(intake, events, within);
  }

  private static String answer(
      List<DeviceIntake.Taken> readings, List<Taken> events, Optional<String> refused) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      g.writeStartObject();
      if (refused.isPresent()) {
        g.writeStringField("refused", refused.get());
      } else {
        g.writeNumberField("readings", readings.size());
        g.writeArrayFieldStart("events");
        for (Taken t : events) {
          g.writeStartObject();
          g.writeStringField("event_id", t.event().id());
          if (t instanceof Taken.Opened o) {
            g.writeStringField("case_id", o.caseId());
            g.writeStringField("outcome", "opened");
          } else if (t instanceof Taken.Joined j) {
            g.writeStringField("case_id", j.caseId());
            g.writeStringField("outcome", "joined");
          } else {
            g.writeStringField("outcome", "refused");
            g.writeStringField("reason", ((Taken.Refused) t).reason());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
