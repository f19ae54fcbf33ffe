package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds plugins, checks them, and hands out the one asked for.
 *
 * <p>For each {@link ExtensionPoint} the loader asks its {@link ProviderSource} for candidates,
 * creates each one, and checks it: a constructor that throws (SLF4J's {@code safelyInstantiate}), a
 * name that is no plugin name, or an SPI version this one cannot run makes that plugin unusable and
 * is logged as a warning, but the others load. Two plugins of one kind that claim one name make the
 * whole kind unusable until one goes, since neither can be chosen safely. What was found, with
 * where it came from and why it cannot be used, is listed by {@link #describe}.
 *
 * <p>Each kind is looked up once per loader and kept; a loader is safe to use from many threads.
 */
public final class Plugins {

  private static final System.Logger LOG = System.getLogger(Plugins.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final ProviderSource source;
  private final SpiVersion runtime;
  private final Map<ExtensionPoint<?>, Found<?>> found = new ConcurrentHashMap<>();

  private Plugins(ProviderSource source, SpiVersion runtime) {
    this.source = source;
    this.runtime = runtime;
  }

  /** A loader over {@link java.util.ServiceLoader} and the thread's context class loader. */
  public static Plugins load() {
    return new Plugins(ProviderSource.serviceLoader(), SpiVersion.CURRENT);
  }

  /** A loader over another source of candidates (tests, an application's own class loader). */
  public static Plugins using(ProviderSource source) {
    return new Plugins(requireNonNull(source, "source"), SpiVersion.CURRENT);
  }

  /**
   * A loader that checks plugins against another SPI version than this jar's: for testing what a
   * newer or older runtime would say.
   */
  public static Plugins using(ProviderSource source, SpiVersion runtime) {
    return new Plugins(requireNonNull(source, "source"), requireNonNull(runtime, "runtime"));
  }

  /**
   * The usable plugin named {@code name}.
   *
   * @throws PluginException {@link PluginException.Reason#MISSING} when none has the name (the
   *     message names the artifact to add, when it is a known one, and lists what was found);
   *     {@code DUPLICATE} when two claim the kind's names; {@code INCOMPATIBLE} or {@code FAILED}
   *     when the plugin of that name cannot be used
   */
  public <P extends Provider> P select(ExtensionPoint<P> point, String name) {
    requireNonNull(name, "name");
    Found<P> f = found(point);
    f.failOnDuplicates();
    for (Entry<P> e : f.entries) {
      if (e.info.name().equals(name)) {
        if (e.provider != null && e.info.status() == PluginInfo.Status.OK) {
          return e.provider;
        }
        PluginException.Reason reason =
            e.info.status() == PluginInfo.Status.INCOMPATIBLE
                ? PluginException.Reason.INCOMPATIBLE
                : PluginException.Reason.FAILED;
        throw new PluginException(
            reason,
            point.kind() + " plugin \"" + name + "\" cannot be used: " + e.info.detail(),
            e.failure);
      }
    }
    String artifact = point.artifacts().get(name);
    throw new PluginException(
        PluginException.Reason.MISSING,
        "no "
            + point.kind()
            + " plugin named \""
            + name
            + "\" was found on the class path; "
            + (artifact != null
                ? "add the dependency " + artifact
                : "add the jar that provides it (its META-INF/services/"
                    + point.type().getName()
                    + " must list the class)")
            + "; found: "
            + f.namesOrNone(),
        null);
  }

  /**
   * The usable plugin of the highest priority (by name when priorities tie).
   *
   * @throws PluginException {@code MISSING} when no usable plugin of the kind was found (the
   *     message names the known artifacts that provide one); {@code DUPLICATE} when two claim one
   *     name
   */
  public <P extends Provider> P best(ExtensionPoint<P> point) {
    List<P> all = all(point);
    if (all.isEmpty()) {
      Found<P> f = found(point);
      throw new PluginException(
          PluginException.Reason.MISSING,
          "no usable "
              + point.kind()
              + " plugin was found on the class path"
              + (point.artifacts().isEmpty()
                  ? ""
                  : "; add one of: "
                      + point.artifacts().values().stream()
                          .distinct()
                          .collect(Collectors.joining(", ")))
              + (f.entries.isEmpty() ? "" : "; found but unusable: " + f.namesOrNone()),
          null);
    }
    return all.get(0);
  }

  /**
   * Every usable plugin of the kind, highest priority first (by name when priorities tie).
   *
   * @throws PluginException {@code DUPLICATE} when two claim one name
   */
  public <P extends Provider> ImmutableList<P> all(ExtensionPoint<P> point) {
    Found<P> f = found(point);
    f.failOnDuplicates();
    return f.entries.stream()
        .filter(e -> e.provider != null && e.info.status() == PluginInfo.Status.OK)
        .sorted(BY_PRIORITY)
        .map(e -> requireNonNull(e.provider))
        .collect(ImmutableList.toImmutableList());
  }

  /** What was found for each point, usable or not, in the order of the points and of priority. */
  public ImmutableList<PluginInfo> describe(List<? extends ExtensionPoint<?>> points) {
    ImmutableList.Builder<PluginInfo> out = ImmutableList.builder();
    for (ExtensionPoint<?> p : points) {
      found(p).entries.stream().sorted(BY_PRIORITY).forEach(e -> out.add(e.info));
    }
    return out.build();
  }

  private static final Comparator<Entry<?>> BY_PRIORITY =
      Comparator.comparingInt((Entry<?> e) -> -e.info.priority())
          .thenComparing(e -> e.info.name())
          .thenComparing(e -> e.info.className());

  @SuppressWarnings("unchecked") // each point's entry is made from that point's type
  private <P extends Provider> Found<P> found(ExtensionPoint<P> point) {
    requireNonNull(point, "point");
    return (Found<P>) found.computeIfAbsent(point, p -> scan(point));
  }

  private <P extends Provider> Found<P> scan(ExtensionPoint<P> point) {
    ProviderSource.Listing<P> listing = source.candidates(point.type());
    for (String error : listing.errors()) {
      LOG.log(Level.WARNING, "a " + point.kind() + " plugin could not be looked at: " + error);
    }
    List<Entry<P>> entries = new ArrayList<>();
    for (ProviderSource.Candidate<P> c : listing.candidates()) {
      entries.add(check(point, c));
    }
    // Two plugins claiming one name: neither can be chosen by that name, and choosing by priority
    // would depend on class-path order. Both are marked, and the kind fails until one goes.
    Map<String, List<Entry<P>>> byName = new LinkedHashMap<>();
    for (Entry<P> e : entries) {
      if (e.info.status() == PluginInfo.Status.OK
          || e.info.status() == PluginInfo.Status.INCOMPATIBLE) {
        byName.computeIfAbsent(e.info.name(), k -> new ArrayList<>()).add(e);
      }
    }
    List<String> clashes = new ArrayList<>();
    for (var group : byName.entrySet()) {
      if (group.getValue().size() > 1) {
        String who =
            group.getValue().stream()
                .map(e -> e.info.className() + " (from " + e.info.origin() + ")")
                .collect(Collectors.joining(" and "));
        String detail = "the name \"" + group.getKey() + "\" is claimed by " + who;
        clashes.add(detail);
        for (Entry<P> e : group.getValue()) {
          e.info = withStatus(e.info, PluginInfo.Status.DUPLICATE, detail + "; remove all but one");
        }
      }
    }
    Found<P> f = new Found<>(point, ImmutableList.copyOf(entries), ImmutableList.copyOf(clashes));
    for (Entry<P> e : f.entries) {
      if (e.info.status() != PluginInfo.Status.OK) {
        LOG.log(
            Level.WARNING,
            point.kind() + " plugin " + e.info.className() + " is not used: " + e.info.detail());
      }
    }
    return f;
  }

  private <P extends Provider> Entry<P> check(
      ExtensionPoint<P> point, ProviderSource.Candidate<P> c) {
    String className = c.type().getName();
    String origin = origin(c.type());
    String version =
        Optional.ofNullable(c.type().getPackage())
            .map(Package::getImplementationVersion)
            .orElse("unknown");
    P provider;
    try {
      provider = requireNonNull(c.factory().get(), "the factory returned null");
    } catch (RuntimeException | LinkageError e) {
      // A ServiceConfigurationError (a LinkageError's cousin, an Error) wraps what the
      // constructor threw; report the root, which is what the plugin's author can act on.
      return failed(point, className, version, origin, "its constructor threw " + root(e), e);
    } catch (java.util.ServiceConfigurationError e) {
      return failed(point, className, version, origin, "it could not be created: " + root(e), e);
    }
    String name;
    int priority;
    String requested;
    try {
      name = requireNonNull(provider.name(), "name()");
      priority = provider.priority();
      requested = requireNonNull(provider.requestedSpiVersion(), "requestedSpiVersion()");
    } catch (RuntimeException e) {
      return failed(point, className, version, origin, "it cannot describe itself: " + root(e), e);
    }
    if (!NAME.matcher(name).matches()) {
      return failed(
          point,
          className,
          version,
          origin,
          "its name \""
              + name
              + "\" is not a plugin name (lower-case letters, digits, ., _ and -, at most 64)",
          null);
    }
    PluginInfo.Status status = PluginInfo.Status.OK;
    String detail = "";
    try {
      SpiVersion wanted = SpiVersion.parse(requested);
      if (!wanted.runsOn(runtime)) {
        status = PluginInfo.Status.INCOMPATIBLE;
        detail =
            "it was built against grid-spi "
                + wanted
                + ", and this is grid-spi "
                + runtime
                + (wanted.major() != runtime.major()
                    ? " (another major version): use a version of the plugin built for "
                        + runtime.major()
                        + ".x"
                    : " (older): upgrade gridgov to "
                        + wanted
                        + " or later, or use an older plugin");
      }
    } catch (IllegalArgumentException e) {
      status = PluginInfo.Status.INCOMPATIBLE;
      detail = "its requested SPI version is unreadable: " + e.getMessage();
    }
    PluginInfo info =
        new PluginInfo(
            point.kind(), name, className, version, priority, requested, origin, status, detail);
    return new Entry<>(info, provider, null);
  }

  private static <P> Entry<P> failed(
      ExtensionPoint<?> point,
      String className,
      String version,
      String origin,
      String detail,
      @Nullable Throwable failure) {
    PluginInfo info =
        new PluginInfo(
            point.kind(),
            className,
            className,
            version,
            0,
            "",
            origin,
            PluginInfo.Status.FAILED,
            detail);
    return new Entry<>(info, null, failure);
  }

  private static String root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static String origin(Class<?> type) {
    try {
      CodeSource cs = type.getProtectionDomain().getCodeSource();
      URL url = cs == null ? null : cs.getLocation();
      return url == null ? "unknown" : url.toString();
    } catch (SecurityException e) {
      return "unknown";
    }
  }

  private static PluginInfo withStatus(PluginInfo i, PluginInfo.Status status, String detail) {
    return new PluginInfo(
        i.kind(),
        i.name(),
        i.className(),
        i.version(),
        i.priority(),
        i.spiVersion(),
        i.origin(),
        status,
        detail);
  }

  private static final class Entry<P> {
    PluginInfo info;
    final @Nullable P provider;
    final @Nullable Throwable failure;

    Entry(PluginInfo info, @Nullable P provider, @Nullable Throwable failure) {
      this.info = info;
      this.provider = provider;
      this.failure = failure;
    }
  }

  private static final class Found<P> {
    final ExtensionPoint<?> point;
    final ImmutableList<Entry<P>> entries;
    final ImmutableList<String> clashes;

    Found(ExtensionPoint<?> point, ImmutableList<Entry<P>> entries, ImmutableList<String> clashes) {
      this.point = point;
      this.entries = entries;
      this.clashes = clashes;
    }

    void failOnDuplicates() {
      if (!clashes.isEmpty()) {
        throw new PluginException(
            PluginException.Reason.DUPLICATE,
            "two "
                + point.kind()
                + " plugins claim one name: "
                + String.join("; ", clashes)
                + "; remove all but one of each from the class path",
            null);
      }
    }

    String namesOrNone() {
      if (entries.isEmpty()) {
        return "none";
      }
      return entries.stream()
          .map(
              e ->
                  e.info.status() == PluginInfo.Status.OK
                      ? e.info.name()
                      : e.info.name()
                          + " ("
                          + e.info.status().name().toLowerCase(java.util.Locale.ROOT)
                          + ")")
          .collect(Collectors.joining(", "));
    }
  }
}
