package org.gridgov.spi.device;

import java.util.Optional;
import org.gridgov.core.internal.Codes;

/**
 * What a device measures, each in one fixed unit so that thresholds mean one thing everywhere. File
 * code: the lower-case name ({@code water_level_cm}). An adapter converts a vendor's unit into this
 * one.
 */
public enum Quantity {
  /** Water above the sensor's floor, in centimetres. */
  WATER_LEVEL_CM("cm", AlarmType.WATER_LEVEL),
  /** Combustible gas, in percent of its lower explosive limit (%LEL). */
  GAS_LEL_PERCENT("%LEL", AlarmType.GAS_LEAK),
  /** Residual (leakage) current of a circuit, in milliamperes. */
  LEAKAGE_CURRENT_MA("mA", AlarmType.ELECTRICAL_LEAKAGE),
  /** Temperature of a cable or switchgear, in degrees Celsius. */
  TEMPERATURE_C("°C", AlarmType.OVERHEAT);

  private final String unit;
  private final AlarmType alarm;

  Quantity(String unit, AlarmType alarm) {
    this.unit = unit;
    this.alarm = alarm;
  }

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /** The unit, for people: {@code cm}, {@code %LEL}, {@code mA}, {@code °C}. */
  public String unit() {
    return unit;
  }

  /**
   * The alarm a value beyond its threshold amounts to: a water level above the threshold is the
   * same condition as the sensor's own water-level alarm, so the two are debounced together.
   */
  public AlarmType alarm() {
    return alarm;
  }

  /** The quantity with the given code, if any. */
  public static Optional<Quantity> find(String code) {
    return Codes.find(Quantity.class, code);
  }
}
