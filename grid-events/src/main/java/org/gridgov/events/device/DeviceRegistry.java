package org.gridgov.events.device;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DeviceReading;

/**
 * The devices of a community and where each is (设备台账): read from the devices file, header {@code
 * device_id,kind,building_id,household_id,lon,lat} (docs/formats.md). A reading of a device not
 * listed here is refused: an alarm that cannot be placed cannot reach anyone. Immutable.
 */
public final class DeviceRegistry {

  /** The header of the devices file, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("device_id", "kind", "building_id", "household_id", "lon", "lat");

  private static final int ID = 0;
  private static final int KIND = 1;
  private static final int BUILDING = 2;
  private static final int HOUSEHOLD = 3;
  private static final int LON = 4;
  private static final int LAT = 5;

  /**
   * One device and its place: at least one of a building, a household or a point.
   *
   * @param id the id its payloads give, at most {@value DeviceReading#MAX_ID_LENGTH} characters
   * @param kind what it is
   * @param buildingId the building it is in, if any
   * @param householdId the household it is in, if any
   * @param position where it is, if known
   */
  public record Device(
      String id,
      DeviceKind kind,
      Optional<String> buildingId,
      Optional<String> householdId,
      Optional<Position> position) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException for a bad id or a device without a place
     */
    public Device {
      Checks.id(id, "device id");
      if (id.length() > DeviceReading.MAX_ID_LENGTH) {
        throw new IllegalArgumentException(
            "device id \""
                + id
                + "\" is longer than "
                + DeviceReading.MAX_ID_LENGTH
                + " characters");
      }
      requireNonNull(kind, "kind");
      requireNonNull(buildingId, "buildingId");
      requireNonNull(householdId, "householdId");
      requireNonNull(position, "position");
      buildingId.ifPresent(b -> Checks.id(b, "building id"));
      householdId.ifPresent(h -> Checks.id(h, "household id"));
      if (buildingId.isEmpty() && householdId.isEmpty() && position.isEmpty()) {
        throw new IllegalArgumentException(
            "device " + id + " has no place: give a building, a household or lon and lat");
      }
    }
  }

  /**
   * A WGS 84 position.
   *
   * @param lon longitude, -180..180 degrees
   * @param lat latitude, -90..90 degrees
   */
  public record Position(double lon, double lat) {
    /** Validates the ranges. */
    public Position {
      if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
        throw new IllegalArgumentException(
            "position " + lon + ", " + lat + " is outside WGS 84 ranges");
      }
    }
  }

  private final ImmutableMap<String, Device> devices;

  private DeviceRegistry(ImmutableMap<String, Device> devices) {
    this.devices = devices;
  }

  /**
   * A registry of the given devices.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static DeviceRegistry of(Collection<Device> devices) {
    Map<String, Device> byId = new LinkedHashMap<>();
    for (Device d : devices) {
      if (byId.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException("two devices have the id " + d.id());
      }
    }
    return new DeviceRegistry(ImmutableMap.copyOf(byId));
  }

  /**
   * Reads a devices file and checks each device's building and household against the community: a
   * building or household the community does not know, or a household in another building than the
   * one given, is an error.
   *
   * @param community the grids, households and buildings the devices are in
   * @throws InvalidInputException listing every bad row with the file, line and column (a missing
   *     file is one too)
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static DeviceRegistry read(Path file, GridTree community) {
    requireNonNull(community, "community");
    return TextFiles.readCsv(file, "the devices", (in, source) -> readText(in, source, community));
  }

  /**
   * Reads devices from CSV text, checked against the community like {@link #read(Path, GridTree)}.
   *
   * @param in the text; read to its end and closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row
   */
  public static DeviceRegistry read(Reader in, String source, GridTree community) {
    requireNonNull(community, "community");
    return TextFiles.read(in, source, (r, s) -> readText(r, s, community));
  }

  private static DeviceRegistry readText(Reader in, String source, GridTree community)
      throws IOException {
    ProblemLog problems = new ProblemLog();
    Map<String, Device> devices = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    CsvReader.forEachRecord(
        source,
        in,
        HEADER,
        problems,
        r -> readRow(r, community, lines).ifPresent(d -> devices.put(d.id(), d)));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the devices " + source, problems.problems());
    }
    return new DeviceRegistry(ImmutableMap.copyOf(devices));
  }

  private static Optional<Device> readRow(
      CsvRecord r, GridTree community, Map<String, Long> lines) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "device id"));
    if (id.isPresent() && id.get().length() > DeviceReading.MAX_ID_LENGTH) {
      r.problem(ID, "is longer than " + DeviceReading.MAX_ID_LENGTH + " characters");
    }
    id.ifPresent(i -> r.subject("device " + i));
    Optional<DeviceKind> kind = r.required(KIND).flatMap(s -> r.code(s, KIND, DeviceKind.class));
    Optional<String> building =
        r.optional(BUILDING).flatMap(s -> r.identifier(s, BUILDING, "building id"));
    Optional<String> household =
        r.optional(HOUSEHOLD).flatMap(s -> r.identifier(s, HOUSEHOLD, "household id"));
    Optional<double[]> point = r.lonLat(LON, LAT);
    if (building.isPresent() && community.building(building.get()).isEmpty()) {
      r.problem(BUILDING, CsvRecord.quote(building.get()) + " is not a building of the community");
    }
    if (household.isPresent()) {
      Optional<Household> h = community.household(household.get());
      if (h.isEmpty()) {
        r.problem(
            HOUSEHOLD, CsvRecord.quote(household.get()) + " is not a household of the community");
      } else if (building.isPresent()
          && h.get().buildingId().isPresent()
          && !h.get().buildingId().get().equals(building.get())) {
        r.problem(
            HOUSEHOLD,
            "household "
                + household.get()
                + " is in building "
                + h.get().buildingId().get()
                + ", not in "
                + building.get());
      }
    }
    if (!r.hasProblems() && building.isEmpty() && household.isEmpty() && point.isEmpty()) {
      r.problem(BUILDING, "gives no place; give a building_id, a household_id or lon and lat");
    }
    if (id.isPresent()) {
      Long first = lines.putIfAbsent(id.get(), r.line());
      if (first != null) {
        r.problem(
            ID,
            "repeats the device id first used at "
                + SourceLocation.of(r.location().source(), first));
      }
    }
    if (r.hasProblems() || id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Device(
            id.get(), kind.get(), building, household, point.map(p -> new Position(p[0], p[1]))));
  }

  /** The device with the given id, if registered. */
  public Optional<Device> device(String id) {
    return Optional.ofNullable(devices.get(requireNonNull(id, "id")));
  }

  /** Every device, in the order of the file. */
  public ImmutableList<Device> devices() {
    return devices.values().asList();
  }

  /** How many devices are registered. */
  public int size() {
    return devices.size();
  }

  @Override
  public String toString() {
    return "device registry of " + devices.size() + " devices";
  }
}
