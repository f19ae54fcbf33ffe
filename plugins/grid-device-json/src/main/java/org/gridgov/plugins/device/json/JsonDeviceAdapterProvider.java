package org.gridgov.plugins.device.json;

import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceAdapterProvider;

/** Provides the {@code json} device adapter, {@link JsonDeviceAdapter}. */
public final class JsonDeviceAdapterProvider implements DeviceAdapterProvider {

  /** The plugin's name. */
  public static final String NAME = "json";

  /** For {@link java.util.ServiceLoader}. */
  public JsonDeviceAdapterProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String requestedSpiVersion() {
    return "1.0";
  }

  @Override
  public String description() {
    return "JSON device payloads (docs/spi.md): smoke, gas, water level, electrical fire, video";
  }

  @Override
  public DeviceAdapter create() {
    return new JsonDeviceAdapter();
  }
}
