package org.gridgov.events.notify;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.Escalator;
import org.gridgov.spi.PluginException;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notification.Reason;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people about cases, through the configured notifiers, without ever holding up the caller.
 *
 * <p>The center takes new cases ({@link #caseOpened}) and the escalator's notices ({@link
 * #notices()}), finds who is to be told at that rung (the member, the grid's members, the
 * departments, the offices up the ladder) with their contacts, renders the message ({@link
 * Templates}) and hands one notification per recipient to every notifier that serves the recipient.
 * A case's opening told through both {@code caseOpened} and the escalator's first notice is sent
 * once.
 *
 * <p>Delivery semantics (docs/spi.md):
 *
 * <ul>
 *   <li>Every entry point only queues: it returns at once, whatever the notifiers do. A queue
 *       beyond its bound turns the notification into a dead letter at once, on the caller's thread.
 *   <li>Each call of a notifier gets the configured time-out; a call that does not return in time
 *       is abandoned (its thread interrupted) and counts as a failed attempt.
 *   <li>A failed attempt is retried after an exponential back-off with jitter ({@link Backoff}), up
 *       to the configured number of attempts.
 *   <li>What finally failed is kept in the store's dead letters ({@link GridStore#deadLetters()});
 *       every final outcome, delivered or failed, is recorded in the store's delivery log ({@link
 *       GridStore#deliveries()}), the case's audit trail of who was told.
 *   <li>No notifier found: a warning is logged once and every notification is dropped with a debug
 *       line (SLF4J's NOP fallback).
 *   <li>{@link #close()} stops taking notifications, waits for those accepted up to the configured
 *       drain time, and keeps what is still undelivered then as dead letters: nothing accepted is
 *       lost.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class NotificationCenter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationCenter.class);

  /** Waits between attempts; tests pass one that records the waits and returns at once. */
  @FunctionalInterface
  public interface Sleeper {
    /** Waits {@code duration}, or throws when interrupted. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** One notifier in use, with whom it serves. */
  private record Channel(
      String name, Notifier notifier, NotificationSettings.NotifierEntry entry) {}

  private final NotificationSettings settings;
  private final GridStore store;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final Recipients recipients;
  private final ImmutableList<Channel> channels;
  private final ThreadPoolExecutor workers;
  private final ExecutorService calls;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object pendingLock = new Object();
  private int pending;
  private final AtomicBoolean warnedNoStore = new AtomicBoolean();
  private final Cache<String, Recipients.CaseFacts> facts =
      CacheBuilder.newBuilder().maximumSize(100_000).build();
  private final Cache<String, Boolean> sent =
      CacheBuilder.newBuilder().maximumSize(200_000).build();

  private NotificationCenter(Builder b, ImmutableList<Channel> channels) {
    this.settings = b.settings;
    this.store = b.store;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.recipients = new Recipients(b.tree, b.settings.contacts());
    this.channels = channels;
    NotificationSettings.Delivery d = settings.delivery();
    this.workers =
        new ThreadPoolExecutor(
            d.threads(),
            d.threads(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(d.queue()),
            daemons("gridgov-notify"));
    this.calls = Executors.newCachedThreadPool(daemons("gridgov-notify-call"));
  }

  /**
   * A center for {@code grid serve} and other services: the notifiers named in the configuration
   * file, found with {@code plugins}.
   *
   * @param plugins where the notifier plugins are found
   * @param config the notification configuration file (docs/spi.md)
   * @param store where dead letters and delivery records go, and where the cases are read
   * @param tree the community's records of the moment (grids, members)
   * @param clock the time of notifications and records
   * @throws org.gridgov.core.problem.InvalidInputException when the file is bad, listing every
   *     problem with its JSON path
   * @throws IllegalArgumentException when a notifier refuses its settings (naming the notifier and
   *     the setting)
   */
  public static NotificationCenter open(
      Plugins plugins, Path config, GridStore store, Supplier<GridTree> tree, Clock clock) {
    return builder(store)
        .plugins(plugins)
        .settings(NotificationSettings.read(config))
        .tree(tree)
        .clock(clock)
        .build();
  }

  /** A builder of a center that keeps its dead letters and records in {@code store}. */
  public static Builder builder(GridStore store) {
    return new Builder(store);
  }

  /** Builds a center; every setting but the store has a default. */
  public static final class Builder {
    private final GridStore store;
    private NotificationSettings settings = NotificationSettings.defaults();
    private @Nullable Plugins plugins;
    private final List<Channel> extra = new ArrayList<>();
    private Supplier<GridTree> tree = () -> GridTree.builder().build();
    private Clock clock = Clock.systemDefaultZone();
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    private DoubleSupplier random = new Random()::nextDouble;

    private Builder(GridStore store) {
      this.store = requireNonNull(store, "store");
    }

    /** The configuration (by default {@link NotificationSettings#defaults()}). */
    public Builder settings(NotificationSettings settings) {
      this.settings = requireNonNull(settings, "settings");
      return this;
    }

    /** Where notifier plugins are found (by default {@link Plugins#load()}). */
    public Builder plugins(Plugins plugins) {
      this.plugins = requireNonNull(plugins, "plugins");
      return this;
    }

    /**
     * A notifier given directly rather than found as a plugin (an application's own channel, a
     * test's), serving the recipients {@code serves} names as the configuration file does.
     */
    public Builder notifier(String name, Notifier notifier, List<String> serves) {
      NotifierConfig config = NotifierConfig.of(name, com.google.common.collect.ImmutableMap.of());
      extra.add(
          new Channel(
              name,
              requireNonNull(notifier, "notifier"),
              new NotificationSettings.NotifierEntry(
                  "(given)", config, ImmutableList.copyOf(serves))));
      return this;
    }

    /** The community's records of the moment (by default an empty tree). */
    public Builder tree(Supplier<GridTree> tree) {
      this.tree = requireNonNull(tree, "tree");
      return this;
    }

    /** The time (by default the system's). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How to wait between attempts (by default {@link Thread#sleep}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The jitter's random draws in [0, 1) (by default a {@link Random}). */
    public Builder random(DoubleSupplier random) {
      this.random = requireNonNull(random, "random");
      return this;
    }

    /**
     * With no notifier configured: the plugin of the highest priority that works without settings,
     * serving everyone. A plugin that needs settings (a robot's address, a sender) refuses an empty
     * configuration and is passed over, so that finding it on the class path never stops a service
     * that names no notifier.
     */
    private static Optional<Channel> defaultChannel(Plugins p) {
      for (NotifierProvider provider : p.all(NotifierProvider.POINT)) {
        NotifierConfig config =
            NotifierConfig.of(provider.name(), com.google.common.collect.ImmutableMap.of());
        Notifier notifier;
        try {
          notifier = provider.create(config);
        } catch (IllegalArgumentException e) {
          LOG.debug("notifier plugin {} is not the default: {}", provider.name(), e.getMessage());
          continue;
        }
        return Optional.of(
            new Channel(
                provider.name(),
                notifier,
                new NotificationSettings.NotifierEntry(
                    provider.name(), config, ImmutableList.of("member", "department", "office"))));
      }
      return Optional.empty();
    }

    /**
     * The center, with its threads started.
     *
     * @throws IllegalArgumentException when a notifier refuses its settings
     */
    public NotificationCenter build() {
      List<Channel> channels = new ArrayList<>(extra);
      Plugins p = plugins != null ? plugins : Plugins.load();
      if (settings.notifiers().isEmpty() && extra.isEmpty()) {
        defaultChannel(p).ifPresent(channels::add);
      }
      for (NotificationSettings.NotifierEntry e : settings.notifiers()) {
        NotifierProvider provider;
        try {
          provider = p.select(NotifierProvider.POINT, e.plugin());
        } catch (PluginException ex) {
          LOG.warn(
              "notifier {} is not used: {}; its notifications are dropped",
              e.config().name(),
              ex.getMessage());
          continue;
        }
        channels.add(new Channel(e.config().name(), provider.create(e.config()), e));
      }
      if (channels.isEmpty()) {
        LOG.warn(
            "no notifier found (add grid-notify-log or another notifier plugin, or name one in the"
                + " notification configuration): notifications are dropped");
      }
      return new NotificationCenter(this, ImmutableList.copyOf(channels));
    }
  }

  /** Whether any notifier is in use; when not, every notification is dropped. */
  public boolean hasNotifiers() {
    return !channels.isEmpty();
  }

  /** The names of the notifiers in use, in the configuration's order. */
  public ImmutableList<String> notifiers() {
    return channels.stream().map(Channel::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells the case's member (or, with nobody assigned, the grid's members) and its departments of a
   * new case. Returns at once.
   */
  public void caseOpened(AuditRecord.Opened opened) {
    requireNonNull(opened, "opened");
    Recipients.CaseFacts f =
        new Recipients.CaseFacts(
            opened.caseId(),
            opened.grid(),
            opened.category(),
            opened.severity(),
            opened.assignee(),
            opened.departments(),
            opened.level());
    facts.put(opened.caseId(), f);
    Reason reason =
        opened.level() == org.gridgov.core.event.LadderLevel.DISTRICT
            ? Reason.AREA_ALERT
            : Reason.ASSIGNED;
    accept(
        () ->
            resolve(f, opened.level(), reason, opened.at(), Optional.of(opened.acceptBy()), true));
  }

  /**
   * Tells the rung of a notice: for a new case as {@link #caseOpened} does (sent once if both are
   * used), for an escalation or an overdue case the people or the office at that rung. The case is
   * read from what {@link #caseOpened} was given or, failing that, from the store's case log.
   * Returns at once.
   */
  public void notice(Escalator.Notice notice) {
    requireNonNull(notice, "notice");
    OffsetDateTime at = OffsetDateTime.ofInstant(notice.at(), clock.getZone());
    Optional<OffsetDateTime> due =
        notice.acceptBy().map(t -> OffsetDateTime.ofInstant(t, clock.getZone()));
    accept(
        () -> {
          Optional<Recipients.CaseFacts> f = facts(notice.caseId());
          if (f.isEmpty()) {
            LOG.warn(
                "case {} is neither known to the notification center nor in the store: its {}"
                    + " notice to {} is dropped",
                notice.caseId(),
                notice.kind(),
                notice.level().code());
            return;
          }
          Reason reason =
              switch (notice.kind()) {
                case OPENED -> Reason.ASSIGNED;
                case ALERT -> Reason.AREA_ALERT;
                case ESCALATED -> Reason.ESCALATED;
                case OVERDUE -> Reason.OVERDUE;
              };
          boolean departments =
              (reason == Reason.ASSIGNED || reason == Reason.AREA_ALERT)
                  && notice.level() == f.get().startLevel();
          resolve(f.get(), notice.level(), reason, at, due, departments);
        });
  }

  /** {@link #notice} as the escalator's consumer of notices. */
  public Consumer<Escalator.Notice> notices() {
    return this::notice;
  }

  /**
   * Sends a ready notification (an area alert composed by the caller, say) to every notifier that
   * serves its recipient. Returns at once.
   */
  public void send(Notification notification) {
    requireNonNull(notification, "notification");
    accept(() -> dispatch(notification));
  }

  private Optional<Recipients.CaseFacts> facts(String caseId) {
    Recipients.CaseFacts known = facts.getIfPresent(caseId);
    if (known != null) {
      return Optional.of(known);
    }
    ImmutableList<CaseEntry> log = store.cases().history(caseId);
    if (log.isEmpty()) {
      return Optional.empty();
    }
    List<AuditRecord> first =
        AuditLog.read(new StringReader(log.get(0).detail()), "the case log of " + caseId);
    if (first.isEmpty() || !(first.get(0) instanceof AuditRecord.Opened o)) {
      return Optional.empty();
    }
    CaseEntry last = log.get(log.size() - 1);
    Recipients.CaseFacts f =
        new Recipients.CaseFacts(
            caseId,
            o.grid(),
            o.category(),
            o.severity(),
            last.assignee().isPresent() ? last.assignee() : o.assignee(),
            o.departments(),
            o.level());
    facts.put(caseId, f);
    return Optional.of(f);
  }

  /** Runs on a worker: the recipients, their notifications, one delivery per notifier. */
  private void resolve(
      Recipients.CaseFacts f,
      org.gridgov.core.event.LadderLevel level,
      Reason reason,
      OffsetDateTime at,
      Optional<OffsetDateTime> dueBy,
      boolean departments) {
    LocalDate on = at.atZoneSameInstant(clock.getZone()).toLocalDate();
    String place = recipients.place(f.grid());
    Optional<Notification.Incident> incident = recipients.incident(f, place);
    for (Recipient r : recipients.at(level, f, departments, on)) {
      // One id per recipient and occasion: an opening told twice (caseOpened and the escalator's
      // first notice) is one notification; each escalation and overdue notice is its own.
      String id =
          f.caseId()
              + "/"
              + reason.code()
              + "/"
              + r.key()
              + (reason == Reason.ASSIGNED ? "" : "/" + at.toInstant().toEpochMilli());
      dispatch(
          new Notification(
              id,
              reason,
              r,
              f.caseId(),
              f.grid(),
              f.category().code(),
              place,
              at,
              dueBy,
              Templates.render(reason, f.category(), place, f.caseId(), dueBy),
              incident));
    }
  }

  private void dispatch(Notification n) {
    boolean any = false;
    for (Channel c : channels) {
      if (!c.entry().serves(n.recipient())) {
        continue;
      }
      any = true;
      if (sent.asMap().putIfAbsent(n.id() + "@" + c.name(), Boolean.TRUE) != null) {
        continue; // told already
      }
      enqueue(new Attempts(c, n));
    }
    if (!any) {
      LOG.debug("no notifier serves {}; notification {} dropped", n.recipient().key(), n.id());
    }
  }

  /** Takes work from a caller: queued, or, once the center is closed, kept (abandoned). */
  private void accept(Runnable work) {
    if (closed.get()) {
      abandon(work, "the notification center is closed");
      return;
    }
    enqueue(work);
  }

  /**
   * Queues work, counting it as pending until it ends, so that {@link #close()} can wait for what
   * the work itself queues (a case's deliveries, queued by the finding of its recipients). A full
   * queue or a stopped pool makes a delivery a dead letter at once.
   */
  private void enqueue(Runnable work) {
    Tracked t = new Tracked(work);
    synchronized (pendingLock) {
      pending++;
    }
    try {
      workers.execute(t);
    } catch (RejectedExecutionException e) {
      t.done();
      abandon(
          work, workers.isShutdown() ? "the notification center is closed" : "the queue is full");
    }
  }

  /** Work counted as pending until it ends. */
  private final class Tracked implements Runnable {
    final Runnable work;

    Tracked(Runnable work) {
      this.work = work;
    }

    @Override
    public void run() {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.error("notification work failed: {}", e.toString());
      } finally {
        done();
      }
    }

    void done() {
      synchronized (pendingLock) {
        pending--;
        if (pending == 0) {
          pendingLock.notifyAll();
        }
      }
    }
  }

  /**
   * Keeps work that will not run on a worker: a delivery as a dead letter; the finding of a case's
   * recipients is done here, and its deliveries, which cannot be queued either, become dead letters
   * in turn (or are queued, if room was made meanwhile).
   */
  private void abandon(Runnable work, String why) {
    if (work instanceof Attempts a) {
      a.fail(0, why);
      return;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.error("notification work not done ({}): {}", why, e.toString());
    }
  }

  /** One notification through one notifier: the attempts, then the record. */
  private final class Attempts implements Runnable {
    private final Channel channel;
    private final Notification n;

    Attempts(Channel channel, Notification n) {
      this.channel = channel;
      this.n = n;
    }

    @Override
    public void run() {
      NotificationSettings.Delivery d = settings.delivery();
      String error = "";
      for (int attempt = 1; attempt <= d.attempts(); attempt++) {
        if (attempt > 1) {
          try {
            sleeper.sleep(d.backoff().delay(attempt - 1, random));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(attempt - 1, error + "; interrupted while waiting to retry (shutting down)");
            return;
          }
        }
        Optional<String> failure = call(d.timeout());
        if (failure.isEmpty()) {
          record(Delivery.Outcome.DELIVERED, attempt, "");
          return;
        }
        error = failure.get();
        LOG.info(
            "notification {} through {}: attempt {} of {} failed: {}",
            n.id(),
            channel.name(),
            attempt,
            d.attempts(),
            error);
        if (Thread.currentThread().isInterrupted()) {
          fail(attempt, error + "; interrupted (shutting down)");
          return;
        }
      }
      fail(d.attempts(), error);
    }

    /**
     * One call with its time-out: empty when it went through, else why not. The time-out runs from
     * when the notifier is called, not from when the call is handed to a thread: on a loaded
     * machine a new thread can take longer to start than a short time-out, and the attempt would
     * then fail without the notifier ever being called. The call pool starts every call it takes (a
     * thread each, no queue), so the wait for the start ends; {@link #close()} interrupts it.
     */
    private Optional<String> call(Duration timeout) {
      CountDownLatch started = new CountDownLatch(1);
      Future<?> f;
      try {
        f =
            calls.submit(
                () -> {
                  started.countDown();
                  channel.notifier().send(n);
                  return null;
                });
      } catch (RejectedExecutionException e) {
        return Optional.of("the notification center is closed");
      }
      try {
        started.await();
        f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return Optional.empty();
      } catch (TimeoutException e) {
        f.cancel(true); // interrupts the hung call; its thread is abandoned if it ignores that
        return Optional.of("no answer within " + timeout.toMillis() + " ms");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return Optional.of(
            cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
      } catch (InterruptedException e) {
        f.cancel(true);
        Thread.currentThread().interrupt();
        return Optional.of("interrupted (shutting down)");
      }
    }

    void fail(int attempts, String error) {
      Instant now = clock.instant();
      try {
        store
            .deadLetters()
            .add(
                new DeadLetter(
                    n.id() + "@" + channel.name(),
                    now,
                    n.caseId(),
                    channel.name(),
                    n.recipient().key(),
                    n.reason().code(),
                    attempts,
                    error,
                    Payload.of(n)));
        LOG.warn(
            "notification {} through {} failed after {} attempt(s), kept as a dead letter: {}",
            n.id(),
            channel.name(),
            attempts,
            error);
      } catch (UnsupportedOperationException | StoreException | IllegalStateException e) {
        LOG.error(
            "notification {} through {} failed after {} attempt(s) ({}) and cannot be kept as a"
                + " dead letter: {}; it was: {}",
            n.id(),
            channel.name(),
            attempts,
            error,
            e.getMessage(),
            Payload.of(n));
      }
      record(Delivery.Outcome.FAILED, attempts, error);
    }

    private void record(Delivery.Outcome outcome, int attempts, String detail) {
      try {
        store
            .deliveries()
            .record(
                new Delivery(
                    n.id(),
                    n.caseId(),
                    clock.instant(),
                    channel.name(),
                    n.recipient().key(),
                    n.reason().code(),
                    outcome,
                    attempts,
                    detail));
      } catch (UnsupportedOperationException e) {
        if (warnedNoStore.compareAndSet(false, true)) {
          LOG.warn("{}; deliveries are logged only", e.getMessage());
        }
        LOG.info("delivery {} through {}: {}", n.id(), channel.name(), outcome.code());
      } catch (StoreException | IllegalStateException e) {
        LOG.error(
            "delivery {} through {} not recorded: {}", n.id(), channel.name(), e.getMessage());
      }
    }

    @Override
    public String toString() {
      return "delivery of " + n.id() + " through " + channel.name();
    }
  }

  /**
   * Stops taking notifications, delivers those accepted for up to the configured drain time, and
   * keeps what is undelivered then as dead letters; then closes the notifiers. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long deadline = System.nanoTime() + settings.delivery().drain().toNanos();
    synchronized (pendingLock) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(pendingLock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    // Running deliveries are interrupted and keep themselves as dead letters; queued ones are kept
    // here.
    for (Runnable r : workers.shutdownNow()) {
      abandon(
          r instanceof Tracked t ? t.work : r,
          "not delivered before the notification center closed");
    }
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("notification workers did not stop within 5 s of being interrupted");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    calls.shutdownNow();
    for (Channel c : channels) {
      try {
        c.notifier().close();
      } catch (RuntimeException e) {
        LOG.warn("notifier {} did not close cleanly: {}", c.name(), e.getMessage());
      }
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
