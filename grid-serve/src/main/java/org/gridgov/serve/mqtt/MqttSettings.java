package org.gridgov.serve.mqtt;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.gridgov.core.internal.Checks;

/**
 * Where the device subscriber connects and what it subscribes to. Immutable; start from {@link
 * #of(String)} and change what differs with the {@code with…} methods, each of which checks its
 * argument at once.
 *
 * @param serverUri the broker, {@code tcp://host:1883} ({@code ssl://}, {@code ws://} and {@code
 *     wss://} too)
 * @param topicFilter what to subscribe to; MQTT wildcards allowed ({@code gridgov/devices/#},
 *     {@code site/+/alarm})
 * @param clientId the client id, stable across restarts so that the broker keeps the session and
 *     the QoS 1 messages that came while the service was away
 * @param contentType the content type given to every message (MQTT 3.1.1 carries none), which picks
 *     the device adapter
 * @param username the user name, if the broker asks for one
 * @param password the password, if the broker asks for one; never shown by {@link #toString()}
 * @param connectTimeout how long to wait for the broker at start
 * @param keepAlive how often the client and broker check the connection
 * @param maxReconnectDelay the longest wait between reconnection attempts (they start at a second
 *     and double)
 * @param quiesce on shutdown, how long messages being handled are given to finish before the
 *     connection is closed
 */
public record MqttSettings(
    String serverUri,
    String topicFilter,
    String clientId,
    String contentType,
    Optional<String> username,
    Optional<String> password,
    Duration connectTimeout,
    Duration keepAlive,
    Duration maxReconnectDelay,
    Duration quiesce) {

  /** The default topic filter: every topic under {@code gridgov/devices/}. */
  public static final String DEFAULT_TOPIC_FILTER = "gridgov/devices/#";

  /** The default client id. */
  public static final String DEFAULT_CLIENT_ID = "gridgov-serve";

  /** The default content type: the built-in JSON device payload. */
  public static final String DEFAULT_CONTENT_TYPE = "application/json";

  private static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public MqttSettings {
    requireNonNull(serverUri, "serverUri");
    try {
      URI uri = new URI(serverUri);
      if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "an MQTT broker is given as tcp://host:port (or ssl://, ws://, wss://): \""
                + serverUri
                + "\"");
      }
      if (uri.getUserInfo() != null) {
        throw new IllegalArgumentException(
            "give the broker's user and password as settings, not in its address");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not an MQTT broker address (tcp://host:port): \"" + serverUri + "\"", e);
    }
    requireNonNull(topicFilter, "topicFilter");
    if (topicFilter.isEmpty()) {
      throw new IllegalArgumentException("the topic filter is empty");
    }
    try {
      MqttTopic.validate(topicFilter, true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not an MQTT topic filter: \"" + topicFilter + "\": " + Checks.messageOf(e), e);
    }
    requireNonNull(clientId, "clientId");
    if (!CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalArgumentException(
          "an MQTT client id is 1 to 64 letters, digits, '.', '_' or '-': \"" + clientId + "\"");
    }
    Checks.nonBlank(contentType, "contentType");
    requireNonNull(username, "username");
    requireNonNull(password, "password");
    positive(connectTimeout, "connectTimeout");
    positive(keepAlive, "keepAlive");
    positive(maxReconnectDelay, "maxReconnectDelay");
    requireNonNull(quiesce, "quiesce");
    if (quiesce.isNegative()) {
      throw new IllegalArgumentException("quiesce must not be negative but was " + quiesce);
    }
  }

  private static void positive(Duration d, String what) {
    requireNonNull(d, what);
    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(what + " must be from 1 ms to 1 hour but was " + d);
    }
  }

  /**
   * The settings for the broker at {@code serverUri} with the defaults: topic filter {@value
   * #DEFAULT_TOPIC_FILTER}, client id {@value #DEFAULT_CLIENT_ID}, content type {@value
   * #DEFAULT_CONTENT_TYPE}, no credentials, 10 s to connect, 30 s keep-alive, reconnection at most
   * every 30 s, 5 s of quiesce.
   *
   * @throws IllegalArgumentException if the address is not an MQTT broker's
   */
  public static MqttSettings of(String serverUri) {
    return new MqttSettings(
        serverUri,
        DEFAULT_TOPIC_FILTER,
        DEFAULT_CLIENT_ID,
        DEFAULT_CONTENT_TYPE,
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5));
  }

  /** The same settings with another topic filter. */
  public MqttSettings withTopicFilter(String filter) {
    return new MqttSettings(
        serverUri,
        filter,
        clientId,
        contentType,
        username,
        password,
        connectTimeout,
        keepAlive,
        maxReconnectDelay,
        quiesce);
  }

  /** The same settings with another client id. */
  public MqttSettings withClientId(String id) {
    return new MqttSettings(
        serverUri,
        topicFilter,
        id,
        contentType,
        username,
        password,
        connectTimeout,
        keepAlive,
        maxReconnectDelay,
        quiesce);
  }

  /** The same settings with another content type for the messages. */
  public MqttSettings withContentType(String type) {
    return new MqttSettings(
        serverUri,
        topicFilter,
        clientId,
        type,
        username,
        password,
        connectTimeout,
        keepAlive,
        maxReconnectDelay,
        quiesce);
  }

  /** The same settings with a user name and password. */
  public MqttSettings withCredentials(String user, String secret) {
    return new MqttSettings(
        serverUri,
        topicFilter,
        clientId,
        contentType,
        Optional.of(Checks.nonBlank(user, "user")),
        Optional.of(requireNonNull(secret, "secret")),
        connectTimeout,
        keepAlive,
        maxReconnectDelay,
        quiesce);
  }

  /** The same settings with other waits. */
  public MqttSettings withTimes(
      Duration connect, Duration keepAliveInterval, Duration maxReconnect, Duration quiesceTime) {
    return new MqttSettings(
        serverUri,
        topicFilter,
        clientId,
        contentType,
        username,
        password,
        connect,
        keepAliveInterval,
        maxReconnect,
        quiesceTime);
  }

  /** Says where and what, never the password. */
  @Override
  public String toString() {
    return "MQTT "
        + serverUri
        + " topic "
        + topicFilter
        + " as "
        + clientId
        + username
            .map(u -> " (user " + u + (password.isPresent() ? ", password set)" : ")"))
            .orElse("");
  }
}
