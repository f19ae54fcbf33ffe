package org.gridgov.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.internal.Masking;

/**
 * The small HTTP chores of the service's handlers: bodies read with a limit, form arguments decoded
 * strictly, answers written with their length and type.
 */
final class Http {

  /** The largest request body read: a report, a device payload or a form is far smaller. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private Http() {}

  /** A request's fault, answered with {@code status} and a message for the caller. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final String text;

    Refusal(int status, String code, String message) {
      // What the client is told and the log keeps: a quoted identity or mobile number masked.
      super(Masking.scrub(message));
      this.status = status;
      this.code = code;
      this.text = Masking.scrub(message);
    }
  }

  /** The body, at most {@link #MAX_BODY_BYTES}. */
  static byte[] body(HttpExchange x) throws IOException {
    String length = x.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
          throw tooLarge();
        }
      } catch (NumberFormatException e) {
        throw new Refusal(400, "bad_request", "Content-Length is not a number: " + length);
      }
    }
    try (InputStream in = x.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_BODY_BYTES) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static Refusal tooLarge() {
    return new Refusal(413, "too_large", "the body is larger than " + MAX_BODY_BYTES + " bytes");
  }

  /** Text in strict UTF-8: a malformed byte is the caller's fault. */
  static String utf8(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refusal(400, "bad_request", what + " is not UTF-8 text");
    }
  }

  /**
   * Arguments of {@code application/x-www-form-urlencoded} text (a form body or a query string), in
   * order; a name given twice keeps every value.
   */
  static Map<String, List<String>> form(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, "bad_request", "bad percent-encoding in the arguments");
    }
  }

  /** The one value of an argument, if given and not blank. */
  static Optional<String> one(Map<String, List<String>> args, String name) {
    List<String> v = args.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return Optional.empty();
    }
    if (v.size() > 1) {
      throw new Refusal(400, "bad_request", "the argument " + name + " is given more than once");
    }
    return Optional.of(v.get(0).strip());
  }

  /** The arguments of the request's query string. */
  static Map<String, List<String>> query(HttpExchange x) {
    String q = x.getRequestURI().getRawQuery();
    return form(q == null ? "" : q);
  }

  /** Whether the request's content type is {@code type} (parameters such as charset aside). */
  static boolean contentType(HttpExchange x, String type) {
    String ct = x.getRequestHeaders().getFirst("Content-Type");
    return ct != null && ct.toLowerCase(Locale.ROOT).split(";", 2)[0].strip().equals(type);
  }

  /** Sends a whole answer. */
  static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", contentType);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if ("HEAD".equals(x.getRequestMethod())) {
      x.sendResponseHeaders(status, -1);
      return;
    }
    x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Sends JSON. */
  static void json(HttpExchange x, int status, String json) throws IOException {
    send(x, status, "application/json; charset=utf-8", json);
  }

  /** Escapes text for HTML element content and attribute values. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
