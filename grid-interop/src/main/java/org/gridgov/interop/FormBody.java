package org.gridgov.interop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * An {@code application/x-www-form-urlencoded} body (the WHATWG URL standard's form): {@code &}
 * between pairs, {@code =} between name and value, {@code +} for a space, {@code %XX} for a byte,
 * the bytes UTF-8 (GeoReport v2: "all text received ... will be assumed to be UTF-8"). Read
 * strictly: a broken escape or bytes that are not UTF-8 are problems, not silently replaced
 * characters, and so is a name given twice, which would let one request say two things.
 */
final class FormBody {

  /** The most arguments a body may carry: GeoReport defines fifteen. */
  static final int MAX_ARGUMENTS = 200;

  private static final String SOURCE = "POST requests.json";

  private FormBody() {}

  /**
   * The arguments as an object of text values; {@code attribute[code][]} (a multi-value list) is
   * read as {@code attribute[code]}.
   */
  static ObjectNode read(String body, List<Problem> problems) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    int count = 0;
    for (String pair : body.strip().split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      if (++count > MAX_ARGUMENTS) {
        problems.add(
            Problem.at(
                SourceLocation.of(SOURCE, 0),
                "body",
                "has more than " + MAX_ARGUMENTS + " arguments"));
        return out;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
      String name = decode(rawName, "argument name", problems);
      String value = decode(rawValue, "argument " + Checks.printable(name), problems);
      if (name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2);
      }
      if (name.isEmpty()) {
        continue;
      }
      if (out.has(name)) {
        problems.add(
            Problem.at(
                SourceLocation.of(SOURCE, 0),
                Checks.printable(name),
                "is given twice; a request says each thing once"));
        continue;
      }
      out.put(name, value);
      if (name.startsWith("attribute[") && !name.equals("attribute[" + Open311.SEVERITY + "]")) {
        problems.add(
            Problem.at(
                SourceLocation.of(SOURCE, 0),
                Checks.printable(name),
                "is not an attribute of our services; the one attribute is "
                    + "attribute["
                    + Open311.SEVERITY
                    + "] (see GET services/{service_code}.json)"));
      }
    }
    return out;
  }

  private static String decode(String raw, String what, List<Problem> problems) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          problems.add(
              Problem.at(
                  SourceLocation.of(SOURCE, 0),
                  what,
                  "has a % not followed by two hexadecimal digits at character " + (i + 1)));
          return "";
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(
          Problem.at(
              SourceLocation.of(SOURCE, 0),
              what,
              "is not UTF-8 once its %XX escapes are decoded (GeoReport v2 takes UTF-8)"));
      return "";
    }
  }
}
