package org.gridgov.samples.residents;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CsvWriter;

/**
 * Resident records with their ground truth: which person each record is.
 *
 * @param records the records, in a shuffled order so that neither order nor record id says who is
 *     who
 * @param truth the person id of every record, by record id, in the order of {@code records}
 * @param people the people behind the records, in the order they were generated (by household)
 */
public record Dataset(
    ImmutableList<ResidentRecord> records,
    ImmutableMap<String, String> truth,
    ImmutableList<Person> people) {

  /** The file {@link #write} writes the records to. */
  public static final String RECORDS_FILE = "residents.csv";

  /** The file {@link #write} writes the truth to. */
  public static final String TRUTH_FILE = "truth.csv";

  /** The header of the truth CSV. */
  public static final ImmutableList<String> TRUTH_HEADER =
      ImmutableList.of("record_id", "person_id");

  /**
   * Checks that the truth covers exactly the records.
   *
   * @throws NullPointerException naming the null field
   * @throws IllegalArgumentException if a record has no truth or the truth names a record that is
   *     not there
   */
  public Dataset {
    requireNonNull(records, "records");
    requireNonNull(truth, "truth");
    requireNonNull(people, "people");
    for (ResidentRecord r : records) {
      if (!truth.containsKey(r.recordId())) {
        throw new IllegalArgumentException("record " + r.recordId() + " has no person in truth");
      }
    }
    if (truth.size() != records.size()) {
      throw new IllegalArgumentException(
          "truth has " + truth.size() + " record ids but there are " + records.size() + " records");
    }
  }

  /** The record ids of each person, people in the order of {@link #people()}. */
  public ImmutableListMultimap<String, String> clusters() {
    ImmutableListMultimap<String, String> byPerson =
        ImmutableListMultimap.copyOf(truth.entrySet()).inverse();
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    for (Person p : people) {
      b.putAll(p.personId(), byPerson.get(p.personId()));
    }
    return b.build();
  }

  /** The number of record pairs that belong to one person: what pairwise recall counts. */
  public long truePairs() {
    long pairs = 0;
    for (var e : clusters().asMap().entrySet()) {
      long n = e.getValue().size();
      pairs += n * (n - 1) / 2;
    }
    return pairs;
  }

  /**
   * Writes the records as CSV in the {@code resident-cn} layout: the header {@link
   * ResidentRecord#CSV_HEADER}, then one row per record (RFC 4180 quoting, LF line ends).
   *
   * @throws IOException if {@code out} fails; {@code out} is not closed
   */
  public void writeCsv(Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(ResidentRecord.CSV_HEADER);
    for (ResidentRecord r : records) {
      csv.row(r.fields());
    }
  }

  /**
   * Writes the truth as CSV: the header {@code record_id,person_id}, then one row per record in the
   * order of {@link #records()}.
   *
   * @throws IOException if {@code out} fails; {@code out} is not closed
   */
  public void writeTruth(Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(TRUTH_HEADER);
    for (ResidentRecord r : records) {
      csv.row(r.recordId(), requireNonNull(truth.get(r.recordId())));
    }
  }

  /**
   * Writes {@value #RECORDS_FILE} and {@value #TRUTH_FILE} (UTF-8) into {@code dir}, creating it if
   * needed and replacing files of those names; neither file is replaced unless both are written.
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public void write(Path dir) {
    requireNonNull(dir, "dir");
    AtomicFiles.write(
        dir, ImmutableMap.of(RECORDS_FILE, this::writeCsv, TRUTH_FILE, this::writeTruth));
  }
}
