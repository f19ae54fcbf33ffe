package com.example.gridvendor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.spi.device.DeviceReading;

/**
 * The {@code acme-text} adapter: the (made-up) ACME alarm panel's text format, content type {@value
 * #CONTENT_TYPE}. One alarm per line, {@code <device id>;<time, ISO 8601 with offset>;<word>}, the
 * words {@code SMOKE}, {@code GAS}, {@code FALL} and {@code LANE} (a blocked fire lane); blank
 * lines are skipped. A line it cannot read refuses the whole payload, naming the line.
 */
public final class AcmeAlarmAdapterProvider implements DeviceAdapterProvider {

  /** The content type of the ACME panel's payloads. */
  public static final String CONTENT_TYPE = "text/vnd.acme.alarm";

  /** Public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public AcmeAlarmAdapterProvider() {}

  @Override
  public String name() {
    return "acme-text";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.0";
  }

  @Override
  public String description() {
    return "reads the ACME alarm panel's text lines (example vendor plugin)";
  }

  @Override
  public DeviceAdapter create() {
    return new Adapter();
  }

  /** The adapter: stateless, so thread-safe. */
  private static final class Adapter implements DeviceAdapter {

    @Override
    public boolean accepts(DevicePayload payload) {
      return payload.contentType().equals(CONTENT_TYPE);
    }

    @Override
    public DecodeResult decode(DevicePayload payload) {
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(payload.body()))
                .toString();
      } catch (CharacterCodingException e) {
        return DecodeResult.refused("the payload is not UTF-8 text");
      }
      List<DeviceReading> readings = new ArrayList<>();
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != 3) {
          return DecodeResult.refused(
              "line "
                  + (i + 1)
                  + ": expected <device id>;<time>;<word>, found "
                  + f.length
                  + " fields");
        }
        OffsetDateTime at;
        try {
          at = OffsetDateTime.parse(f[1].strip());
        } catch (DateTimeParseException e) {
          return DecodeResult.refused(
              "line " + (i + 1) + ": the time is not ISO 8601 with an offset");
        }
        try {
          readings.add(reading(f[0].strip(), at, f[2].strip()));
        } catch (IllegalArgumentException e) {
          return DecodeResult.refused("line " + (i + 1) + ": " + e.getMessage());
        }
      }
      if (readings.isEmpty()) {
        return DecodeResult.refused("the payload holds no alarm line");
      }
      return DecodeResult.decoded(readings);
    }

    private static DeviceReading reading(String device, OffsetDateTime at, String word) {
      return switch (word) {
        case "SMOKE" -> DeviceReading.alarm(device, DeviceKind.SMOKE, at, AlarmType.SMOKE);
        case "GAS" -> DeviceReading.alarm(device, DeviceKind.GAS, at, AlarmType.GAS_LEAK);
        case "FALL" -> DeviceReading.alarm(device, DeviceKind.VIDEO, at, AlarmType.FALL);
        case "LANE" ->
            DeviceReading.alarm(device, DeviceKind.VIDEO, at, AlarmType.FIRE_LANE_BLOCKED);
        default ->
            throw new IllegalArgumentException(
                "unknown alarm word (SMOKE, GAS, FALL or LANE expected)");
      };
    }
  }
}
