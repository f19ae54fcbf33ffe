package org.gridgov.events.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.Escalator;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.ProviderSource;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NotificationCenterTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, CHINA);

  private final GridTree tree = SampleCommunities.urban();
  private final GridStore store = new MemoryStoreProvider().open(StoreConfig.of("memory:"));
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Plugins noPlugins = Plugins.using(ProviderSource.of(List.of()));

  @AfterEach
  void closeStore() {
    store.close();
  }

  /** A micro grid with an active member, and that member. */
  private Grid microWithMember() {
    return tree.grids(GridLevel.MICRO).stream()
        .filter(g -> !tree.members(g.code()).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private AuditRecord.Opened opened(String caseId, Grid grid, Optional<String> assignee) {
    OffsetDateTime at = OffsetDateTime.ofInstant(NOW, CHINA);
    return new AuditRecord.Opened(
        caseId,
        at,
        "system",
        "E-" + caseId,
        grid.code(),
        assignee,
        ImmutableList.of("fire_brigade"),
        LadderLevel.MICRO,
        EventCategory.SAFETY_FIRE,
        EventSeverity.IV,
        at.plusMinutes(30),
        at.plusHours(2));
  }

  private NotificationSettings settings(Duration timeout, int attempts, Backoff backoff) {
    return new NotificationSettings(
        new NotificationSettings.Delivery(
            timeout, attempts, backoff, 2, 100, Duration.ofSeconds(30)),
        ImmutableList.of(),
        new NotificationSettings.Contacts(
            ImmutableMap.of(),
            ImmutableMap.of(
                "fire_brigade",
                new NotificationSettings.Named(
                    "消防救援站", new Contact(Optional.of("13800138000"), Optional.empty()))),
            ImmutableMap.of()));
  }

  private NotificationCenter.Builder center(NotificationSettings s) {
    return NotificationCenter.builder(store)
        .plugins(noPlugins)
        .settings(s)
        .tree(() -> tree)
        .clock(CLOCK)
        .sleeper(waits::add)
        .random(() -> 0.5);
  }

  /** Records what it is sent. */
  private static final class Recording implements Notifier {
    final List<Notification> sent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void send(Notification n) {
      sent.add(n);
    }
  }

  /** A notifier plugin that refuses an empty configuration, as those needing an address do. */
  public static final class NeedsSettings implements NotifierProvider {
    @Override
    public String name() {
      return "needs-settings";
    }

    @Override
    public int priority() {
      return 50;
    }

    @Override
    public String requestedSpiVersion() {
      return "1.1";
    }

    @Override
    public Notifier create(NotifierConfig config) {
      String url = config.requireProperty("url");
      return n -> {
        throw new AssertionError("never built without a url: " + url);
      };
    }
  }

  /** A notifier plugin that works without settings, sending to one shared recording. */
  public static final class Plain implements NotifierProvider {
    static final Recording SENT = new Recording();

    @Override
    public String name() {
      return "plain";
    }

    @Override
    public String requestedSpiVersion() {
      return "1.1";
    }

    @Override
    public Notifier create(NotifierConfig config) {
      return SENT;
    }
  }

  @Test
  @DisplayName("with no notifier named, the default passes over a plugin that needs settings")
  void defaultNeedsNoSettings() {
    Plugins both =
        Plugins.using(
            ProviderSource.of(
                List.of(
                    new ProviderSource.Candidate<>(NeedsSettings.class, NeedsSettings::new),
                    new ProviderSource.Candidate<>(Plain.class, Plain::new))));
    Plain.SENT.sent.clear();
    Grid grid = microWithMember();
    NotificationCenter c = center(NotificationSettings.defaults()).plugins(both).build();
    assertThat(c.notifiers()).containsExactly("plain");
    c.caseOpened(opened("C-9", grid, Optional.of(tree.members(grid.code()).get(0).id())));
    c.close();
    assertThat(Plain.SENT.sent).isNotEmpty();

    NotificationCenter none =
        center(NotificationSettings.defaults())
            .plugins(
                Plugins.using(
                    ProviderSource.of(
                        List.of(
                            new ProviderSource.Candidate<>(
                                NeedsSettings.class, NeedsSettings::new)))))
            .build();
    assertThat(none.hasNotifiers()).isFalse();
    none.close();
  }

  @Test
  @DisplayName("a new case reaches its member and its departments, and each delivery is recorded")
  void delivers() {
    Grid grid = microWithMember();
    GridMember member = tree.members(grid.code()).get(0);
    Recording robot = new Recording();
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 3, Backoff.DEFAULT))
            .notifier("robot", robot, List.of("member", "department"))
            .build();
    c.caseOpened(opened("C-1", grid, Optional.of(member.id())));
    c.close();

    assertThat(robot.sent)
        .extracting(n -> n.recipient().key())
        .containsExactlyInAnyOrder("member:" + member.id(), "department:fire_brigade");
    Notification toMember =
        robot.sent.stream()
            .filter(n -> n.recipient().kind() == Recipient.Kind.MEMBER)
            .findFirst()
            .orElseThrow();
    assertThat(toMember.recipient().name()).isEqualTo(member.name());
    assertThat(toMember.reason()).isEqualTo(Notification.Reason.ASSIGNED);
    assertThat(toMember.message().zh().body())
        .contains("火灾隐患", grid.name(), "C-1", "请于 2026-03-02 08:30 前接单");
    assertThat(toMember.message().en().title()).startsWith("[new case] fire hazard");
    // The grade and the grid's boundary go along, for the CAP notifier.
    assertThat(
            toMember
                .incident()
                .map(i -> i.grade() + " " + i.area().equalsExact(grid.boundary().orElseThrow())))
        .isEqualTo(grid.boundary().map(b -> "IV true"));
    assertThat(store.deliveries().history("C-1"))
        .extracting(Delivery::recipient, Delivery::outcome, Delivery::attempts)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "member:" + member.id(), Delivery.Outcome.DELIVERED, 1),
            org.assertj.core.groups.Tuple.tuple(
                "department:fire_brigade", Delivery.Outcome.DELIVERED, 1));
    assertThat(store.deadLetters().count()).isZero();
    assertThat(waits).isEmpty();
  }

  @Test
  @Timeout(60)
  @DisplayName("a throwing notifier is retried on the back-off and lands in the dead letters")
  void throwing() {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    AtomicInteger calls = new AtomicInteger();
    Notifier broken =
        n -> {
          calls.incrementAndGet();
          throw new java.io.IOException("HTTP 503 from the gateway");
        };
    // Draws 0.0, 1.0, 0.5: the low end, the high end and the middle of ±20%.
    double[] draws = {0.0, 1.0, 0.5};
    AtomicInteger draw = new AtomicInteger();
    Backoff backoff = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(3), 0.2);
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 4, backoff))
            .random(() -> draws[draw.getAndIncrement() % draws.length])
            .notifier("sms", broken, List.of("member"))
            .build();

    c.caseOpened(opened("C-2", grid, Optional.of(member)));
    c.close();

    assertThat(calls.get()).isEqualTo(4);
    // 1 s × 0.8, 2 s × 1.2, then 4 s capped at 3 s, × 1.0.
    assertThat(waits)
        .containsExactly(Duration.ofMillis(800), Duration.ofMillis(2400), Duration.ofSeconds(3));
    DeadLetter d = store.deadLetters().list(PageRequest.first(10)).items().get(0);
    assertThat(d.id()).isEqualTo("C-2/assigned/member:" + member + "@sms");
    assertThat(d.attempts()).isEqualTo(4);
    assertThat(d.error()).isEqualTo("IOException: HTTP 503 from the gateway");
    assertThat(d.payload()).contains("\"case_id\":\"C-2\"", "\"reason\":\"assigned\"");
    assertThat(store.deliveries().history("C-2"))
        .extracting(Delivery::outcome, Delivery::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Delivery.Outcome.FAILED, 4));
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "a hanging notifier does not hold up the caller; it is interrupted and dead-lettered")
  void hanging() throws InterruptedException {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(2);
    Notifier hung =
        n -> {
          entered.countDown();
          try {
            never.await();
          } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
          }
        };
    NotificationCenter c =
        center(settings(Duration.ofMillis(50), 2, Backoff.DEFAULT))
            .notifier("robot", hung, List.of("member"))
            .build();

    // The caller returns while the notifier is blocked: were the call synchronous, this thread
    // would wait on `never` for good (and the test's time-out would fail it).
    c.caseOpened(opened("C-3", grid, Optional.of(member)));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(never.getCount()).isEqualTo(1);
    c.close();

    // Both calls were interrupted when their time was up (the count reaches 0, not stays above).
    assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
    DeadLetter d =
        store.deadLetters().get("C-3/assigned/member:" + member + "@robot").orElseThrow();
    assertThat(d.attempts()).isEqualTo(2);
    assertThat(d.error()).isEqualTo("no answer within 50 ms");
    assertThat(waits).hasSize(1);
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "a notifier that throws does not delay routing: the caller returns before it is called")
  void callerNeverWaits() throws InterruptedException {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    CountDownLatch callerReturned = new CountDownLatch(1);
    AtomicInteger sawCallerReturned = new AtomicInteger();
    Notifier throwing =
        n -> {
          // Runs only after the caller returned, or the caller would have waited for it forever.
          callerReturned.await();
          sawCallerReturned.incrementAndGet();
          throw new IllegalStateException("boom");
        };
    NotificationCenter c =
        center(settings(Duration.ofSeconds(10), 1, Backoff.DEFAULT))
            .notifier("robot", throwing, List.of("member"))
            .build();
    c.caseOpened(opened("C-4", grid, Optional.of(member)));
    callerReturned.countDown();
    c.close();
    assertThat(sawCallerReturned.get()).isEqualTo(1);
    assertThat(store.deadLetters().get("C-4/assigned/member:" + member + "@robot")).isPresent();
  }

  @Test
  @DisplayName("an opening told by intake and by the escalator's first notice is sent once")
  void onceOnly() {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    Recording robot = new Recording();
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 1, Backoff.DEFAULT))
            .notifier("robot", robot, List.of("member"))
            .build();
    c.caseOpened(opened("C-5", grid, Optional.of(member)));
    c.notice(
        new Escalator.Notice(
            "C-5",
            LadderLevel.MICRO,
            NOW,
            Escalator.Notice.Kind.OPENED,
            "new case safety.fire",
            Optional.of(NOW.plusSeconds(1800))));
    c.close();
    assertThat(robot.sent).hasSize(1);
  }

  @Test
  @DisplayName("an escalation reaches the general grid's members; the top, the district's office")
  void escalations() {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    Recording robot = new Recording();
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 1, Backoff.DEFAULT))
            .notifier("robot", robot, List.of("member", "office"))
            .build();
    c.caseOpened(opened("C-6", grid, Optional.of(member)));
    c.notice(
        new Escalator.Notice(
            "C-6",
            LadderLevel.GENERAL,
            NOW.plusSeconds(1800),
            Escalator.Notice.Kind.ESCALATED,
            "not accepted in time at micro; passed to general",
            Optional.of(NOW.plusSeconds(3600))));
    c.notice(
        new Escalator.Notice(
            "C-6",
            LadderLevel.DISTRICT,
            NOW.plusSeconds(7200),
            Escalator.Notice.Kind.OVERDUE,
            "not handled in time at the top of the ladder",
            Optional.empty()));
    c.close();

    Grid general = tree.parent(grid.code()).orElseThrow();
    List<String> generalMembers =
        tree.members(general.code()).stream().map(m -> "member:" + m.id()).toList();
    List<String> escalated =
        robot.sent.stream()
            .filter(n -> n.reason() == Notification.Reason.ESCALATED)
            .map(n -> n.recipient().key())
            .toList();
    if (generalMembers.isEmpty()) {
      assertThat(escalated).containsExactly("office:" + grid.code().community());
    } else {
      assertThat(escalated).containsExactlyInAnyOrderElementsOf(generalMembers);
    }
    String district =
        grid.code()
            .community()
            .ancestorAt(org.gridgov.core.division.DivisionLevel.COUNTY)
            .orElseThrow()
            .toString();
    assertThat(robot.sent)
        .filteredOn(n -> n.reason() == Notification.Reason.OVERDUE)
        .extracting(n -> n.recipient().key(), n -> n.message().zh().body().endsWith("已超时，请立即处置"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("office:" + district, true));
  }

  @Test
  @DisplayName("a notice of a case the center was not told of is read from the store's case log")
  void fromStore() {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    org.gridgov.events.store.StoredCases.save(
        store.cases(),
        List.of(opened("C-7", grid, Optional.of(member))),
        org.gridgov.core.progress.Progress.NONE);
    Recording robot = new Recording();
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 1, Backoff.DEFAULT))
            .notifier("robot", robot, List.of("member"))
            .build();
    c.notice(
        new Escalator.Notice(
            "C-7",
            LadderLevel.MICRO,
            NOW,
            Escalator.Notice.Kind.OPENED,
            "new case safety.fire",
            Optional.of(NOW.plusSeconds(1800))));
    c.close();
    assertThat(robot.sent).extracting(n -> n.recipient().key()).containsExactly("member:" + member);
  }

  @Test
  @DisplayName("no notifier found: the center warns, takes notifications and drops them")
  void noNotifier() {
    NotificationCenter c = center(NotificationSettings.defaults()).build();
    assertThat(c.hasNotifiers()).isFalse();
    Grid grid = microWithMember();
    c.caseOpened(opened("C-8", grid, Optional.empty()));
    c.close();
    assertThat(store.deliveries().history("C-8")).isEmpty();
    assertThat(store.deadLetters().count()).isZero();
  }

  @Test
  @DisplayName("after close a notification is kept as a dead letter, not lost")
  void afterClose() {
    Grid grid = microWithMember();
    String member = tree.members(grid.code()).get(0).id();
    Recording robot = new Recording();
    NotificationCenter c =
        center(settings(Duration.ofSeconds(5), 1, Backoff.DEFAULT))
            .notifier("robot", robot, List.of("member"))
            .build();
    c.close();
    c.caseOpened(opened("C-9", grid, Optional.of(member)));
    assertThat(robot.sent).isEmpty();
    assertThat(store.deadLetters().get("C-9/assigned/member:" + member + "@robot"))
        .get()
        .extracting(DeadLetter::attempts, DeadLetter::error)
        .containsExactly(0, "the notification center is closed");
  }
}
