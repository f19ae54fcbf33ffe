package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.io.Models.text;

import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Problems in the CSV files, each reported with its file, line, column and message. */
class CsvInputTest {

  private static final String HH = "households.csv";
  private static final String HEADER =
      "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n";
  private static final String MEMBERS_HEADER =
      "member_id,name,grid_code,employment,duties,birth_year,has_smartphone,active_until\n";
  private static final String MICRO = "510107011005001001";

  private static GridTree households(String csv) {
    return GridFiles.loader()
        .grids("grids.geojson", text(Models.minimalGrids()))
        .households(HH, text(csv))
        .load();
  }

  private static InvalidInputException householdsFail(String csv) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> households(csv));
    assertThat(e).as("load should fail").isNotNull();
    return e;
  }

  private static Problem onlyProblem(InvalidInputException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static SourceLocation at(String file, long line, long column) {
    return SourceLocation.of(file, line, column);
  }

  @Test
  @DisplayName(
      "a non-numeric size is reported at its line and column, naming the column and the value")
  void nonNumericSize() {
    Problem p =
        onlyProblem(
            householdsFail(
                HEADER
                    + "H1,"
                    + MICRO
                    + ",,,104.05,30.65,3,,\n"
                    + "H2,"
                    + MICRO
                    + ",,,104.05,30.65,abc,,\n"));
    assertThat(p)
        .isEqualTo(
            Problem.at(
                at(HH, 3, 7), "household H2", "column \"size\": \"abc\" is not a whole number"));
  }

  @Test
  @DisplayName("a point outside WGS 84 ranges is reported at the coordinate's column")
  void pointOutOfRange() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1," + MICRO + ",,,204.05,30.65,3,,\n"));
    assertThat(p)
        .isEqualTo(
            Problem.at(
                at(HH, 2, 5),
                "household H1",
                "column \"lon\": 204.05 is outside WGS 84 ranges (longitude -180..180 degrees)"));
  }

  @Test
  @DisplayName("a longitude without a latitude is reported at the empty one")
  void halfALocation() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1," + MICRO + ",,,104.05,,3,,\n"));
    assertThat(p.location()).contains(at(HH, 2, 6));
    assertThat(p.message())
        .isEqualTo(
            "column \"lat\": is empty but column \"lon\" is given; give both coordinates or"
                + " neither");
  }

  @Test
  @DisplayName("a wrong header is reported showing the expected and the found header")
  void wrongHeader() {
    String found = "household_id,grid,address,building_id,lon,lat,size,villager_group,tags";
    Problem p = onlyProblem(householdsFail(found + "\nH1," + MICRO + ",,,,,3,,\n"));
    assertThat(p)
        .isEqualTo(
            Problem.at(
                at(HH, 1, 2),
                "",
                "wrong header: expected \"" + HEADER.strip() + "\" but found \"" + found + "\""));
  }

  @Test
  @DisplayName("an empty file is reported as missing its header")
  void emptyFile() {
    Problem p = onlyProblem(householdsFail(""));
    assertThat(p.location()).contains(at(HH, 1, 0));
    assertThat(p.message()).startsWith("the file is empty; expected the header");
  }

  @Test
  @DisplayName(
      "a row with the wrong number of fields is reported, and the rows after it are still read")
  void wrongFieldCount() {
    InvalidInputException e =
        householdsFail(HEADER + "H1," + MICRO + ",,,,,3,\n" + "H2," + MICRO + ",,,,,x,,\n");
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                at(HH, 2, 0),
                "",
                "the row has 8 fields; expected 9 as in the header (" + HEADER.strip() + ")"),
            Problem.at(
                at(HH, 3, 7), "household H2", "column \"size\": \"x\" is not a whole number"));
  }

  @Test
  @DisplayName("an invalid grid code is reported at the grid_code column with the allowed shapes")
  void invalidGridCode() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1,5101070110050010011,,,,,3,,\n"));
    assertThat(p.location()).contains(at(HH, 2, 2));
    assertThat(p.message())
        .startsWith(
            "column \"grid_code\": invalid grid code \"5101070110050010011\": expected 12 digits");
  }

  @Test
  @DisplayName("an unknown enum code is reported with the allowed codes")
  void unknownEnumCode() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(Models.minimalGrids()))
                    .members(
                        "members.csv",
                        text(
                            MEMBERS_HEADER + "M1,王芳," + MICRO + ",fulltime,publicity,1980,true,\n"))
                    .load());
    assertThat(onlyProblem(e))
        .isEqualTo(
            Problem.at(
                at("members.csv", 2, 4),
                "member M1",
                "column \"employment\": \"fulltime\" is not one of full_time|part_time|volunteer"));
  }

  @Test
  @DisplayName("every bad value of every row is reported together, in file order")
  void severalBadRows() {
    InvalidInputException e =
        householdsFail(
            HEADER
                + "H1,"
                + MICRO
                + ",,,104.05,95,3,,\n"
                + "H2,"
                + MICRO
                + ",,,104.05,30.65,2,,\n"
                + "H3,"
                + MICRO
                + ",,,east,30.65,-1,,elderly_alon\n"
                + ",,,,,,,,\n");
    assertThat(e).isNotInstanceOf(GridStructureException.class);
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "households.csv:2:6: household H1: column \"lat\": 95 is outside WGS 84 ranges"
                + " (latitude -90..90 degrees)",
            "households.csv:4:5: household H3: column \"lon\": \"east\" is not a decimal number",
            "households.csv:4:7: household H3: column \"size\": -1 is outside 0..1000",
            "households.csv:4:9: household H3: column \"tags\": tag \"elderly_alon\" looks like a"
                + " misspelt special group; did you mean \"elderly_alone\"?",
            "households.csv:5:1: column \"household_id\": is empty; a value is required",
            "households.csv:5:7: column \"size\": is empty; a value is required");
  }

  @Test
  @DisplayName("a household assigned to a grid that does not exist is reported at its grid_code")
  void missingGrid() {
    InvalidInputException e = householdsFail(HEADER + "H1,510107011005001009,,,,,3,,\n");
    assertThat(e).isInstanceOf(GridStructureException.class);
    assertThat(onlyProblem(e))
        .isEqualTo(
            Problem.at(at(HH, 2, 2), "household H1", "grid 510107011005001009 does not exist"));
  }

  @Test
  @DisplayName(
      "an unterminated quoted field at the end of the file is reported where the quote opens")
  void unterminatedQuote() {
    Problem p =
        onlyProblem(
            householdsFail(
                HEADER + "H1," + MICRO + ",,,,,3,,\n" + "H2," + MICRO + ",\"锦官路1号\n2栋,,,,3,,\n"));
    assertThat(p.location()).contains(at(HH, 3, 3));
    assertThat(p.message()).startsWith("unterminated quoted field");
  }

  @Test
  @DisplayName("a stray quote inside an unquoted field is reported, not guessed at")
  void strayQuote() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1," + MICRO + ",3\"栋,,,,3,,\n"));
    assertThat(p.location()).contains(at(HH, 2, 3));
    assertThat(p.message()).startsWith("a quote inside an unquoted field");
  }

  @Test
  @DisplayName("a household listed twice without a grid is reported, not merged")
  void unassignedTwice() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1,,,,,,3,,\nH1,,,,,,3,,\n"));
    assertThat(p.location()).contains(at(HH, 3, 2));
    assertThat(p.message())
        .startsWith(
            "column \"grid_code\": listed again without a grid but already listed without a"
                + " grid at households.csv:2");
  }

  @Test
  @DisplayName("a household listed with and without a grid is reported")
  void assignedAndUnassigned() {
    Problem p = onlyProblem(householdsFail(HEADER + "H1," + MICRO + ",,,,,3,,\nH1,,,,,,3,,\n"));
    assertThat(p.toString())
        .startsWith(
            "households.csv:3:2: household H1: column \"grid_code\": listed again without a"
                + " grid but already listed with a grid at households.csv:2");
  }

  @Test
  @DisplayName("rows of one household that differ in more than the grid are reported")
  void differingRows() {
    String grids =
        Models.collection(
            Models.feature("510107011005", "community", null),
            Models.feature("510107011005001", "general", "510107011005"),
            Models.feature(MICRO, "micro", "510107011005001"),
            Models.feature("510107011005001002", "micro", "510107011005001"));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(grids))
                    .households(
                        HH,
                        text(HEADER + "H1," + MICRO + ",,,,,3,,\nH1,510107011005001002,,,,,4,,\n"))
                    .load());
    assertThat(onlyProblem(e).location()).contains(SourceLocation.of(HH, 3));
    assertThat(onlyProblem(e).message())
        .startsWith("listed again with different details (first at households.csv:2)");
  }

  @Test
  @DisplayName("a member listed twice for one grid is reported")
  void memberRowTwice() {
    String row = "M1,王芳," + MICRO + ",full_time,,1980,true,\n";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(Models.minimalGrids()))
                    .members("members.csv", text(MEMBERS_HEADER + row + row))
                    .load());
    assertThat(onlyProblem(e).toString())
        .isEqualTo(
            "members.csv:3:3: member M1: column \"grid_code\": listed again for grid "
                + MICRO
                + " (first at members.csv:2)");
  }

  @Test
  @DisplayName("bad dates, booleans, duties and years in the members file are each reported")
  void memberValues() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(Models.minimalGrids()))
                    .members(
                        "members.csv",
                        text(
                            MEMBERS_HEADER
                                + "M1,王芳,"
                                + MICRO
                                + ",volunteer,publicity;;patrol,1850,yes,2026-02-30\n"))
                    .load());
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "column \"duties\": \"publicity;;patrol\" has an empty item; separate items with a"
                + " single ;",
            "column \"duties\": \"patrol\" is not one of"
                + " publicity|supervision|mediation|inspection",
            "column \"birth_year\": 1850 is outside 1900.." + java.time.Year.now().getValue(),
            "column \"has_smartphone\": \"yes\" is not true or false",
            "column \"active_until\": \"2026-02-30\" is not a date; expected YYYY-MM-DD, e.g."
                + " 2026-03-01");
  }

  @Test
  @DisplayName("a party organisation with an unknown kind is reported")
  void partyKind() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(Models.minimalGrids()))
                    .party(
                        "party.csv",
                        text("org_id,name,kind,grid_code\nP1,党支部,branch,510107011005001\n"))
                    .load());
    assertThat(onlyProblem(e).toString())
        .isEqualTo(
            "party.csv:2:3: party organisation P1: column \"kind\": \"branch\" is not one of"
                + " community_committee|grid_branch|building_group");
  }

  @Test
  @DisplayName(
      "a byte-order mark, CRLF line ends, quoted commas, quotes and line breaks are read as RFC"
          + " 4180 says")
  void dialect() {
    GridTree tree =
        households(
            "\uFEFF"
                + HEADER.replace("\n", "\r\n")
                + "H1,"
                + MICRO
                + ",\"锦官路1号, \"\"东\"\"楼\r\n2单元\",B1,104.05,30.65,3,,elderly_alone;low_income\r\n"
                + "\r\n"
                + "H2,,,,,,0,第三组,\r\n");
    Household h1 = tree.household("H1").orElseThrow();
    assertThat(h1.address()).isEqualTo("锦官路1号, \"东\"楼\r\n2单元");
    assertThat(h1.specialGroups()).containsExactly(SpecialGroup.ELDERLY_ALONE);
    assertThat(h1.tags()).containsExactly("low_income");
    assertThat(tree.gridsOf("H1")).containsExactly(GridCode.parse(MICRO));
    assertThat(tree.household("H2").orElseThrow().location()).isEmpty();
    assertThat(tree.unassignedHouseholds()).extracting(Household::id).containsExactly("H2");
  }

  @Test
  @DisplayName(
      "lines are counted across quoted line breaks, so later problems point at the right line")
  void linesAcrossQuotedBreaks() {
    Problem p =
        onlyProblem(
            householdsFail(
                HEADER + "H1," + MICRO + ",\"a\nb\nc\",,,,3,,\n" + "H2," + MICRO + ",,,,,z,,\n"));
    assertThat(p.location()).contains(at(HH, 5, 7));
  }
}
