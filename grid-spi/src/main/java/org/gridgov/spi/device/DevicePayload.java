package org.gridgov.spi.device;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One message as a transport received it, before anything is read from it: the bytes, what the
 * sender said they are, and how and when they came. Immutable: the bytes are copied in and out.
 *
 * @param body the message's bytes
 * @param contentType the media type the sender gave ({@code application/json}), lower case,
 *     parameters kept ({@code application/json; charset=utf-8}); empty string when none was given
 *     (an MQTT 3.1.1 message carries none: the subscriber sets the one configured for its topic)
 * @param transport how it came, a lower-case word: {@code http}, {@code mqtt}, {@code file}, …
 * @param topic the MQTT topic or HTTP path it came on, if the transport has one
 * @param receivedAt when the transport received it
 */
public record DevicePayload(
    byte[] body, String contentType, String transport, Optional<String> topic, Instant receivedAt) {

  private static final Pattern TRANSPORT = Pattern.compile("[a-z][a-z0-9-]{0,19}");

  /** Validates the parts and copies the bytes. */
  public DevicePayload {
    body = requireNonNull(body, "body").clone();
    contentType = requireNonNull(contentType, "contentType").strip().toLowerCase(Locale.ROOT);
    requireNonNull(transport, "transport");
    if (!TRANSPORT.matcher(transport).matches()) {
      throw new IllegalArgumentException(
          "a transport is a lower-case word such as http or mqtt: \"" + transport + "\"");
    }
    requireNonNull(topic, "topic");
    requireNonNull(receivedAt, "receivedAt");
  }

  /** A copy of the bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The bytes as a stream, without copying them. */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(body);
  }

  /** How many bytes the body has. */
  public int size() {
    return body.length;
  }

  /**
   * The media type without its parameters: {@code application/json} for {@code application/json;
   * charset=utf-8}.
   */
  public String mediaType() {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DevicePayload p
        && Arrays.equals(body, p.body)
        && contentType.equals(p.contentType)
        && transport.equals(p.transport)
        && topic.equals(p.topic)
        && receivedAt.equals(p.receivedAt);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(body) + java.util.Objects.hash(contentType, transport, topic);
  }

  /** Says where it came from and how long it is, never what it holds. */
  @Override
  public String toString() {
    return "payload of "
        + body.length
        + " bytes ("
        + (contentType.isEmpty() ? "no content type" : contentType)
        + ") over "
        + transport
        + topic.map(t -> " on " + t).orElse("")
        + " at "
        + receivedAt;
  }
}
