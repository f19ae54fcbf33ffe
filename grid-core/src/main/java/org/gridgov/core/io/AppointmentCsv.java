package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.governance.Appointment;
import org.gridgov.core.governance.BodyKind;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The appointments file ({@code appointments.csv}): one seat of a person on a community body per
 * row, with the header {@code person_id,name,body_kind,body_id,role}; {@code body_kind} is one of
 * {@code party_committee}, {@code residents_committee}, {@code property_company}, {@code
 * owners_committee}, {@code grid_member}. A person sits on several bodies on several rows, with the
 * same {@code person_id} and {@code name}. See {@code docs/formats.md}. Reading is all or nothing:
 * every bad row is reported with its line and column.
 */
public final class AppointmentCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("person_id", "name", "body_kind", "body_id", "role");

  private static final int PERSON = 0;
  private static final int NAME = 1;
  private static final int KIND = 2;
  private static final int BODY = 3;
  private static final int ROLE = 4;

  private AppointmentCsv() {}

  /**
   * Reads an appointments file.
   *
   * @return the appointments in file order
   * @throws InvalidInputException listing every bad row with its line and column (a missing file is
   *     one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<Appointment> read(Path file) {
    return TextFiles.readCsv(file, "the appointments", AppointmentCsv::readText);
  }

  /**
   * Reads appointments from CSV text.
   *
   * @param in the text; read to its end
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row
   * @throws UncheckedIOException if reading fails
   */
  public static ImmutableList<Appointment> read(Reader in, String source) {
    return TextFiles.read(in, source, AppointmentCsv::readText);
  }

  private static ImmutableList<Appointment> readText(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<Appointment> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Set<String> seats = new HashSet<>();
    CsvReader.forEachRecord(
        source, in, HEADER, problems, r -> readRow(r, names, seats).ifPresent(out::add));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the appointments " + source, problems.problems());
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<Appointment> readRow(
      CsvRecord r, Map<String, String> names, Set<String> seats) {
    Optional<String> person = r.required(PERSON).flatMap(s -> r.identifier(s, PERSON, "person id"));
    person.ifPresent(p -> r.subject("person " + p));
    Optional<String> name = r.required(NAME);
    Optional<BodyKind> kind = r.required(KIND).flatMap(s -> r.code(s, KIND, BodyKind.class));
    Optional<String> body = r.required(BODY).flatMap(s -> r.identifier(s, BODY, "body id"));
    Optional<String> role = r.required(ROLE);
    if (person.isPresent() && name.isPresent()) {
      String first = names.putIfAbsent(person.get(), name.get());
      if (first != null && !first.equals(name.get())) {
        r.problem(NAME, "differs from the name given for this person on an earlier row");
      }
    }
    if (person.isPresent()
        && kind.isPresent()
        && body.isPresent()
        && !seats.add(person.get() + "\u0000" + kind.get() + "\u0000" + body.get())) {
      r.problem(BODY, "repeats this person's seat on " + kind.get().code() + " " + body.get());
    }
    if (r.hasProblems()
        || person.isEmpty()
        || name.isEmpty()
        || kind.isEmpty()
        || body.isEmpty()
        || role.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Appointment(person.get(), name.get(), kind.get(), body.get(), role.get()));
  }

  /**
   * Writes appointments in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<Appointment> appointments, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (Appointment a : appointments) {
      csv.row(a.personId(), a.name(), a.bodyKind().code(), a.bodyId(), a.role());
    }
    out.flush();
  }
}
