package org.gridgov.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.SpiVersion;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every notifier plugin must do, as JUnit 5 tests a notifier's own test class inherits: the
 * provider is found by {@link ServiceLoader} and describes itself; the notifier delivers what it is
 * given, from several threads at once; its messages and {@code toString()} give away neither
 * secrets nor full mobile numbers.
 *
 * <p>The subclass gives the provider, a configuration that reaches its test double of the channel
 * (a loopback server, a folder), and a way to read back what the channel took.
 */
public abstract class NotifierContract {

  /** The provider under test. */
  protected abstract NotifierProvider provider();

  /** A configuration whose channel the test can read back; it should hold a secret. */
  protected abstract NotifierConfig config();

  /** The ids of the notifications the channel took so far, in any order. */
  protected abstract List<String> delivered() throws Exception;

  /** A notification as the library sends it, to a member with a mobile number. */
  protected static Notification sample(String id) {
    return new Notification(
        id,
        Notification.Reason.ASSIGNED,
        new Recipient(
            Recipient.Kind.MEMBER,
            "M0012",
            "张三",
            new Contact(Optional.of("13800138000"), Optional.empty())),
        "case-" + id,
        GridCode.parse("510107011005001003"),
        "safety.fire",
        "玉林第三微网格（510107011005001003）",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.of(OffsetDateTime.parse("2026-03-02T08:30:00+08:00")),
        new Message(
            new Message.Text("【新案件】火灾隐患", "事项：火灾隐患"),
            new Message.Text("[new case] fire hazard", "What: fire hazard")),
        Optional.empty());
  }

  @Test
  @DisplayName("kit: the provider is found by ServiceLoader and describes itself")
  void describesItself() {
    NotifierProvider p = provider();
    assertThat(
            ServiceLoader.load(NotifierProvider.class).stream().map(ServiceLoader.Provider::type))
        .as("META-INF/services/" + NotifierProvider.class.getName() + " lists it")
        .contains(p.getClass());
    assertThat(p.name()).matches("[a-z0-9][a-z0-9._-]*");
    assertThat(SpiVersion.parse(p.requestedSpiVersion()).runsOn(SpiVersion.CURRENT))
        .as("requests an SPI version this library supports")
        .isTrue();
    assertThat(p.description()).isNotBlank();
  }

  @Test
  @DisplayName("kit: a notification sent is delivered")
  void delivers() throws Exception {
    try (Notifier n = provider().create(config())) {
      n.send(sample("kit-1"));
    }
    assertThat(delivered()).contains("kit-1");
  }

  @Test
  @DisplayName("kit: sends from eight threads at once are each delivered once")
  void threadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (Notifier n = provider().create(config())) {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "kit-t" + i;
        sent.add(
            pool.submit(
                () -> {
                  n.send(sample(id));
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> got = delivered();
    for (int i = 0; i < 40; i++) {
      assertThat(got).as("kit-t" + i).containsOnlyOnce("kit-t" + i);
    }
  }

  @Test
  @DisplayName("kit: neither the notifier nor its configuration shows a secret")
  void keepsSecrets() throws Exception {
    NotifierConfig c = config();
    try (Notifier n = provider().create(c)) {
      for (String secret : c.secrets().values()) {
        assertThat(n.toString()).doesNotContain(secret);
        assertThat(c.toString()).doesNotContain(secret);
      }
      assertThat(n.toString()).doesNotContain("13800138000");
    }
  }
}
