package org.gridgov.spi.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotifierConfigTest {

  private static NotifierConfig config(String key, String value) {
    return NotifierConfig.of("robot", ImmutableMap.of(key, value));
  }

  private static final NotifierConfig EMPTY = NotifierConfig.of("robot", ImmutableMap.of());

  @Test
  @DisplayName("httpUrl takes http and https URLs with a host and refuses others without the text")
  void httpUrl() {
    assertThat(config("url", "https://example.org/a?b=c").httpUrl("url"))
        .contains(URI.create("https://example.org/a?b=c"));
    assertThat(config("url", "http://127.0.0.1:8080/").httpUrl("url"))
        .contains(URI.create("http://127.0.0.1:8080/"));
    assertThat(EMPTY.httpUrl("url")).isEmpty();
    for (String bad :
        new String[] {"ftp://example.org/x", "https:///path", "example.org", "", "http://a b/"}) {
      assertThatThrownBy(() -> config("url", bad).httpUrl("url"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("notifier robot: the property \"url\" is not an http(s) URL");
    }
    assertThatThrownBy(() -> config("url", "mailto:token-123@example.org").httpUrl("url"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("token-123"));
  }

  @Test
  @DisplayName("httpUrlWithoutQuery refuses a query, and a non-http URL, with the hint")
  void httpUrlWithoutQuery() {
    String hint = "the key is a secret: give it as the secret \"key\"";
    String refused =
        "notifier robot: the property \"url\" is not an http(s) URL without a query (" + hint + ")";
    assertThat(config("url", "https://example.org/send").httpUrlWithoutQuery("url", hint))
        .contains(URI.create("https://example.org/send"));
    assertThat(EMPTY.httpUrlWithoutQuery("url", hint)).isEmpty();
    assertThatThrownBy(
            () ->
                config("url", "https://example.org/send?key=s3cr3t")
                    .httpUrlWithoutQuery("url", hint))
        .hasMessage(refused)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    assertThatThrownBy(() -> config("url", "ftp://example.org/").httpUrlWithoutQuery("url", hint))
        .hasMessage(refused);
  }

  @Test
  @DisplayName("choice gives the first value by default and names the allowed ones when refusing")
  void choice() {
    assertThat(EMPTY.choice("format", "text", "markdown")).isEqualTo("text");
    assertThat(config("format", "markdown").choice("format", "text", "markdown"))
        .isEqualTo("markdown");
    assertThatThrownBy(() -> config("format", "card").choice("format", "text", "markdown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "notifier robot: the property \"format\" is \"card\", expected text or markdown");
    assertThatThrownBy(
            () -> config("status", "Actual").choice("status", "actual", "exercise", "test"))
        .hasMessage(
            "notifier robot: the property \"status\" is \"Actual\", expected actual, exercise or"
                + " test");
    assertThat(config("mode", "only").choice("mode", "only")).isEqualTo("only");
    assertThatThrownBy(() -> config("mode", "other").choice("mode", "only"))
        .hasMessage("notifier robot: the property \"mode\" is \"other\", expected only");
    assertThatThrownBy(() -> EMPTY.choice("mode")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("millis takes whole milliseconds in the range, the fallback when not given")
  void millis() {
    assertThat(EMPTY.millis("timeout_ms", 10_000, 1, 600_000)).isEqualTo(Duration.ofSeconds(10));
    assertThat(config("timeout_ms", " 250 ").millis("timeout_ms", 10_000, 1, 600_000))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(config("timeout_ms", "1").millis("timeout_ms", 10_000, 1, 600_000))
        .isEqualTo(Duration.ofMillis(1));
    assertThat(config("timeout_ms", "600000").millis("timeout_ms", 10_000, 1, 600_000))
        .isEqualTo(Duration.ofMinutes(10));
    for (String bad : new String[] {"0", "600001", "-5", "soon", "1.5", ""}) {
      assertThatThrownBy(() -> config("timeout_ms", bad).millis("timeout_ms", 10_000, 1, 600_000))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "notifier robot: the property \"timeout_ms\" is \""
                  + bad
                  + "\", expected milliseconds from 1 to 600000");
    }
  }

  @Test
  @DisplayName("flag takes exactly true or false, the fallback when not given")
  void flag() {
    assertThat(EMPTY.flag("include_mobile", false)).isFalse();
    assertThat(EMPTY.flag("include_mobile", true)).isTrue();
    assertThat(config("include_mobile", "true").flag("include_mobile", false)).isTrue();
    assertThat(config("include_mobile", "false").flag("include_mobile", true)).isFalse();
    for (String bad : new String[] {"yes", "TRUE", " true", ""}) {
      assertThatThrownBy(() -> config("include_mobile", bad).flag("include_mobile", true))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "notifier robot: the property \"include_mobile\" is \""
                  + bad
                  + "\", expected true or false");
    }
  }
}
