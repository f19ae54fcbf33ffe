package org.gridgov.spi.device;

import java.util.Optional;
import org.gridgov.core.internal.Codes;

/** What a device alarms about. File code: the lower-case name ({@code fire_lane_blocked}). */
public enum AlarmType {
  /** Smoke detected (烟雾报警). */
  SMOKE,
  /** Combustible gas above the detector's own set point (可燃气体泄漏). */
  GAS_LEAK,
  /** Water above the sensor's own set point (水位超限). */
  WATER_LEVEL,
  /** Residual current above the monitor's set point (剩余电流超限). */
  ELECTRICAL_LEAKAGE,
  /** Cable or switchgear temperature above the monitor's set point (线缆温度超限). */
  OVERHEAT,
  /** Video analytics: a fire lane or escape route blocked (消防通道堵塞). */
  FIRE_LANE_BLOCKED,
  /** Video analytics: an e-bike taken into a lift (电动车进电梯). */
  EBIKE_IN_LIFT,
  /** Video analytics: a person fallen and not getting up (人员跌倒). */
  FALL,
  /** The device reports a fault of its own (设备故障): offline sensor, low battery, tampering. */
  FAULT;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /** The alarm type with the given code, if any. */
  public static Optional<AlarmType> find(String code) {
    return Codes.find(AlarmType.class, code);
  }
}
