package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first 50 problems by default; every one with --all-problems. */
class AllProblemsTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a file with 70 bad rows: 50 listed and a count by default, all 70 on request")
  void allProblems() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "0").exit()).isZero();
    Path households = sample.resolve(GridFiles.HOUSEHOLDS);
    List<String> lines = new ArrayList<>(Files.readAllLines(households));
    int bad = 0;
    for (int i = 1; i < lines.size() && bad < 70; i += 3, bad++) {
      // Drop the last field: a row with one field too few.
      String row = lines.get(i);
      lines.set(i, row.substring(0, row.lastIndexOf(',')));
    }
    Files.write(households, lines);
    String[] inspect = {
      "inspect",
      "--grids",
      sample.resolve(GridFiles.GRIDS).toString(),
      "--households",
      households.toString()
    };
    Run shortList = grid(inspect);
    assertThat(shortList.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(shortList.err()).contains("(70 problems)").contains("... and 20 more");
    assertThat(shortList.err()).contains("grid: --all-problems lists all 70");
    assertThat(shortList.err().lines().filter(l -> l.contains("households.csv:"))).hasSize(50);

    String[] all = new String[inspect.length + 1];
    System.arraycopy(inspect, 0, all, 0, inspect.length);
    all[inspect.length] = "--all-problems";
    Run fullList = grid(all);
    assertThat(fullList.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(fullList.err()).contains("(70 problems)").doesNotContain("more");
    assertThat(fullList.err().lines().filter(l -> l.contains("households.csv:"))).hasSize(70);
  }
}
