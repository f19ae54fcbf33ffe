package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.events.notify.NotificationCenter;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The notifier {@code grid serve} uses without {@code --notify}, among every notifier plugin the
 * command line ships: the log notifier, not one that needs settings ({@code cap} refused an empty
 * configuration and stopped the service from starting).
 */
class DefaultNotifierTest {

  @Test
  @DisplayName("without --notify, grid serve's notifications go to the log notifier")
  void logByDefault() {
    Plugins plugins = Plugins.load();
    assertThat(plugins.all(org.gridgov.spi.notify.NotifierProvider.POINT))
        .extracting(p -> p.name())
        .contains("cap", "dingtalk", "log", "webhook", "wecom");
    try (GridStore store = Stores.open(plugins, StoreConfig.of("memory:"));
        NotificationCenter center =
            NotificationCenter.builder(store)
                .plugins(plugins)
                .tree(SampleCommunities::urban)
                .build()) {
      assertThat(center.notifiers()).containsExactly("log");
    }
  }
}
