package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * People's decisions on pairs of records (clerical review, 人工复核): {@code same} joins two records
 * whatever the model says — even against a hard rule or a contradiction, since a clerk who looked
 * at both knows better — and {@code different} keeps them in different residents, however strong
 * the chain between them. A run given the same decisions keeps them, so a decision made once
 * survives every later run. The file is CSV with the header {@code
 * record_id_a,record_id_b,decision} exactly; a decision naming a record the input does not hold is
 * ignored.
 */
public final class Decisions {

  /** The header of a decisions file, exactly. */
  public static final String HEADER = "record_id_a,record_id_b,decision";

  /** One decision. */
  public record Decision(String recordIdA, String recordIdB, boolean same) {
    /** Checks the ids. */
    public Decision {
      requireNonNull(recordIdA, "recordIdA");
      requireNonNull(recordIdB, "recordIdB");
    }
  }

  private static final Decisions NONE = new Decisions(ImmutableList.of());

  private final ImmutableList<Decision> decisions;

  private Decisions(List<Decision> decisions) {
    this.decisions = ImmutableList.copyOf(decisions);
  }

  /** No decisions: the model decides every pair. */
  public static Decisions none() {
    return NONE;
  }

  /** The given decisions. */
  public static Decisions of(List<Decision> decisions) {
    return new Decisions(requireNonNull(decisions, "decisions"));
  }

  /** The decisions, in file order. */
  public ImmutableList<Decision> decisions() {
    return decisions;
  }

  /**
   * Reads a decisions file.
   *
   * @throws InvalidInputException listing every bad row with its line and column (a wrong header, a
   *     decision other than {@code same} or {@code different}, an empty id, a record paired with
   *     itself, one pair decided both ways); a missing, directory or non-UTF-8 file is one too
   */
  public static Decisions read(Path file) {
    return TextFiles.read(file, "the decisions", Decisions::parse);
  }

  /**
   * Reads decisions from CSV text: see {@link #read(Path)}.
   *
   * @param source the name problems give the input
   */
  public static Decisions read(Reader in, String source) {
    return TextFiles.read(in, source, Decisions::parse);
  }

  private static Decisions parse(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<Decision> out = new java.util.ArrayList<>();
    Map<String, Decision> byPair = new HashMap<>();
    CsvReader.forEachRecord(
        source,
        in,
        List.of("record_id_a", "record_id_b", "decision"),
        problems,
        row -> {
          String a = row.raw(0).strip();
          String b = row.raw(1).strip();
          String d = row.raw(2).strip();
          if (a.isEmpty()) {
            row.problem(0, "the record id is empty");
          }
          if (b.isEmpty()) {
            row.problem(1, "the record id is empty");
          }
          if (!a.isEmpty() && a.equals(b)) {
            row.problem(1, "pairs record " + a + " with itself");
          }
          if (!d.equals("same") && !d.equals("different")) {
            row.problem(2, "the decision must be same or different but was \"" + d + "\"");
          }
          if (row.hasProblems()) {
            return;
          }
          Decision decision = new Decision(a, b, d.equals("same"));
          String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
          Decision earlier = byPair.putIfAbsent(key, decision);
          if (earlier != null && earlier.same() != decision.same()) {
            row.problem(2, "decides " + a + " and " + b + " the other way than an earlier row");
            return;
          }
          out.add(decision);
        });
    if (!problems.isEmpty()) {
      List<Problem> list = problems.problems();
      throw new InvalidInputException("cannot read the decisions " + source, list);
    }
    return new Decisions(out);
  }
}
