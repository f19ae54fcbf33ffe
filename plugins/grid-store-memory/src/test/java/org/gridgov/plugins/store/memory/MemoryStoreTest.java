package org.gridgov.plugins.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.spi.PluginInfo;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreProvider;
import org.gridgov.tck.GridStoreContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-memory store against the compatibility kit, plus what is its own. */
class MemoryStoreTest extends GridStoreContract {

  @Override
  protected GridStore createStore() {
    return new MemoryStoreProvider().open(StoreConfig.of("memory:"));
  }

  @Test
  @DisplayName("the loader finds the memory store through its service file")
  void found() {
    Plugins plugins = Plugins.load();
    StoreProvider p = plugins.select(StoreProvider.POINT, "memory");
    assertThat(p).isInstanceOf(MemoryStoreProvider.class);
    assertThat(p.accepts("memory:")).isTrue();
    assertThat(p.accepts("jdbc:h2:mem:x")).isFalse();
    assertThat(plugins.describe(List.of(StoreProvider.POINT)))
        .extracting(PluginInfo::name, PluginInfo::status)
        .contains(org.assertj.core.groups.Tuple.tuple("memory", PluginInfo.Status.OK));
    assertThatThrownBy(() -> p.open(StoreConfig.of("jdbc:h2:mem:x")))
        .hasMessageContaining("not an in-memory store URL");
  }
}
