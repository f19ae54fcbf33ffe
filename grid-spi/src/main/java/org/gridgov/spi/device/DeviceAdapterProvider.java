package org.gridgov.spi.device;

import com.google.common.collect.ImmutableMap;
import org.gridgov.spi.ExtensionPoint;
import org.gridgov.spi.Provider;

/**
 * A device plugin: creates the {@link DeviceAdapter} that reads one vendor's payloads. List the
 * class in {@code META-INF/services/org.gridgov.spi.device.DeviceAdapterProvider}. The built-in
 * {@code json} adapter ({@code org.gridgov:grid-device-json}) reads the payload documented in
 * docs/spi.md, "Device adapters".
 */
public interface DeviceAdapterProvider extends Provider {

  /** The device-adapter extension point, with the artifact of the built-in adapter. */
  ExtensionPoint<DeviceAdapterProvider> POINT =
      new ExtensionPoint<>(
          DeviceAdapterProvider.class,
          "device-adapter",
          ImmutableMap.of("json", "org.gridgov:grid-device-json"));

  /** Creates the adapter; the library creates one per intake and shares it between threads. */
  DeviceAdapter create();
}
