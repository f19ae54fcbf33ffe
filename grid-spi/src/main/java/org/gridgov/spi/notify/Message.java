package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What a notification says, in Chinese ({@code zh-CN}) and English ({@code en}), rendered by the
 * library from its templates: what happened, where, which case, and by when to act. A notifier
 * picks the language its channel's readers read ({@link #in}).
 *
 * @param zh the text in Chinese
 * @param en the text in English
 * @since 1.1
 */
public record Message(Text zh, Text en) {

  /**
   * One language's text.
   *
   * @param title a one-line title
   * @param body the body: a few short lines
   */
  public record Text(String title, String body) {
    /** Validates the parts. */
    public Text {
      requireNonNull(title, "title");
      requireNonNull(body, "body");
    }
  }

  /** Validates the parts. */
  public Message {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /** The text for a language: English for {@code en}, Chinese for every other. */
  public Text in(Locale locale) {
    return requireNonNull(locale, "locale").getLanguage().equals("en") ? en : zh;
  }
}
