package org.gridgov.serve.mqtt;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Masking;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.spi.device.DevicePayload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to device payloads on an MQTT broker and hands each message to a {@link DeviceIntake}:
 * QoS 1, a persistent session under a stable client id (the broker keeps what comes while the
 * service is away), automatic reconnection, and an orderly shutdown.
 *
 * <p>A message is acknowledged to the broker only after the intake has taken or refused it and
 * {@code onAccepted} has returned: a refused message is kept by the intake, an accepted one handed
 * on. When either throws (a refused payload that cannot be kept, a store that fails), the message
 * is not acknowledged: the client drops the connection, reconnects, and the broker delivers the
 * message again. So a message is never acknowledged and lost; it may come twice, which the intake's
 * debounce and its stable event ids absorb.
 *
 * <p>Messages are handled one at a time, in the order the broker sends them, on the client's
 * callback thread; {@code onAccepted} should store and return, not wait on people.
 */
public final class MqttDeviceSubscriber implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceSubscriber.class);

  /** The quality of service of the subscription: at least once. */
  public static final int QOS = 1;

  private final MqttSettings settings;
  private final DeviceIntake intake;
  private final Consumer<DeviceIntake.Accepted> onAccepted;
  private final Clock clock;
  private final MqttAsyncClient client;
  private final CompletableFuture<Void> firstSubscription = new CompletableFuture<>();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean closing;

  private MqttDeviceSubscriber(
      MqttSettings settings,
      DeviceIntake intake,
      Consumer<DeviceIntake.Accepted> onAccepted,
      Clock clock)
      throws MqttException {
    this.settings = settings;
    this.intake = intake;
    this.onAccepted = onAccepted;
    this.clock = clock;
    // In memory: the in-flight state of QoS 1 lives in the broker's session, and nothing is left
    // on the disk (Paho's default would write files into the working directory).
    this.client =
        new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
    client.setCallback(new Callback());
  }

  /**
   * Connects to the broker, subscribes, and returns once the subscription is in place.
   *
   * @param onAccepted what to do with each accepted payload's events (route and store them); called
   *     on the client's thread before the message is acknowledged
   * @throws MqttStartException if the broker cannot be reached or refuses the connection or the
   *     subscription within the connect time-out; nothing is left running
   */
  public static MqttDeviceSubscriber start(
      MqttSettings settings, DeviceIntake intake, Consumer<DeviceIntake.Accepted> onAccepted) {
    return start(settings, intake, onAccepted, Clock.systemUTC());
  }

  /**
   * Like {@link #start(MqttSettings, DeviceIntake, Consumer)}, with the clock that stamps when each
   * message was received.
   *
   * @throws MqttStartException if the broker cannot be reached or refuses the connection or the
   *     subscription within the connect time-out; nothing is left running
   */
  public static MqttDeviceSubscriber start(
      MqttSettings settings,
      DeviceIntake intake,
      Consumer<DeviceIntake.Accepted> onAccepted,
      Clock clock) {
    requireNonNull(settings, "settings");
    requireNonNull(intake, "intake");
    requireNonNull(onAccepted, "onAccepted");
    requireNonNull(clock, "clock");
    MqttDeviceSubscriber s;
    try {
      s = new MqttDeviceSubscriber(settings, intake, onAccepted, clock);
    } catch (MqttException e) {
      throw new MqttStartException(
          "cannot create an MQTT client for " + settings + ": " + describe(e), e);
    }
    try {
      long timeout = settings.connectTimeout().toMillis();
      s.client.connect(s.options()).waitForCompletion(timeout);
      s.firstSubscription.get(timeout, TimeUnit.MILLISECONDS);
      LOG.info("subscribed to {}", settings);
      return s;
    } catch (MqttException e) {
      s.close();
      throw new MqttStartException("cannot connect to " + settings + ": " + describe(e), e);
    } catch (ExecutionException e) {
      s.close();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new MqttStartException(
          "cannot subscribe to " + settings + ": " + Checks.messageOf(cause), cause);
    } catch (TimeoutException e) {
      s.close();
      throw new MqttStartException(
          "no subscription to " + settings + " within " + settings.connectTimeout(), e);
    } catch (InterruptedException e) {
      s.close();
      Thread.currentThread().interrupt();
      throw new MqttStartException("interrupted while connecting to " + settings, e);
    }
  }

  private MqttConnectOptions options() {
    MqttConnectOptions o = new MqttConnectOptions();
    o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    o.setCleanSession(false);
    o.setAutomaticReconnect(true);
    o.setMaxReconnectDelay((int) settings.maxReconnectDelay().toMillis());
    o.setConnectionTimeout(seconds(settings.connectTimeout().toMillis()));
    o.setKeepAliveInterval(seconds(settings.keepAlive().toMillis()));
    settings.username().ifPresent(o::setUserName);
    settings.password().ifPresent(p -> o.setPassword(p.toCharArray()));
    return o;
  }

  private static int seconds(long millis) {
    return (int) Math.max(1, (millis + 999) / 1000);
  }

  /** Whether the client is connected now (false while it reconnects). */
  public boolean isConnected() {
    return client.isConnected();
  }

  /** How many messages have arrived since the start, duplicates included. */
  public long received() {
    return received.get();
  }

  /**
   * How many messages could not be handled (the intake or {@code onAccepted} threw) and were left
   * for the broker to deliver again.
   */
  public long failed() {
    return failed.get();
  }

  /** The settings it runs with. */
  public MqttSettings settings() {
    return settings;
  }

  /**
   * Stops: gives the message being handled up to the settings' quiesce time to finish and be
   * acknowledged, disconnects, and releases the client. What the broker has not yet delivered stays
   * in the session for the next start. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    long quiesce = settings.quiesce().toMillis();
    try {
      if (client.isConnected()) {
        client.disconnect(quiesce).waitForCompletion(quiesce + 5_000);
      } else {
        // Not connected (still connecting, or waiting to reconnect): stop the attempts.
        client.disconnectForcibly(0, 1_000, false);
      }
    } catch (MqttException e) {
      LOG.warn("disconnecting from {}: {}", settings, describe(e));
      try {
        client.disconnectForcibly(0, 1_000, false);
      } catch (MqttException ignored) {
        // closing anyway
      }
    } finally {
      try {
        client.close(true);
      } catch (MqttException e) {
        LOG.warn("closing the MQTT client of {}: {}", settings, describe(e));
      }
    }
  }

  private void handle(String topic, MqttMessage message) {
    received.incrementAndGet();
    DevicePayload payload =
        new DevicePayload(
            message.getPayload(),
            settings.contentType(),
            "mqtt",
            Optional.of(topic),
            clock.instant());
    try {
      DeviceIntake.Outcome outcome = intake.accept(payload);
      if (outcome instanceof DeviceIntake.Accepted a) {
        onAccepted.accept(a);
      } else if (outcome instanceof DeviceIntake.Refused r) {
        LOG.warn("refused a device payload on {}: {}", topic, Masking.scrub(r.reason()));
      }
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      LOG.error(
          "could not handle a device payload on {}; the broker will deliver it again: {}",
          topic,
          Masking.scrub(Checks.messageOf(e)),
          e);
      throw e; // Paho then drops the connection without acknowledging, and reconnects
    }
  }

  /** Whether an MQTT failure is the connection going away, which reconnecting mends. */
  private static boolean connectionGone(MqttException e) {
    int reason = e.getReasonCode();
    return reason == MqttException.REASON_CODE_CONNECTION_LOST
        || reason == MqttException.REASON_CODE_CLIENT_NOT_CONNECTED
        || reason == MqttException.REASON_CODE_CLIENT_DISCONNECTING;
  }

  private static String describe(MqttException e) {
    Throwable cause = e.getCause();
    return Checks.messageOf(e)
        + " (reason "
        + e.getReasonCode()
        + ")"
        + (cause == null ? "" : ": " + Checks.messageOf(cause));
  }

  private final class Callback implements MqttCallbackExtended {

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (reconnect) {
        LOG.info("reconnected to {}", serverUri);
      }
      // Subscribe again on every connection: the broker may have lost the session. Asynchronous,
      // since a blocking call on the callback thread would wait for itself.
      try {
        client.subscribe(
            settings.topicFilter(),
            QOS,
            null,
            new IMqttActionListener() {
              @Override
              public void onSuccess(IMqttToken token) {
                int[] granted = token.getGrantedQos();
                if (granted.length > 0 && granted[0] == 0x80) {
                  onFailure(token, new MqttException(MqttException.REASON_CODE_SUBSCRIBE_FAILED));
                } else {
                  firstSubscription.complete(null);
                }
              }

              @Override
              public void onFailure(IMqttToken token, @Nullable Throwable e) {
                MqttException failure =
                    e instanceof MqttException m
                        ? m
                        : new MqttException(MqttException.REASON_CODE_SUBSCRIBE_FAILED);
                if (connectionGone(failure)) {
                  // Lost on the way, not refused: the automatic reconnect subscribes again, and
                  // start() waits for that within its time-out.
                  LOG.warn(
                      "the connection was lost while subscribing to {}; subscribing again once"
                          + " reconnected",
                      settings);
                  return;
                }
                LOG.error("the broker refused the subscription to {}", settings);
                firstSubscription.completeExceptionally(
                    new IllegalStateException(
                        "the broker refused the subscription to "
                            + settings.topicFilter()
                            + ": "
                            + describe(failure),
                        failure));
              }
            });
      } catch (MqttException e) {
        if (connectionGone(e)) {
          LOG.warn(
              "the connection was lost before subscribing to {}; subscribing again once"
                  + " reconnected",
              settings);
          return;
        }
        firstSubscription.completeExceptionally(e);
        LOG.error("cannot subscribe to {}: {}", settings, describe(e));
      }
    }

    @Override
    public void connectionLost(Throwable cause) {
      if (!closing) {
        LOG.warn("lost the connection to {}; reconnecting: {}", settings, Checks.messageOf(cause));
      }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      handle(topic, message);
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
      // The subscriber publishes nothing.
    }
  }
}
