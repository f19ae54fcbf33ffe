package org.gridgov.cli;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.rules.policy.GridPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one policy file whose sections two modules own: the territorial sections ({@code
 * grid-rules}) and the routing section ({@code grid-events}). Every command that takes {@code
 * --policy} checks the whole file, so a bad field anywhere is reported whichever command reads it,
 * with every problem of both readers listed once.
 */
final class Policies {

  private Policies() {}

  /** The routing part of {@code file}, or the defaults without a file. */
  static RoutingPolicy routing(Optional<Path> file) {
    return file.map(f -> both(f).routing).orElseGet(RoutingPolicy::defaults);
  }

  /** The territorial part of {@code file}, or the defaults without a file. */
  static GridPolicy territory(Optional<Path> file) {
    return file.map(f -> both(f).territory).orElseGet(GridPolicy::defaults);
  }

  private record Both(GridPolicy territory, RoutingPolicy routing) {}

  private static Both both(Path file) {
    // Read once; each reader then parses the text (a policy is a few kilobytes; a file too large
    // to be one is refused before it fills the heap).
    String text = TextFiles.readString(file, "the policy", StrictJson.MAX_DOCUMENT_CHARS);
    String source = file.toString();
    Set<Problem> problems = new LinkedHashSet<>();
    GridPolicy territory = attempt(() -> GridPolicy.read(new StringReader(text), source), problems);
    RoutingPolicy routing =
        attempt(() -> RoutingPolicy.read(new StringReader(text), source), problems);
    if (territory == null || routing == null) {
      List<Problem> all = new ArrayList<>(problems);
      throw new InvalidInputException("cannot read the policy " + file, all);
    }
    return new Both(territory, routing);
  }

  private static <T> @Nullable T attempt(Supplier<T> reader, Set<Problem> problems) {
    try {
      return reader.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
