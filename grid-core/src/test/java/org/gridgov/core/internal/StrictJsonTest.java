package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  @Test
  @DisplayName(
      "a document that is not UTF-8 is bad input at its line and column (found by fuzzing)")
  void notUtf8() {
    byte[] good = "{\n  \"a\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[good.length + 3];
    System.arraycopy(good, 0, doc, 0, good.length);
    doc[good.length] = (byte) 0xC4; // GBK, not UTF-8
    doc[good.length + 1] = (byte) 0xE3;
    doc[good.length + 2] = '"';
    assertThatThrownBy(
            () ->
                StrictJson.readTree(
                    new Utf8Reader(new ByteArrayInputStream(doc)), "policy.json", "the policy"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.json:2:")
        .hasMessageContaining("is not UTF-8 text");
  }
}
