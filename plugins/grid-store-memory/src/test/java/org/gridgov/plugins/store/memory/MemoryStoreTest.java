package org.gridgov.plugins.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.spi.PluginInfo;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreProvider;
import org.gridgov.testing.DocExamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What is the in-memory store's own; the kit runs in {@link MemoryStoreContractTest}. */
class MemoryStoreTest {

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

  @Test
  @DisplayName("docs/spi.md shows this module's provider, services file and kit test as they are")
  void docsShowTheSources() throws java.io.IOException {
    Path main = Path.of("src/main/java/org/gridgov/plugins/store/memory/MemoryStoreProvider.java");
    Path test =
        Path.of("src/test/java/org/gridgov/plugins/store/memory/MemoryStoreContractTest.java");
    Path services =
        Path.of("src/main/resources/META-INF/services/org.gridgov.spi.store.StoreProvider");
    assertThat(DocExamples.block("spi.md", "MemoryStoreProvider.java", "java"))
        .isEqualTo(Files.readString(main).stripTrailing());
    assertThat(DocExamples.block("spi.md", "MemoryStoreContractTest.java", "java"))
        .isEqualTo(Files.readString(test).stripTrailing());
    assertThat(DocExamples.block("spi.md", "services", "text"))
        .isEqualTo(Files.readString(services).stripTrailing());
  }
}
