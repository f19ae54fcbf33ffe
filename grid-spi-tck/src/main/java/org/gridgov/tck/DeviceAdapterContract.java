package org.gridgov.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.spi.SpiVersion;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.device.DevicePayload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every device adapter plugin must do, as JUnit 5 tests an adapter's own test class inherits:
 * the provider is found by {@link ServiceLoader} and describes itself; the adapter decodes its
 * vendor's payloads into readings; a bad or random payload is refused with a reason, never an
 * exception; decoding from several threads gives what decoding one at a time gives.
 */
public abstract class DeviceAdapterContract {

  /** The provider under test. */
  protected abstract DeviceAdapterProvider provider();

  /** Payloads of the vendor's format, each of which decodes to at least one reading. */
  protected abstract List<DevicePayload> goodPayloads();

  /** Payloads the adapter accepts by their content type but must refuse, each with a reason. */
  protected abstract List<DevicePayload> badPayloads();

  /** A payload of the adapter's content type with other bytes as its body. */
  protected abstract DevicePayload withBody(byte[] body);

  @Test
  @DisplayName("kit: the provider is found by ServiceLoader and describes itself")
  void describesItself() {
    DeviceAdapterProvider p = provider();
    assertThat(
            ServiceLoader.load(DeviceAdapterProvider.class).stream()
                .map(ServiceLoader.Provider::type))
        .as("META-INF/services/" + DeviceAdapterProvider.class.getName() + " lists it")
        .contains(p.getClass());
    assertThat(p.name()).matches("[a-z0-9][a-z0-9._-]*");
    assertThat(SpiVersion.parse(p.requestedSpiVersion()).runsOn(SpiVersion.CURRENT)).isTrue();
  }

  @Test
  @DisplayName("kit: the vendor's payloads are accepted and decode to readings")
  void decodes() {
    DeviceAdapter a = provider().create();
    assertThat(goodPayloads()).isNotEmpty();
    for (DevicePayload p : goodPayloads()) {
      assertThat(a.accepts(p)).isTrue();
      DecodeResult r = a.decode(p);
      assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
      assertThat(((DecodeResult.Decoded) r).readings()).isNotEmpty();
    }
  }

  @Test
  @DisplayName("kit: bad payloads are refused with a reason, not an exception")
  void refuses() {
    DeviceAdapter a = provider().create();
    assertThat(badPayloads()).isNotEmpty();
    for (DevicePayload p : badPayloads()) {
      DecodeResult r = a.decode(p);
      assertThat(r).isInstanceOf(DecodeResult.Refused.class);
      assertThat(((DecodeResult.Refused) r).reason()).isNotBlank();
    }
  }

  @Test
  @DisplayName("kit: random bytes never throw (seeded)")
  void randomBytesNeverThrow() {
    DeviceAdapter a = provider().create();
    Random random = new Random(20260302L);
    for (int i = 0; i < 500; i++) {
      byte[] body = new byte[random.nextInt(300)];
      random.nextBytes(body);
      DevicePayload p = withBody(body);
      assertThatCode(() -> a.decode(p)).as("random payload %d", i).doesNotThrowAnyException();
    }
  }

  @Test
  @DisplayName("kit: decoding from eight threads gives what decoding one at a time gives")
  void threadSafe() throws Exception {
    DeviceAdapter a = provider().create();
    List<DevicePayload> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      all.addAll(goodPayloads());
    }
    List<DecodeResult> alone = new ArrayList<>();
    for (DevicePayload p : all) {
      alone.add(a.decode(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<DecodeResult>> together = new ArrayList<>();
      for (DevicePayload p : all) {
        together.add(pool.submit(() -> a.decode(p)));
      }
      for (int i = 0; i < all.size(); i++) {
        assertThat(together.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
