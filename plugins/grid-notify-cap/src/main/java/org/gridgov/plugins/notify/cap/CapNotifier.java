package org.gridgov.plugins.notify.cap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.interop.CapAlert;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;

/**
 * Publishes the area alert of an incident as a CAP 1.2 alert; takes every other notification as
 * nothing to publish. The alert's identifier is {@code gridgov-<case>-<epoch ms of the alert>}
 * (characters CAP refuses replaced by {@code -}), so the alert of one incident sent to several
 * recipients is one file, written again with the same content.
 */
final class CapNotifier implements Notifier {

  /** Where alerts go. */
  sealed interface Target permits Folder, Post {}

  /** A folder, one file per alert. */
  record Folder(Path dir) implements Target {}

  /** An address the alert is posted to. */
  record Post(URI url, Duration timeout) implements Target {}

  private final String sender;
  private final CapAlert.Status status;
  private final String instruction;
  private final Target target;
  private final HttpClient http;

  CapNotifier(String sender, CapAlert.Status status, String instruction, Target target) {
    this.sender = sender;
    this.status = status;
    this.instruction = instruction;
    this.target = target;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(target instanceof Post p ? p.timeout() : Duration.ofSeconds(10))
            .build();
  }

  @Override
  public void send(Notification n) throws IOException, InterruptedException {
    if (n.reason() != Notification.Reason.AREA_ALERT) {
      return; // only area alerts are public warnings
    }
    Notification.Incident incident =
        n.incident()
            .orElseThrow(
                () ->
                    new IOException(
                        "case "
                            + n.caseId()
                            + ": no area is known for grid "
                            + n.grid()
                            + " (its boundary), so no CAP alert can be made"));
    CapAlert alert = alert(n, incident);
    String xml = alert.toXml();
    if (target instanceof Folder f) {
      try {
        AtomicFiles.write(f.dir(), Map.of(alert.identifier() + ".xml", out -> out.write(xml)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return;
    }
    Post p = (Post) target;
    HttpRequest request =
        HttpRequest.newBuilder(p.url())
            .timeout(p.timeout())
            .header("Content-Type", "application/cap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String text = response.body();
      throw new IOException(
          "the CAP endpoint at "
              + p.url().getHost()
              + " answered HTTP "
              + response.statusCode()
              + (text.isBlank() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
    }
  }

  /** The CAP alert of an area alert. */
  CapAlert alert(Notification n, Notification.Incident incident) {
    String identifier =
        ("gridgov-" + n.caseId() + "-" + n.at().toInstant().toEpochMilli())
            .replaceAll("[\\s,<&]", "-");
    // Sent at the occasion's time, so that the alert of one incident is the same alert however
    // often it is made.
    return CapAlert.builder(identifier, sender, n.at())
        .status(status)
        .hazard(EventCategory.fromCode(n.category()), incident.grade())
        .urgency(CapAlert.Urgency.IMMEDIATE)
        .certainty(CapAlert.Certainty.OBSERVED)
        .headline(n.message().zh().title())
        .description(n.message().zh().body())
        .instruction(instruction)
        .area(incident.areaDescription(), incident.area())
        .build();
  }
}
