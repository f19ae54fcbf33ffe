package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import picocli.CommandLine.Option;

/** The input files shared by the commands that load a community: grids, households and the rest. */
final class GridFilesOptions {

  @Option(names = "--grids", required = true, paramLabel = "FILE", description = "Grids, GeoJSON.")
  Path grids;

  @Option(
      names = "--households",
      required = true,
      paramLabel = "FILE",
      description = "Households, CSV or .xlsx (sheet households).")
  Path households;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "Grid members, CSV or .xlsx (sheet members).")
  Path members;

  @Option(
      names = "--party",
      paramLabel = "FILE",
      description = "Party organisations, CSV or .xlsx (sheet party).")
  Path party;

  @Option(names = "--buildings", paramLabel = "FILE", description = "Buildings, CSV (optional).")
  Path buildings;

  // An option, not the SpreadsheetOptions.Encoding mixin: serve takes these options as a group.
  @Option(
      names = SpreadsheetOptions.ENCODING,
      paramLabel = "ENCODING",
      converter = SpreadsheetOptions.EncodingConverter.class,
      description = SpreadsheetOptions.ENCODING_HELP)
  org.gridgov.core.internal.TextFiles.Encoding encoding;

  /**
   * Loads the files, showing progress on {@code err} when it takes a while. Households, members and
   * party organisations may be {@code .xlsx} workbooks ({@link XlsxSheets}); their problems are
   * then placed at sheet, row and column.
   */
  GridTree load(PrintWriter err) {
    ProgressLine progress = new ProgressLine(err);
    XlsxSheets sheets = new XlsxSheets();
    GridFiles.Loader loader = GridFiles.loader().progress(progress).grids(grids);
    if (XlsxSheets.isWorkbook(households)) {
      XlsxSheets.Converted c = sheets.read(households, "households");
      loader.households(c.source(), XlsxSheets.reader(c));
    } else {
      loader.households(households);
    }
    if (members != null) {
      if (XlsxSheets.isWorkbook(members)) {
        XlsxSheets.Converted c = sheets.read(members, "members");
        loader.members(c.source(), XlsxSheets.reader(c));
      } else {
        loader.members(members);
      }
    }
    if (party != null) {
      if (XlsxSheets.isWorkbook(party)) {
        XlsxSheets.Converted c = sheets.read(party, "party");
        loader.party(c.source(), XlsxSheets.reader(c));
      } else {
        loader.party(party);
      }
    }
    if (buildings != null) {
      loader.buildings(buildings);
    }
    GridTree tree;
    try {
      tree = loader.load();
    } catch (InvalidInputException e) {
      List<Problem> placed = e.problems().stream().map(sheets::placed).toList();
      if (placed.equals(e.problems())) {
        throw e;
      }
      String message = e.getMessage() == null ? "cannot load the files" : e.getMessage();
      throw new InvalidInputException(
          message.lines().findFirst().orElse("").replaceAll(" \\(\\d+ problems?\\)$", ""), placed);
    }
    progress.done();
    return tree;
  }

  /** The files given, in option order, for a summary's title: every one that was read. */
  String described() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Path p : new Path[] {grids, households, members, party, buildings}) {
      if (p != null) {
        names.add(p.toString());
      }
    }
    return String.join(", ", names);
  }
}
