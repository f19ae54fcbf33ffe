package org.gridgov.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every code of the statistical division codes of 2023 down to town level (the CSV files beside
 * this class, with their source in README.md) parses, with the level and town kind it should have.
 */
class DivisionDataTest {

  /** One row: the code (2, 4, 6 or 9 digits) and the name. */
  private record Row(String code, String name) {}

  private static List<Row> read(String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = DivisionDataTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      assertThat(header).startsWith("code,name");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        rows.add(new Row(cells[0], cells[1].replace("\"", "")));
      }
    }
    return rows;
  }

  private static DivisionCode parse(String shortCode) {
    String twelve = shortCode + "0".repeat(12 - shortCode.length());
    Optional<DivisionCode> code = DivisionCode.tryParse(twelve);
    assertThat(code).as("code %s", twelve).isPresent();
    try {
      return DivisionCode.parse(twelve);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Test
  @DisplayName("every province, city, county and town code of 2023 parses with its level")
  void everyCodeParses() throws IOException {
    int codes = 0;
    for (Row row : read("provinces.csv")) {
      assertThat(parse(row.code()).level()).as(row.toString()).isEqualTo(DivisionLevel.PROVINCE);
      codes++;
    }
    for (Row row : read("cities.csv")) {
      assertThat(parse(row.code()).level()).as(row.toString()).isEqualTo(DivisionLevel.CITY);
      codes++;
    }
    int countylessCities = 0;
    for (Row row : read("areas.csv")) {
      DivisionCode code = parse(row.code());
      if (row.code().endsWith("00")) {
        // A city without counties is listed as its own county-level unit; its code is the city's.
        assertThat(code.level()).as(row.toString()).isEqualTo(DivisionLevel.CITY);
        assertThat(code.hasCounty()).isFalse();
        countylessCities++;
      } else {
        assertThat(code.level()).as(row.toString()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(code.hasCounty()).isTrue();
      }
      codes++;
    }
    assertThat(countylessCities).isEqualTo(3);
    int countylessTowns = 0;
    int countiesWithoutTowns = 0;
    for (Row row : read("streets.csv")) {
      DivisionCode code = parse(row.code());
      codes++;
      if (row.code().endsWith("000")) {
        // A county without town-level units in the list (金门县) is listed as its own town.
        assertThat(code.level()).as(row.toString()).isEqualTo(DivisionLevel.COUNTY);
        countiesWithoutTowns++;
        continue;
      }
      assertThat(code.level()).as(row.toString()).isEqualTo(DivisionLevel.TOWN);
      assertThat(code.parent().orElseThrow().digits())
          .as(row.toString())
          .startsWith(row.code().substring(0, 6));
      if (!code.hasCounty()) {
        countylessTowns++;
        assertThat(code.ancestorAt(DivisionLevel.COUNTY)).isEmpty();
        assertThat(code.parent().orElseThrow().level()).isEqualTo(DivisionLevel.CITY);
      } else {
        assertThat(code.parent().orElseThrow().level()).isEqualTo(DivisionLevel.COUNTY);
      }
    }
    assertThat(countylessTowns).isEqualTo(77);
    assertThat(countiesWithoutTowns).isEqualTo(1);
    assertThat(codes).isEqualTo(31 + 342 + 2978 + 41352);
  }

  @Test
  @DisplayName(
      "every town code has the town kind of its segment, and streets, towns and townships are named so")
  void townKinds() throws IOException {
    for (Row row : read("streets.csv")) {
      DivisionCode code = parse(row.code());
      int segment = Integer.parseInt(row.code().substring(6, 9));
      if (segment == 0) {
        assertThat(code.townKind()).as(row.toString()).isEmpty();
        continue;
      }
      TownKind expected;
      if (segment < 100) {
        expected = TownKind.STREET;
      } else if (segment < 200) {
        expected = TownKind.TOWN;
      } else if (segment < 400) {
        expected = TownKind.TOWNSHIP;
      } else {
        expected = TownKind.GOVERNMENT_ENTERPRISE_UNIT;
      }
      assertThat(code.townKind()).as(row.toString()).contains(expected);
      // Below 400 a name's ending agrees with the kind (some units have other names, e.g. 地区办事处).
      if (segment < 400) {
        if (row.name().endsWith("街道")) {
          assertThat(expected).as(row.toString()).isEqualTo(TownKind.STREET);
        } else if (row.name().endsWith("镇")) {
          assertThat(expected).as(row.toString()).isEqualTo(TownKind.TOWN);
        } else if (row.name().endsWith("乡")) {
          assertThat(expected).as(row.toString()).isEqualTo(TownKind.TOWNSHIP);
        }
      }
    }
  }
}
