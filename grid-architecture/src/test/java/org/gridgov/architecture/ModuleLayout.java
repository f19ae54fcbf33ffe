package org.gridgov.architecture;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The intended module layout, and the check of a set of classes against it.
 *
 * <p>A class belongs to the module named by the third segment of its package ({@code
 * org.gridgov.<module>...}); our own SPI implementations live under {@code org.gridgov.plugins}.
 * Two rules:
 *
 * <ol>
 *   <li>Dependencies point one way: core ← spi ← rules, events, dedup, interop, samples ← qr (on
 *       events), tck (the SPI's kit, on samples), research (on rules, events, samples), plugins (on
 *       spi; the CAP notifier on interop) ← cli, examples, benchmarks. A module may use only the
 *       modules listed for it in {@link #ALLOWED}.
 *   <li>No module uses another module's {@code internal} packages, except {@code
 *       org.gridgov.core.internal}, the shared machinery of our own modules.
 * </ol>
 */
final class ModuleLayout {

  private static final ImmutableSet<String> LIBRARIES =
      ImmutableSet.of(
          "core",
          "rules",
          "events",
          "dedup",
          "interop",
          "spi",
          "qr",
          "samples",
          "research",
          "serve");

  /** Per module, the modules of ours it may depend on (besides itself). */
  static final ImmutableMap<String, ImmutableSet<String>> ALLOWED =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("testing", ImmutableSet.of())
          .put("core", ImmutableSet.of())
          .put("spi", ImmutableSet.of("core"))
          .put("rules", ImmutableSet.of("core", "spi"))
          .put("events", ImmutableSet.of("core", "spi"))
          .put("dedup", ImmutableSet.of("core", "spi"))
          // The Spark run of the dedup engine (grid-dedup-spark).
          .put("dedupspark", ImmutableSet.of("core", "spi", "dedup"))
          .put("interop", ImmutableSet.of("core"))
          .put("samples", ImmutableSet.of("core"))
          .put("qr", ImmutableSet.of("core", "events"))
          .put("tck", ImmutableSet.of("core", "spi", "samples"))
          // The CAP notifier (plugins/grid-notify-cap) writes its alerts with grid-interop's
          // writer.
          .put("plugins", ImmutableSet.of("core", "spi", "interop"))
          .put("research", ImmutableSet.of("core", "spi", "rules", "events", "samples"))
          .put("serve", ImmutableSet.of("core", "spi", "rules", "events", "interop", "qr"))
          .put("cli", ImmutableSet.<String>builder().addAll(LIBRARIES).add("plugins").build())
          .put("examples", ImmutableSet.<String>builder().addAll(LIBRARIES).add("plugins").build())
          .put(
              "benchmarks", ImmutableSet.<String>builder().addAll(LIBRARIES).add("plugins").build())
          .put("architecture", ImmutableSet.copyOf(new TreeSet<>(LIBRARIES)))
          .buildOrThrow();

  private ModuleLayout() {}

  /** The module of a class of ours, or empty for a class of a library we use. */
  static Optional<String> module(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("gridgov")) {
      return Optional.empty();
    }
    return Optional.of(parts[2]);
  }

  private static boolean internal(JavaClass c) {
    return ("." + c.getPackageName() + ".").contains(".internal.");
  }

  /** Every dependency of {@code classes} that breaks one of the two rules, described. */
  static List<String> violations(JavaClasses classes) {
    Set<String> out = new TreeSet<>();
    for (JavaClass c : classes) {
      Optional<String> from = module(c);
      if (from.isEmpty()) {
        continue;
      }
      ImmutableSet<String> allowed = ALLOWED.get(from.get());
      if (allowed == null) {
        out.add(c.getName() + " is in org.gridgov." + from.get() + ", which is not a known module");
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        Optional<String> to = module(target);
        if (to.isEmpty() || to.get().equals(from.get())) {
          continue;
        }
        if (!allowed.contains(to.get())) {
          out.add(
              "module "
                  + from.get()
                  + " must not depend on module "
                  + to.get()
                  + ": "
                  + d.getDescription());
        } else if (internal(target) && !to.get().equals("core")) {
          out.add(
              "module "
                  + from.get()
                  + " must not use the internal package "
                  + target.getPackageName()
                  + " of module "
                  + to.get()
                  + ": "
                  + d.getDescription());
        }
      }
    }
    return new ArrayList<>(out);
  }
}
