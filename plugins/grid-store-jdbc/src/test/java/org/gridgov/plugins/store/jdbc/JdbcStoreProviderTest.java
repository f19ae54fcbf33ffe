package org.gridgov.plugins.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.gridgov.spi.PluginInfo;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreException;
import org.gridgov.spi.store.StoreProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is the JDBC store's own: how it is found, which URLs it takes, how it opens. */
class JdbcStoreProviderTest {

  @TempDir Path dir;

  @Test
  @DisplayName("the loader finds the JDBC store through its service file, at priority 100")
  void found() {
    Plugins plugins = Plugins.load();
    StoreProvider p = plugins.select(StoreProvider.POINT, "jdbc");
    assertThat(p).isInstanceOf(JdbcStoreProvider.class);
    assertThat(p.priority()).isEqualTo(100);
    assertThat(plugins.describe(List.of(StoreProvider.POINT)))
        .extracting(PluginInfo::name, PluginInfo::status)
        .contains(org.assertj.core.groups.Tuple.tuple("jdbc", PluginInfo.Status.OK));
  }

  @Test
  @DisplayName("it takes H2 and PostgreSQL URLs and no others, without connecting")
  void accepts() {
    JdbcStoreProvider p = new JdbcStoreProvider();
    assertThat(p.accepts("jdbc:h2:file:/nowhere/grid")).isTrue();
    assertThat(p.accepts("jdbc:postgresql://192.0.2.1:1/none")).isTrue();
    assertThat(p.accepts("memory:")).isFalse();
    assertThat(p.accepts("jdbc:mysql://localhost/x")).isFalse();
    assertThatThrownBy(() -> p.open(StoreConfig.of("jdbc:mysql://localhost/x")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a URL of the JDBC store");
  }

  @Test
  @DisplayName("a bad property fails the opening and names it")
  void badProperty() {
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("p"), "", "", ImmutableMap.of("pool.size", "many"));
    assertThatThrownBy(() -> new JdbcStoreProvider().open(config))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("pool.size")
        .hasMessageContaining("many");
  }

  @Test
  @DisplayName("a server that is not there fails the opening, naming the URL but no password")
  void unreachable() {
    StoreConfig config =
        new StoreConfig(
            "jdbc:postgresql://127.0.0.1:1/none?password=secret",
            "u",
            "secret",
            ImmutableMap.of("pool.connection-timeout-ms", "500"));
    assertThatThrownBy(() -> new JdbcStoreProvider().open(config))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:1/none")
        .hasMessageNotContaining("secret");
  }

  @Test
  @DisplayName("opening again upgrades in place: the schema is applied once, the data stays")
  void migratesOnce() throws Exception {
    StoreConfig config = StoreConfig.of("jdbc:h2:file:" + dir.resolve("m"));
    try (GridStore store = new JdbcStoreProvider().open(config)) {
      assertThat(store.describe()).contains("jdbc:h2:file:");
      store.residents().count(Scope.everything("test"));
    }
    new JdbcStoreProvider().open(config).close();
    try (Connection c = DriverManager.getConnection(config.url());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\", \"success\" FROM \""
                    + JdbcGridStore.HISTORY_TABLE
                    + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      // V1 (the schema), V2 (dead letters and deliveries, SPI 1.1), V3 (privacy, SPI 1.2) and
      // V4 (free text encrypted, index keys with ids), each applied once.
      for (String version : java.util.List.of("1", "2", "3", "4")) {
        assertThat(rs.next()).as("V" + version + " applied").isTrue();
        assertThat(rs.getString(1)).isEqualTo(version);
        assertThat(rs.getBoolean(2)).isTrue();
      }
      assertThat(rs.next()).as("each migration applied once").isFalse();
    }
  }

  @Test
  @DisplayName("H2 URLs get WRITE_DELAY=0 unless they set it; passwords are hidden")
  void urls() {
    assertThat(JdbcGridStore.durableH2("jdbc:h2:file:/x"))
        .isEqualTo("jdbc:h2:file:/x;WRITE_DELAY=0");
    assertThat(JdbcGridStore.durableH2("jdbc:h2:file:/x;write_delay=100"))
        .isEqualTo("jdbc:h2:file:/x;write_delay=100");
    assertThat(JdbcGridStore.withoutPassword("jdbc:postgresql://h/db?user=u&password=pw&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
    assertThat(JdbcGridStore.withoutPassword("jdbc:postgresql://u:secret@h/db"))
        .doesNotContain("secret");
  }
}
