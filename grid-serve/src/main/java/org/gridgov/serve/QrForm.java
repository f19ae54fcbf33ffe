package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.events.intake.LinkCheck;
import org.gridgov.events.live.Taken;

/**
 * The page a building's QR code opens (一码扫楼): {@code GET} shows a short report form for that
 * building, {@code POST} files the report. Both check the link's signature first: a forged or
 * altered link gets {@code 403} and no form. The link is checked as issued for the configured base
 * URL, whatever host the request came in under (the service usually sits behind a gateway).
 */
final class QrForm implements HttpHandler {

  /** The longest description taken. */
  static final int MAX_DESCRIPTION = 2_000;

  private final BuildingLinks links;
  private final IntakeQueue intake;
  private final ReportIds ids;
  private final Clock clock;
  private final Duration answerWithin;

  QrForm(
      BuildingLinks links, IntakeQueue intake, ReportIds ids, Clock clock, Duration answerWithin) {
    this.links = requireNonNull(links, "links");
    this.intake = requireNonNull(intake, "intake");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.answerWithin = requireNonNull(answerWithin, "answerWithin");
  }

  /** The path the links' base URL names, where this handler listens. */
  static String path(BuildingLinks links) {
    String p = links.base().getRawPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    try (x) {
      try {
        switch (x.getRequestMethod()) {
          case "GET", "HEAD" -> form(x);
          case "POST" -> submit(x);
          default -> throw new Http.Refusal(405, "method", "use GET or POST");
        }
      } catch (Http.Refusal r) {
        Http.send(
            x,
            r.status,
            "text/html; charset=utf-8",
            page("无法受理 Not accepted", "<p>" + Http.html(r.text) + "</p>"));
      }
    }
  }

  private LinkCheck.Valid check(String rawQuery) {
    LinkCheck c = links.verify(links.base() + "?" + rawQuery);
    if (c instanceof LinkCheck.Refused r) {
      throw new Http.Refusal(403, "link", "这个二维码链接无效 This link is not valid: " + r.message());
    }
    return (LinkCheck.Valid) c;
  }

  private void form(HttpExchange x) throws IOException {
    String raw = Optional.ofNullable(x.getRequestURI().getRawQuery()).orElse("");
    LinkCheck.Valid v = check(raw);
    StringBuilder options = new StringBuilder();
    for (EventCategory c : EventCategory.values()) {
      options
          .append("<option value=\"")
          .append(Http.html(c.code()))
          .append("\">")
          .append(Http.html(c.nameZh() + " " + c.nameEn()))
          .append("</option>");
    }
    String body =
        "<p>楼栋 Building: <b>"
            + Http.html(v.buildingId())
            + "</b></p>"
            + "<form method=\"post\" action=\"?"
            + Http.html(raw)
            + "\">"
            + "<label>类别 What<br><select name=\"category\" required>"
            + options
            + "</select></label>"
            + "<label>说明 Details<br><textarea name=\"description\" rows=\"4\" maxlength=\""
            + MAX_DESCRIPTION
            + "\"></textarea></label>"
            + "<button type=\"submit\">提交 Report</button></form>";
    Http.send(x, 200, "text/html; charset=utf-8", page("隐患上报 Report a hazard", body));
  }

  private void submit(HttpExchange x) throws IOException {
    String raw = Optional.ofNullable(x.getRequestURI().getRawQuery()).orElse("");
    LinkCheck.Valid v = check(raw);
    Map<String, List<String>> args = Http.form(Http.utf8(Http.body(x), "the form"));
    String code =
        Http.one(args, "category")
            .orElseThrow(() -> new Http.Refusal(400, "bad_request", "请选择类别 choose what it is"));
    EventCategory category =
        EventCategory.find(code)
            .orElseThrow(() -> new Http.Refusal(400, "bad_request", "unknown category " + code));
    String description = Http.one(args, "description").orElse("");
    if (description.length() > MAX_DESCRIPTION) {
      throw new Http.Refusal(400, "bad_request", "说明太长 the details are too long");
    }
    GridEvent report =
        GridEvent.builder(
                ids.next("qr"),
                OffsetDateTime.ofInstant(clock.instant(), clock.getZone()),
                category)
            .buildingId(v.buildingId())
            .grid(v.grid())
            .source(EventSource.RESIDENT_QR)
            .text(description)
            .build();
    Taken taken = Open311Api.await(intake, report, answerWithin);
    if (taken instanceof Taken.Refused r) {
      throw new Http.Refusal(400, "refused", r.reason());
    }
    String caseId = taken instanceof Taken.Opened o ? o.caseId() : ((Taken.Joined) taken).caseId();
    Http.send(
        x,
        201,
        "text/html; charset=utf-8",
        page(
            "已收到 Received",
            "<p>谢谢，网格员会尽快处理。Thank you; the grid staff will act on it.</p><p>编号 Case: <b>"
                + Http.html(caseId)
                + "</b></p>"));
  }

  private static String page(String title, String body) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Http.html(title)
        + "</title><style>body{font-family:sans-serif;max-width:32em;margin:1em auto;"
        + "padding:0 1em}label{display:block;margin:1em 0}select,textarea,button{width:100%;"
        + "font-size:1.1em}button{padding:.6em}</style></head><body><h1>"
        + Http.html(title)
        + "</h1>"
        + body
        + "</body></html>\n";
  }
}
