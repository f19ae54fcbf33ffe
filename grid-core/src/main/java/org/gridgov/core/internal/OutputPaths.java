package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * Checks a run's output paths before the work starts, so that a careless path destroys nothing and
 * a path that cannot be written is found at once, not after an hour of work: an output may not be
 * empty, may not be one of the run's inputs, may not be a folder that holds an input the command
 * would replace, and its folder must be writable (or creatable). All problems are reported
 * together.
 */
public final class OutputPaths {

  private OutputPaths() {}

  /** One output of a run: the option that names it and the path given. */
  public record Output(String option, String given, Path path, boolean directory) {
    /** Validates the parts. */
    public Output {
      requireNonNull(option, "option");
      requireNonNull(given, "given");
      requireNonNull(path, "path");
    }
  }

  /**
   * Checks every output against the inputs and each other.
   *
   * @param outputs the outputs of the run
   * @param inputs the input files of the run, by option
   * @param replaces for a directory output, whether the command writes a file of this name into it
   *     (replacing what is there)
   * @throws InvalidInputException listing every output that may not be used, by option
   */
  public static void check(
      List<Output> outputs, Map<String, Path> inputs, Predicate<String> replaces) {
    requireNonNull(outputs, "outputs");
    requireNonNull(inputs, "inputs");
    requireNonNull(replaces, "replaces");
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      Output o = outputs.get(i);
      if (o.given().isBlank()) {
        problems.add(
            Problem.of(
                o.option(),
                "is empty; give a "
                    + (o.directory() ? "directory" : "file")
                    + " (use . for the current directory on purpose)"));
        continue;
      }
      for (Map.Entry<String, Path> in : inputs.entrySet()) {
        Path input = in.getValue();
        if (same(o.path(), input)) {
          problems.add(
              Problem.of(
                  o.option(),
                  "names the input "
                      + in.getKey()
                      + " "
                      + input
                      + "; writing it would destroy the input: give another path"));
        } else if (o.directory()
            && same(o.path(), parentOf(input))
            && input.getFileName() != null
            && replaces.test(input.getFileName().toString())) {
          problems.add(
              Problem.of(
                  o.option(),
                  "is the folder of the input "
                      + in.getKey()
                      + " "
                      + input
                      + ", which this command would replace with its own "
                      + input.getFileName()
                      + ": give another directory"));
        }
      }
      for (int j = 0; j < i; j++) {
        Output other = outputs.get(j);
        if (!other.given().isBlank() && same(o.path(), other.path())) {
          problems.add(
              Problem.of(
                  o.option(), "names the same file as " + other.option() + ": give another path"));
        }
      }
      if (o.directory()) {
        if (Files.exists(o.path()) && !Files.isDirectory(o.path())) {
          problems.add(Problem.of(o.option(), o.path() + " is a file, not a directory"));
        }
      } else {
        if (Files.isDirectory(o.path())) {
          problems.add(Problem.of(o.option(), o.path() + " is a directory, not a file"));
        }
      }
      // The folder is created when missing, so the nearest folder that exists must be writable.
      Path existing = parentOf(o.path());
      while (existing.getParent() != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (!Files.isDirectory(existing)) {
        problems.add(Problem.of(o.option(), existing + " is a file, not a folder"));
      } else if (!Files.isWritable(existing)) {
        problems.add(Problem.of(o.option(), "the folder " + existing + " cannot be written"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot use the output paths", problems);
    }
  }

  private static Path parentOf(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    return parent == null ? abs : parent;
  }

  /** Whether two paths name the same file or folder, through links and {@code ..} too. */
  static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the names
    }
    return real(a).equals(real(b));
  }

  /** The path with links resolved as far as it exists. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
