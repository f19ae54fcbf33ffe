package org.gridgov.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The embedding example of the README: load a community's files, report bad input with its place,
 * walk the hierarchy, and write the tree as JSON. A test keeps the README's copy equal to the code
 * between the markers.
 */
public final class LoadFilesExample {

  private LoadFilesExample() {}

  /**
   * Loads the four files from a directory ({@code grid sample --out DIR} makes one) and prints a
   * summary.
   *
   * @param args the directory
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    // README:begin
    GridTree tree;
    try {
      tree = GridFiles.loadDirectory(dir); // grids.geojson, households.csv, members.csv, party.csv
    } catch (InvalidInputException e) {
      e.problems().forEach(System.err::println); // e.g. households.csv:17:7: column "size": ...
      return;
    }
    Grid community = tree.communities().get(0);
    for (Grid general : tree.children(community.code())) {
      int households = tree.householdsWithin(general.code()).size();
      System.out.printf("%s %s: %d households%n", general.code(), general.name(), households);
    }
    tree.gridOf("H000042").ifPresent(g -> System.out.println("H000042 is in " + g.name()));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    GridCode micro = GridCode.parse("510107011005003002");
    tree.members(micro).stream()
        .filter(m -> m.isActiveOn(today))
        .forEach(m -> System.out.println(m.name() + " serves " + micro));
    String json = GridJson.write(tree); // {"schemaVersion" : 1, "grids" : [ ...
    // README:end
    System.out.println(json.length() + " characters of JSON");
  }
}
