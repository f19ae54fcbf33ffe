package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CountingReader;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.internal.Utf8Reader;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.progress.Progress;

/**
 * Loads and saves a {@link GridTree} as the four interchange files: {@value #GRIDS} (GeoJSON),
 * {@value #HOUSEHOLDS}, {@value #MEMBERS} and {@value #PARTY} (CSV), and the optional fifth,
 * {@value #BUILDINGS}. The formats are described in {@code docs/formats.md}; the per-format classes
 * ({@link GridGeoJson}, {@link HouseholdCsv}, {@link MemberCsv}, {@link PartyCsv}, {@link
 * BuildingCsv}) write single files.
 *
 * <p>Loading streams every file, row by row or feature by feature, checks every value, and then
 * builds the tree. It either succeeds as a whole or throws one {@link InvalidInputException}
 * listing every problem found in every file, each with its file, line and column.
 */
public final class GridFiles {

  /** The file name of the grids (GeoJSON FeatureCollection). */
  public static final String GRIDS = "grids.geojson";

  /** The file name of the households (CSV). */
  public static final String HOUSEHOLDS = "households.csv";

  /** The file name of the grid members (CSV). */
  public static final String MEMBERS = "members.csv";

  /** The file name of the party organisations (CSV). */
  public static final String PARTY = "party.csv";

  /** The file name of the buildings (CSV, optional). */
  public static final String BUILDINGS = "buildings.csv";

  /** The file name of the patrols (CSV, optional; {@link PatrolCsv}). */
  public static final String PATROLS = "patrols.csv";

  /** The file name of the patrol tracks (GeoJSON, optional; {@link PatrolTrackGeoJson}). */
  public static final String TRACKS = "patrol-tracks.geojson";

  /** The file name of the duty catalogue (JSON, optional; {@link DutyCatalogueJson}). */
  public static final String CATALOGUE = "duty-catalogue.json";

  /** The file name of the tasks pushed to grids (CSV, optional; {@link TaskCsv}). */
  public static final String TASKS = "tasks.csv";

  /** The file name of the appointments (CSV, optional; {@link AppointmentCsv}). */
  public static final String APPOINTMENTS = "appointments.csv";

  private GridFiles() {}

  /**
   * Loads the governance records of a directory: each of {@value #PATROLS}, {@value #TRACKS},
   * {@value #CATALOGUE}, {@value #TASKS} and {@value #APPOINTMENTS} that exists; the others are
   * absent from the result (so the rules over them are skipped).
   *
   * @throws InvalidInputException listing every problem of every file read
   * @throws UncheckedIOException if a file exists but reading it fails for another reason
   */
  public static GovernanceRecords loadGovernance(Path dir) {
    requireNonNull(dir, "dir");
    Map<GovernanceInput, Path> files = new EnumMap<>(GovernanceInput.class);
    for (GovernanceInput input : GovernanceInput.values()) {
      Path file = dir.resolve(input.fileName());
      if (Files.exists(file)) {
        files.put(input, file);
      }
    }
    return loadGovernance(files);
  }

