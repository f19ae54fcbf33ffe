package org.gridgov.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.io.GridGeoJson;
import org.gridgov.core.io.HouseholdCsv;
import org.gridgov.samples.community.SampleCommunities;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading the interchange files: a community's grids (GeoJSON) and households (CSV) read, checked
 * and built into a {@link GridTree}. Competitors on the same bytes, doing less work: Apache Commons
 * CSV splitting the households file into string fields (no types, no checks, no model), and JTS's
 * own {@code GeoJsonReader} (jts-io-common) parsing the grids file into geometries (no properties,
 * no validity check).
 *
 * <p>The households file is the bundled urban sample's households copied into the same micro grids
 * until it has {@code households} rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class GridFilesBenchmark {

  @Param({"100000"})
  public int households;

  String gridsGeoJson;
  String householdsCsv;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    GridTree sample = SampleCommunities.urban();
    GridTree.Builder big = GridTree.builder();
    sample.grids().forEach(big::addGrid);
    int n = 0;
    while (n < households) {
      for (Household h : sample.households()) {
        if (n == households) {
          break;
        }
        String id = "X" + n++;
        big.addHousehold(rename(h, id));
        for (GridCode g : sample.gridsOf(h.id())) {
          big.assign(id, g);
        }
      }
    }
    GridTree tree = big.build();
    StringWriter grids = new StringWriter();
    GridGeoJson.write(tree.grids(), grids);
    gridsGeoJson = grids.toString();
    StringWriter hh = new StringWriter();
    HouseholdCsv.write(tree, hh);
    householdsCsv = hh.toString();
  }

  private static Household rename(Household h, String id) {
    Household.Builder b = Household.builder(id).address(h.address()).size(h.size());
    h.buildingId().ifPresent(b::buildingId);
    h.location().ifPresent(b::location);
    h.villagerGroup().ifPresent(b::villagerGroup);
    b.specialGroups(h.specialGroups()).tags(h.tags());
    return b.build();
  }

  /** Ours: read grids and households, check every field, build the tree. */
  @Benchmark
  public GridTree gridgovLoad() {
    return GridFiles.loader()
        .grids("grids.geojson", new StringReader(gridsGeoJson))
        .households("households.csv", new StringReader(householdsCsv))
        .load();
  }

  /** Commons CSV 1.14: split the households file into string fields only. */
  @Benchmark
  public void commonsCsvParseOnly(Blackhole bh) {
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(householdsCsv))) {
      for (CSVRecord r : p) {
        bh.consume(r.get(0));
        bh.consume(r.get(6));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JTS jts-io-common 1.20: parse the grids file into geometries only. */
  @Benchmark
  public Object jtsGeoJsonReaderGridsOnly() throws ParseException {
    return new GeoJsonReader().read(gridsGeoJson);
  }

  /** Ours: read the grids file alone (with an empty households file). */
  @Benchmark
  public int gridgovLoadGridsOnly() {
    GridTree t =
        GridFiles.loader()
            .grids("grids.geojson", new StringReader(gridsGeoJson))
            .households(
                "households.csv", new StringReader(String.join(",", HouseholdCsv.HEADER) + "\n"))
            .load();
    return t.grids(GridLevel.MICRO).size() + t.grids().stream().mapToInt(Grid::hashCode).sum();
  }
}
