package org.gridgov.events.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.internal.CsvWriter;

/**
 * The tasks departments push to grids (职责清单、准入制度), per department, beside the {@link
 * SupervisionReport}: how many, how many of them the catalogue does not admit (not listed, or
 * needing approval), that share, and the members' minutes they take by the catalogue. Immutable.
 */
public final class DutyReport {

  /** The CSV header of {@link #write(Path)}; a public contract. */
  public static final String HEADER =
      "department,tasks,tasks_outside_catalogue,share_outside_catalogue,catalogue_minutes";

  /**
   * One department's row.
   *
   * @param department the department's code
   * @param tasks tasks pushed to grids
   * @param outsideCatalogue of those, how many the catalogue does not admit
   * @param catalogueMinutes their minutes by the catalogue (kinds it does not list count nothing)
   */
  public record Row(String department, int tasks, int outsideCatalogue, double catalogueMinutes) {

    /** Checks the row. */
    public Row {
      requireNonNull(department, "department");
    }

    /** The share of the tasks outside the catalogue, 0–1. */
    public double shareOutsideCatalogue() {
      return tasks == 0 ? 0 : (double) outsideCatalogue / tasks;
    }
  }

  private final ImmutableList<Row> rows;

  private DutyReport(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /** The report of {@code tasks} against {@code catalogue}. */
  public static DutyReport of(DutyCatalogue catalogue, Collection<GridTask> tasks) {
    requireNonNull(catalogue, "catalogue");
    requireNonNull(tasks, "tasks");
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Double> minutes = new TreeMap<>();
    for (GridTask t : tasks) {
      Optional<DutyKind> kind = catalogue.find(t.department(), t.kind());
      int[] c = counts.computeIfAbsent(t.department(), d -> new int[2]);
      c[0]++;
      if (kind.isEmpty() || !kind.get().admitted()) {
        c[1]++;
      }
      minutes.merge(t.department(), kind.map(DutyKind::minutes).orElse(0.0), Double::sum);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    counts.forEach((d, c) -> rows.add(new Row(d, c[0], c[1], minutes.getOrDefault(d, 0.0))));
    return new DutyReport(rows.build());
  }

  /** One row per department that pushed a task, by department code. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * Writes the rows as CSV ({@link #HEADER}), all or nothing.
   *
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    CsvWriter.writeFile(
        file,
        HEADER,
        rows,
        r ->
            new String[] {
              r.department(),
              Integer.toString(r.tasks()),
              Integer.toString(r.outsideCatalogue()),
              String.format(Locale.ROOT, "%.3f", r.shareOutsideCatalogue()),
              String.format(Locale.ROOT, "%.0f", r.catalogueMinutes())
            });
  }
}