  /**
   * Loads the given governance files, whatever their names; inputs not given are absent.
   *
   * @throws InvalidInputException listing every problem of every file (a missing file is one too)
   * @throws UncheckedIOException if reading fails for another reason than the content
   */
  public static GovernanceRecords loadGovernance(Map<GovernanceInput, Path> files) {
    requireNonNull(files, "files");
    GovernanceRecords.Builder records = GovernanceRecords.builder();
    List<Problem> problems = new ArrayList<>();
    for (var e : new EnumMap<>(files).entrySet()) {
      Path file = requireNonNull(e.getValue(), "file");
      try {
        switch (e.getKey()) {
          case PATROLS -> records.patrols(PatrolCsv.read(file));
          case TRACKS -> records.tracks(PatrolTrackGeoJson.read(file));
          case CATALOGUE -> records.catalogue(DutyCatalogueJson.read(file));
          case TASKS -> records.tasks(TaskCsv.read(file));
          case APPOINTMENTS -> records.appointments(AppointmentCsv.read(file));
        }
      } catch (InvalidInputException ex) {
        problems.addAll(ex.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the governance records", problems);
    }
    return records.build();
  }

  /**
   * Writes the governance records that are present into a directory under their file names (see
   * {@link #loadGovernance(Path)}), all or none: each is written to a temporary file first.
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public static void writeGovernance(GovernanceRecords records, Path dir) {
    requireNonNull(records, "records");
    requireNonNull(dir, "dir");
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    if (records.has(GovernanceInput.PATROLS)) {
      files.put(PATROLS, out -> PatrolCsv.write(records.patrols(), out));
    }
    if (records.has(GovernanceInput.TRACKS)) {
      files.put(TRACKS, out -> PatrolTrackGeoJson.write(records.tracks(), out));
    }
    records
        .catalogue()
        .ifPresent(c -> files.put(CATALOGUE, out -> DutyCatalogueJson.write(c, out)));
    if (records.has(GovernanceInput.TASKS)) {
      files.put(TASKS, out -> TaskCsv.write(records.tasks(), out));
    }
    if (records.has(GovernanceInput.APPOINTMENTS)) {
      files.put(APPOINTMENTS, out -> AppointmentCsv.write(records.appointments(), out));
    }
    if (!files.isEmpty()) {
      AtomicFiles.write(dir, files);
    }
  }

  /** Starts loading files one by one; see {@link Loader}. */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * Loads the files of a directory: {@value #GRIDS} and {@value #HOUSEHOLDS}, which must exist, and
   * {@value #MEMBERS}, {@value #PARTY} and {@value #BUILDINGS} when they exist.
   *
   * @throws InvalidInputException listing every problem, including a required file that is missing;
   *     a {@link GridStructureException} when only the structure is at fault
   * @throws UncheckedIOException if a file exists but reading it fails
   */
  public static GridTree loadDirectory(Path dir) {
    requireNonNull(dir, "dir");
    Loader loader = loader().grids(dir.resolve(GRIDS)).households(dir.resolve(HOUSEHOLDS));
    if (Files.exists(dir.resolve(MEMBERS))) {
      loader.members(dir.resolve(MEMBERS));
    }
    if (Files.exists(dir.resolve(PARTY))) {
      loader.party(dir.resolve(PARTY));
    }
    if (Files.exists(dir.resolve(BUILDINGS))) {
      loader.buildings(dir.resolve(BUILDINGS));
    }
    return loader.load();
  }

  /**
   * Writes the five files of a tree into a directory, creating it if needed and replacing files of
   * the same names. Each file is written in full to a temporary file in the directory, and only
   * when all five are written are they moved into place, so a failure never leaves a half-written
   * file under one of the five names.
   *
   * <p>The formats carry grids, households and their assignments, members, party organisations and
   * every building of the tree (including those it derived from households); residents and members'
   * first days of service are not written.
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public static void writeDirectory(GridTree tree, Path dir) {
    requireNonNull(tree, "tree");
    requireNonNull(dir, "dir");
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(GRIDS, out -> GridGeoJson.write(tree.grids(), out));
    files.put(HOUSEHOLDS, out -> HouseholdCsv.write(tree, out));
    files.put(MEMBERS, out -> MemberCsv.write(tree.members(), out));
    files.put(PARTY, out -> PartyCsv.write(tree.partyOrganizations(), out));
    files.put(BUILDINGS, out -> BuildingCsv.write(tree.buildings(), out));
    AtomicFiles.write(dir, files);
  }

  /**
   * Loads a grid tree from files or readers given one by one. The grids are required; households,
   * members, party organisations and buildings are read when given. Each input may be a {@link
   * Path} (named in problems as given, so that users find the file they typed) or a {@link Reader}
   * with a name of your choice; readers are read to the end and closed.
   *
   * <p>A loader loads once.
   */
  public static final class Loader {

    /** An input and the name problems give it. */
    private record Source(String name, Optional<Path> path, Optional<Reader> reader) {
      Reader open(Progress progress, boolean csv) throws IOException {
        if (reader.isPresent()) {
          return new CountingReader(reader.get(), count -> progress.update(name, count, -1));
        }
        // Decoding errors must be reported, not replaced, at their line. A CSV file may also be
        // GB18030, as Excel and WPS save it in China; GeoJSON is UTF-8 (RFC 7946).
        return csv
            ? TextFiles.openCsv(path.orElseThrow(), name, progress)
            : TextFiles.open(path.orElseThrow(), name, progress);
      }
    }

    private Optional<Source> grids = Optional.empty();
    private Optional<Source> households = Optional.empty();
    private Optional<Source> members = Optional.empty();
    private Optional<Source> party = Optional.empty();
    private Optional<Source> buildings = Optional.empty();
    private Progress progress = (source, read, total) -> {};
    private boolean loaded;

    private Loader() {}

    /** Reports progress to {@code listener} while loading; nothing is reported by default. */
    public Loader progress(Progress listener) {
      this.progress = requireNonNull(listener, "listener");
      return this;
    }

    /** Reads grids from a GeoJSON file. */
    public Loader grids(Path file) {
      grids = set(grids, "grids", file(file));
      return this;
    }

    /** Reads grids from GeoJSON text, naming it {@code sourceName} in problems. */
    public Loader grids(String sourceName, Reader reader) {
      grids = set(grids, "grids", reader(sourceName, reader));
      return this;
    }

    /** Reads households from a CSV file. */
    public Loader households(Path file) {
      households = set(households, "households", file(file));
      return this;
    }

    /** Reads households from CSV text, naming it {@code sourceName} in problems. */
    public Loader households(String sourceName, Reader reader) {
      households = set(households, "households", reader(sourceName, reader));
      return this;
    }

    /** Reads members from a CSV file. */
    public Loader members(Path file) {
      members = set(members, "members", file(file));
      return this;
    }

    /** Reads members from CSV text, naming it {@code sourceName} in problems. */
    public Loader members(String sourceName, Reader reader) {
      members = set(members, "members", reader(sourceName, reader));
      return this;
    }

    /** Reads party organisations from a CSV file. */
    public Loader party(Path file) {
      party = set(party, "party organisations", file(file));
      return this;
    }

    /** Reads party organisations from CSV text, naming it {@code sourceName} in problems. */
    public Loader party(String sourceName, Reader reader) {
      party = set(party, "party organisations", reader(sourceName, reader));
      return this;
    }

    /** Reads buildings from a CSV file. */
    public Loader buildings(Path file) {
      buildings = set(buildings, "buildings", file(file));
      return this;
    }

    /** Reads buildings from CSV text, naming it {@code sourceName} in problems. */
    public Loader buildings(String sourceName, Reader reader) {
      buildings = set(buildings, "buildings", reader(sourceName, reader));
      return this;
    }

    private static Source file(Path file) {
      requireNonNull(file, "file");
      return new Source(file.toString(), Optional.of(file), Optional.empty());
    }

    private static Source reader(String sourceName, Reader reader) {
      requireNonNull(sourceName, "sourceName");
      requireNonNull(reader, "reader");
      if (sourceName.isBlank()) {
        throw new IllegalArgumentException("sourceName must not be blank");
      }
      return new Source(sourceName, Optional.empty(), Optional.of(reader));
    }

    private static Optional<Source> set(Optional<Source> current, String what, Source next) {
      checkState(
          current.isEmpty(),
          "the %s input was already set to %s",
          what,
          current.map(Source::name).orElse(""));
      return Optional.of(next);
    }

    /**
     * Reads every input given and builds the tree.
     *
     * @throws IllegalStateException if no grids were given, or this loader has loaded before
     * @throws InvalidInputException listing every problem in every input: a missing or unreadable
     *     file, malformed or truncated content, a wrong header, a bad value (each with file, line
     *     and column), and the structural problems of the tree; a {@link GridStructureException}
     *     when the structure is the only fault
     * @throws UncheckedIOException if reading fails for another reason than the content (a disk
     *     error)
     */
    public GridTree load() {
      checkState(grids.isPresent(), "no grids input was given");
      checkState(!loaded, "a Loader loads once; make a new one with GridFiles.loader()");
      loaded = true;
      ProblemLog problems = new ProblemLog();
      GridTree.Builder tree = GridTree.builder();
      boolean gridsComplete =
          read(
              grids.get(),
              problems,
              progress,
              false,
              in -> GridGeoJson.read(grids.get().name(), in, tree, problems));
      households.ifPresent(
          s ->
              read(
                  s,
                  problems,
                  progress,
                  true,
                  in -> HouseholdCsv.read(s.name(), in, tree, problems)));
      members.ifPresent(
          s ->
              read(
                  s, problems, progress, true, in -> MemberCsv.read(s.name(), in, tree, problems)));
      party.ifPresent(
          s ->
              read(s, problems, progress, true, in -> PartyCsv.read(s.name(), in, tree, problems)));
      buildings.ifPresent(
          s ->
              read(
                  s,
                  problems,
                  progress,
                  true,
                  in -> BuildingCsv.read(s.name(), in, tree, problems)));
      if (problems.isEmpty()) {
        return tree.build(); // throws GridStructureException with every structural problem
      }
      // The structure is checked too, so that one run reports everything; but not when grids may
      // be missing, which would turn every household and member of theirs into a false problem.
      if (gridsComplete) {
        try {
          tree.build();
        } catch (GridStructureException e) {
          problems.addAll(e.problems());
        }
      }
      throw new InvalidInputException("cannot load " + names(), problems.problems());
    }

    private String names() {
      List<String> names = new ArrayList<>();
      for (Optional<Source> s : List.of(grids, households, members, party, buildings)) {
        s.ifPresent(source -> names.add(source.name()));
      }
      return String.join(", ", names);
    }

    /** Reads one input. */
    @FunctionalInterface
    private interface Format {
      /** Returns whether the input could be read to its end. */
      boolean read(Reader in) throws IOException;
    }

    /** Opens, reads and closes one input; returns whether it was read to its end. */
    private static boolean read(
        Source source, ProblemLog problems, Progress progress, boolean csv, Format format) {
      SourceLocation file = SourceLocation.of(source.name(), 0);
      if (source.path().isPresent()) {
        try {
          TextFiles.check(source.path().get(), "the input");
        } catch (InvalidInputException e) {
          e.problems().forEach(problems::add);
          return false;
        }
      }
      try (Reader in = source.open(progress, csv)) {
        return format.read(in);
      } catch (NoSuchFileException e) {
        problems.add(Problem.at(file, "", "file not found"));
      } catch (AccessDeniedException e) {
        problems.add(Problem.at(file, "", "cannot be read: permission denied"));
      } catch (Utf8Reader.MalformedText e) {
        // Not UTF-8 from the first character on: opening the file reads it (found by fuzzing).
        TextFiles.notUtf8(source.name(), "the input", e).problems().forEach(problems::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
      }
      return false;
    }
  }
}
