package org.gridgov.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.spi.ProviderSource.Candidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PluginsTest {

  /** A kind of plugin for the tests. */
  public interface Widget extends Provider {}

  static final ExtensionPoint<Widget> WIDGETS =
      new ExtensionPoint<>(
          Widget.class,
          "widget",
          com.google.common.collect.ImmutableMap.of("round", "org.example:round-widget"));

  record Simple(String name, int priority, String requestedSpiVersion) implements Widget {}

  static final class Throwing implements Widget {
    Throwing() {
      throw new IllegalStateException("cannot reach the widget server");
    }

    @Override
    public String name() {
      return "throwing";
    }

    @Override
    public String requestedSpiVersion() {
      return "1.0";
    }
  }

  private static Candidate<?> widget(String name, int priority, String version) {
    return new Candidate<>(Simple.class, () -> new Simple(name, priority, version));
  }

  private static Plugins of(Candidate<?>... candidates) {
    return Plugins.using(ProviderSource.of(List.of(candidates)));
  }

  @Test
  @DisplayName("selects by name, or the highest priority, and lists what it found")
  void selectsAndLists() {
    Plugins plugins = of(widget("square", 5, "1.0"), widget("round", 10, "1.0"));
    assertThat(plugins.select(WIDGETS, "square").name()).isEqualTo("square");
    assertThat(plugins.best(WIDGETS).name()).isEqualTo("round");
    assertThat(plugins.all(WIDGETS)).extracting(Provider::name).containsExactly("round", "square");
    assertThat(plugins.describe(List.of(WIDGETS)))
        .extracting(PluginInfo::name, PluginInfo::status, PluginInfo::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("round", PluginInfo.Status.OK, "widget"),
            org.assertj.core.groups.Tuple.tuple("square", PluginInfo.Status.OK, "widget"));
    assertThat(plugins.describe(List.of(WIDGETS)).get(0).origin()).contains("test-classes");
  }

  @Test
  @DisplayName("a missing plugin names the artifact to add and what was found")
  void missing() {
    Plugins plugins = of(widget("square", 0, "1.0"));
    assertThatThrownBy(() -> plugins.select(WIDGETS, "round"))
        .isInstanceOfSatisfying(
            PluginException.class,
            e -> assertThat(e.reason()).isEqualTo(PluginException.Reason.MISSING))
        .hasMessageContaining("no widget plugin named \"round\"")
        .hasMessageContaining("add the dependency org.example:round-widget")
        .hasMessageContaining("found: square");
    assertThatThrownBy(() -> plugins.select(WIDGETS, "oval"))
        .hasMessageContaining("META-INF/services/" + Widget.class.getName());
    assertThatThrownBy(() -> of().best(WIDGETS))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("no usable widget plugin")
        .hasMessageContaining("org.example:round-widget");
  }

  @Test
  @DisplayName("two plugins claiming one name fail, naming both")
  void duplicate() {
    Plugins plugins =
        of(widget("round", 0, "1.0"), widget("round", 3, "1.0"), widget("x", 1, "1.0"));
    assertThatThrownBy(() -> plugins.select(WIDGETS, "x"))
        .isInstanceOfSatisfying(
            PluginException.class,
            e -> assertThat(e.reason()).isEqualTo(PluginException.Reason.DUPLICATE))
        .hasMessageContaining("the name \"round\" is claimed by " + Simple.class.getName());
    assertThatThrownBy(() -> plugins.best(WIDGETS)).isInstanceOf(PluginException.class);
    assertThat(plugins.describe(List.of(WIDGETS)))
        .filteredOn(i -> i.name().equals("round"))
        .extracting(PluginInfo::status)
        .containsOnly(PluginInfo.Status.DUPLICATE);
  }

  @Test
  @DisplayName("a plugin built against an incompatible SPI version is refused, saying which")
  void incompatible() {
    Plugins plugins =
        of(widget("future", 9, "1.7"), widget("old-major", 9, "0.9"), widget("ok", 0, "1.0"));
    assertThatThrownBy(() -> plugins.select(WIDGETS, "future"))
        .isInstanceOfSatisfying(
            PluginException.class,
            e -> assertThat(e.reason()).isEqualTo(PluginException.Reason.INCOMPATIBLE))
        .hasMessageContaining(
            "built against grid-spi 1.7, and this is grid-spi " + SpiVersion.CURRENT);
    assertThatThrownBy(() -> plugins.select(WIDGETS, "old-major"))
        .hasMessageContaining("another major version");
    // The best usable one is chosen, not the refused ones of higher priority.
    assertThat(plugins.best(WIDGETS).name()).isEqualTo("ok");
    // A newer runtime of the same major version runs a plugin built for 1.0.
    Plugins newer =
        Plugins.using(ProviderSource.of(List.of(widget("ok", 0, "1.0"))), new SpiVersion(1, 4));
    assertThat(newer.select(WIDGETS, "ok").name()).isEqualTo("ok");
    assertThatThrownBy(() -> of(widget("bad", 0, "one")).select(WIDGETS, "bad"))
        .hasMessageContaining("unreadable");
  }

  @Test
  @DisplayName("a provider whose constructor throws is reported, and the others still load")
  void throwingConstructor() {
    Plugins plugins =
        of(new Candidate<>(Throwing.class, Throwing::new), widget("square", 0, "1.0"));
    assertThat(plugins.best(WIDGETS).name()).isEqualTo("square");
    PluginInfo failed =
        plugins.describe(List.of(WIDGETS)).stream()
            .filter(i -> i.status() == PluginInfo.Status.FAILED)
            .findFirst()
            .orElseThrow();
    assertThat(failed.className()).isEqualTo(Throwing.class.getName());
    assertThat(failed.detail())
        .isEqualTo("its constructor threw IllegalStateException: cannot reach the widget server");
    assertThatThrownBy(() -> plugins.select(WIDGETS, Throwing.class.getName()))
        .isInstanceOfSatisfying(
            PluginException.class,
            e -> assertThat(e.reason()).isEqualTo(PluginException.Reason.FAILED))
        .hasMessageContaining("cannot reach the widget server")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a name that is no plugin name makes the plugin unusable")
  void badName() {
    Plugins plugins = of(widget("Round Widget", 0, "1.0"));
    assertThat(plugins.describe(List.of(WIDGETS)).get(0).detail()).contains("is not a plugin name");
    assertThat(plugins.all(WIDGETS)).isEmpty();
  }

  @Test
  @DisplayName("the ServiceLoader source finds providers listed in META-INF/services")
  void serviceLoader() {
    Plugins plugins = Plugins.load();
    assertThat(plugins.all(WIDGETS)).extracting(Provider::name).containsExactly("listed");
  }

  /** Listed in this module's test META-INF/services. */
  public static final class Listed implements Widget {
    /** Needed by ServiceLoader. */
    public Listed() {}

    @Override
    public String name() {
      return "listed";
    }

    @Override
    public String requestedSpiVersion() {
      return "1.0";
    }
  }

  @Test
  @DisplayName("SPI versions parse and compare as documented")
  void versions() {
    assertThat(SpiVersion.parse("1.2.3")).isEqualTo(new SpiVersion(1, 2));
    assertThat(new SpiVersion(1, 0).runsOn(new SpiVersion(1, 2))).isTrue();
    assertThat(new SpiVersion(1, 3).runsOn(new SpiVersion(1, 2))).isFalse();
    assertThat(new SpiVersion(2, 0).runsOn(new SpiVersion(1, 9))).isFalse();
    assertThatThrownBy(() -> SpiVersion.parse("v1")).hasMessageContaining("major.minor");
  }
}
