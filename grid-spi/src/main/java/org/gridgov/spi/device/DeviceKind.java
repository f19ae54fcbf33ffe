package org.gridgov.spi.device;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.gridgov.core.internal.Codes;

/**
 * What a device is, and so what it may report. File code: the lower-case name ({@code
 * water_level}), as in the device registry's {@code kind} column.
 */
public enum DeviceKind {
  /** Smoke detector (烟感探测器): alarms only. */
  SMOKE(ImmutableSet.of(), ImmutableSet.of(AlarmType.SMOKE)),
  /** Combustible-gas detector (可燃气体探测器), in % of the lower explosive limit. */
  GAS(ImmutableSet.of(Quantity.GAS_LEL_PERCENT), ImmutableSet.of(AlarmType.GAS_LEAK)),
  /** Water-level sensor (水位传感器) of a basement, underpass or low-lying yard, in cm. */
  WATER_LEVEL(ImmutableSet.of(Quantity.WATER_LEVEL_CM), ImmutableSet.of(AlarmType.WATER_LEVEL)),
  /**
   * Electrical-fire monitor (电气火灾监控探测器, GB 14287): residual current in mA and cable temperature in
   * °C.
   */
  ELECTRICAL_FIRE(
      ImmutableSet.of(Quantity.LEAKAGE_CURRENT_MA, Quantity.TEMPERATURE_C),
      ImmutableSet.of(AlarmType.ELECTRICAL_LEAKAGE, AlarmType.OVERHEAT)),
  /** A camera with video analytics (视频监控智能预警): alarms only. */
  VIDEO(
      ImmutableSet.of(),
      ImmutableSet.of(AlarmType.FIRE_LANE_BLOCKED, AlarmType.EBIKE_IN_LIFT, AlarmType.FALL));

  private final ImmutableSet<Quantity> quantities;
  private final ImmutableSet<AlarmType> alarms;

  DeviceKind(ImmutableSet<Quantity> quantities, ImmutableSet<AlarmType> alarms) {
    this.quantities = quantities;
    this.alarms = alarms;
  }

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /** The quantities a device of this kind measures; none for alarm-only devices. */
  public ImmutableSet<Quantity> quantities() {
    return quantities;
  }

  /**
   * Whether a device of this kind may raise {@code alarm}: its own alarms, and {@link
   * AlarmType#FAULT} for every kind.
   */
  public boolean raises(AlarmType alarm) {
    return alarm == AlarmType.FAULT || alarms.contains(alarm);
  }

  /** The kind with the given code, if any. */
  public static Optional<DeviceKind> find(String code) {
    return Codes.find(DeviceKind.class, code);
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static DeviceKind fromCode(String code) {
    return Codes.parse(DeviceKind.class, "device kind", code);
  }
}
