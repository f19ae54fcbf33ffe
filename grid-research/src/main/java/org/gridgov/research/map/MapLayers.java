package org.gridgov.research.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.locationtech.jts.geom.Point;

/** Reads the optional layers of a map: findings and open cases. */
public final class MapLayers {

  private MapLayers() {}

  /**
   * The worst finding per grid of a {@code grid validate --format json} report.
   *
   * @throws InvalidInputException naming the file and the JSON path of every bad finding
   */
  public static Map<GridCode, Severity> readFindings(Path file) {
    return TextFiles.read(
        file,
        "the findings",
        (in, source) -> {
          JsonNode root = StrictJson.readTree(in, source, "the findings");
          List<Problem> problems = new ArrayList<>();
          Map<GridCode, Severity> worst = new TreeMap<>();
          JsonNode findings = root.path("findings");
          if (!findings.isArray()) {
            problems.add(
                Problem.at(
                    SourceLocation.of(source, 0),
                    "$.findings",
                    "missing: expected the JSON report of grid validate --format json"));
          }
          for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            String path = "$.findings[" + i + "]";
            JsonNode grid = f.path("grid");
            if (grid.isNull() || grid.isMissingNode()) {
              continue; // a finding about the whole community colours no grid
            }
            Optional<GridCode> code = GridCode.tryParse(grid.asText());
            Optional<Severity> severity = severity(f.path("severity").asText());
            if (code.isEmpty()) {
              problems.add(
                  Problem.at(
                      SourceLocation.of(source, 0), path + ".grid", grid + " is not a grid code"));
            } else if (severity.isEmpty()) {
              problems.add(
                  Problem.at(
                      SourceLocation.of(source, 0),
                      path + ".severity",
                      f.path("severity") + " is not one of error, warning, info"));
            } else {
              // The enum's order is most severe first.
              worst.merge(code.get(), severity.get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException("cannot read the findings " + source, problems);
          }
          return worst;
        });
  }

  private static Optional<Severity> severity(String code) {
    for (Severity s : Severity.values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Where the reports of open cases are: their point, else their household's point. */
  public static ImmutableList<Point> casePoints(List<GridEvent> reports, GridTree tree) {
    ImmutableList.Builder<Point> out = ImmutableList.builder();
    for (GridEvent e : reports) {
      Optional<Point> at =
          e.location()
              .or(() -> e.householdId().flatMap(tree::household).flatMap(h -> h.location()));
      at.ifPresent(out::add);
    }
    return out.build();
  }
}
