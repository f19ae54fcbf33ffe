package org.gridgov.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The answer of a work-messaging group robot's webhook (WeCom 企业微信, DingTalk 钉钉): both answer HTTP
 * 200 with a JSON object whose {@code errcode} is 0 on success and whose {@code errmsg} says what
 * went wrong otherwise. Shared by the two notifier plugins.
 */
public final class RobotAnswers {

  private RobotAnswers() {}

  /**
   * Fails unless the answer is HTTP 200 with {@code "errcode":0}.
   *
   * @param status the HTTP status
   * @param body the answer's body
   * @param who the robot, for the message (its host, never its key or token)
   * @throws IOException saying what the robot answered (at most 200 characters of the body)
   */
  public static void check(int status, String body, String who) throws IOException {
    String shown = body.substring(0, Math.min(200, body.length()));
    if (status != 200) {
      throw new IOException(
          who + " answered HTTP " + status + (shown.isBlank() ? "" : ": " + shown));
    }
    JsonNode answer;
    try {
      answer = StrictJson.readTree(new StringReader(body), "the answer", "the robot's answer");
    } catch (InvalidInputException e) {
      throw new IOException(who + " answered with no JSON: " + shown, e);
    }
    JsonNode code = answer.get("errcode");
    if (code == null || !code.isIntegralNumber()) {
      throw new IOException(who + " answered without an errcode: " + shown);
    }
    if (code.asLong() != 0) {
      JsonNode message = answer.get("errmsg");
      throw new IOException(
          who
              + " answered errcode "
              + code.asLong()
              + (message == null ? "" : ": " + message.asText()));
    }
  }
}
