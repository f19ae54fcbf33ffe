package org.gridgov.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void defaultsListenOnLoopbackOnly() {
    ServerSettings s = ServerSettings.defaults();
    assertThat(s.address().isLoopbackAddress()).isTrue();
    assertThat(s.port()).isEqualTo(ServerSettings.DEFAULT_PORT);
    assertThat(s.withPort(0).socketAddress().getPort()).isZero();
  }

  @Test
  void refusesFiguresOutOfRange() {
    ServerSettings s = ServerSettings.defaults();
    assertThatThrownBy(() -> s.withPort(70_000)).hasMessageContaining("port must be 0 to 65535");
    assertThatThrownBy(() -> new ServerSettings(s.address(), 1, 0, Duration.ZERO))
        .hasMessageContaining("workers");
    assertThatThrownBy(() -> new ServerSettings(s.address(), 1, 1, Duration.ofSeconds(-1)))
        .hasMessageContaining("shutdownGrace");
  }
}
