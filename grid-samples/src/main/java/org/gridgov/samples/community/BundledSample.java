package org.gridgov.samples.community;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;

/**
 * The sample communities shipped inside grid-samples as interchange files (grids.geojson,
 * households.csv, members.csv, party.csv, buildings.csv). They are the output of {@link
 * SampleCommunities} with its default seed; a test keeps the files and the generator in step.
 */
public enum BundledSample {
  /** An urban community in Chengdu: general grids, micro grids and exclusive grids. */
  URBAN("urban", "urban community (Chengdu)"),
  /** A rural village: villager groups as general grids. */
  RURAL("rural", "rural village (Sichuan)");

  private final String directory;
  private final String description;

  BundledSample(String directory, String description) {
    this.directory = directory;
    this.description = description;
  }

  /** A short description for people. */
  public String description() {
    return description;
  }

  /**
   * The classpath directory that holds the four files, e.g. {@code
   * org/gridgov/samples/community/urban}.
   */
  public String resourceDirectory() {
    return "org/gridgov/samples/community/" + directory;
  }

  /**
   * Loads the bundled files through the same readers that load users' files.
   *
   * @throws IllegalStateException if the files are missing from the classpath
   */
  public GridTree load() {
    return GridFiles.loader()
        .grids(resourceDirectory() + "/" + GridFiles.GRIDS, open(GridFiles.GRIDS))
        .households(resourceDirectory() + "/" + GridFiles.HOUSEHOLDS, open(GridFiles.HOUSEHOLDS))
        .members(resourceDirectory() + "/" + GridFiles.MEMBERS, open(GridFiles.MEMBERS))
        .party(resourceDirectory() + "/" + GridFiles.PARTY, open(GridFiles.PARTY))
        .buildings(resourceDirectory() + "/" + GridFiles.BUILDINGS, open(GridFiles.BUILDINGS))
        .load();
  }

  /** Generates this sample afresh with the default seed; equal to {@link #load()}. */
  public GridTree generate() {
    return generate(SampleCommunities.DEFAULT_SEED);
  }

  /** Generates this kind of community with another seed. */
  public GridTree generate(long seed) {
    return generate(seed, false);
  }

  /**
   * Generates this kind of community, optionally with the two staffing faults the founding paper
   * names planted (a vacant micro grid, 人走格空, and one whose members have no smartphone, 格在人在事不传),
   * for exercising the validators.
   */
  public GridTree generate(long seed, boolean plantStaffingFaults) {
    return this == URBAN
        ? SampleCommunities.urban(
            UrbanCommunitySpec.defaults().toBuilder()
                .plantStaffingFaults(plantStaffingFaults)
                .build(),
            seed)
        : SampleCommunities.rural(seed, plantStaffingFaults);
  }

  private Reader open(String file) {
    String path = resourceDirectory() + "/" + file;
    InputStream in = BundledSample.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("sample file " + path + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
