package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the store, against an embedded H2 database in a temporary folder. */
class StoreCommandsTest {

  private static final org.gridgov.spi.store.Scope ALL =
      org.gridgov.spi.store.Scope.everything("test");

  @TempDir Path dir;

  private String store() {
    return "jdbc:h2:file:" + dir.resolve("store").resolve("grid").toAbsolutePath();
  }

  @Test
  @DisplayName("demo run twice finds its data in the store the second time; cases lists it")
  void demoTwice() {
    // Both samples in one store: their reports are numbered alike, their cases must not clash.
    Run both = grid("demo", "--store", store() + "-both");
    assertThat(both.exit()).as(both.err()).isZero();
    assertThat(both.out()).contains("rural village").doesNotContain("were found there already");
    Run first = grid("demo", "--sample", "urban", "--store", store());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Store: saved the tree as version 1 of community 510107011005")
        .containsPattern("routed 300 sample reports into (\\d+) cases, \\1 stored now, 0 found");
    Run second = grid("demo", "--sample", "urban", "--store", store());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("Store: found version 1 of community 510107011005")
        .contains("were found there already");
    String stored =
        first.out().replaceAll("(?s).*routed 300 sample reports into (\\d+) cases.*", "$1");

    Run cases = grid("cases", "--store", store(), "--grid", "510107011005", "--limit", "0");
    assertThat(cases.exit()).as(cases.err()).isZero();
    List<String> lines = cases.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("case_id,grid_code,state,assignee,departments,opened_at,last_at,entries");
    assertThat(lines).hasSize(Integer.parseInt(stored) + 1);
    assertThat(lines.get(1)).matches("case-510107011005-E\\d{6},510107011005[0-9E]*,reported,.*");
    assertThat(cases.err()).contains(stored + " of " + stored + " matching cases");

    Run limited = grid("cases", "--store", store(), "--limit", "5", "--since", "2026-03-02");
    assertThat(limited.out().lines()).hasSize(6);
    Run none = grid("cases", "--store", store(), "--state", "closed");
    assertThat(none.out().lines()).hasSize(1);
    Run later = grid("cases", "--store", store(), "--since", "2030-01-01T00:00+08:00");
    assertThat(later.out().lines()).hasSize(1);
  }

  @Test
  @DisplayName("route stores its cases once; load saves a version; bad options exit 2")
  void routeAndLoad() {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "100").exit()).isZero();
    String[] route =
        GridCommandTest.over(
            "route",
            sample,
            List.of("--grids", "--households", "--members", "--events"),
            "--out",
            dir.resolve("routed").toString(),
            "--store",
            store());
    Run first = grid(route);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .containsPattern("stored [1-9]\\d* cases in .*jdbc:h2:file:.* \\(0 were");
    Run again = grid(route);
    assertThat(again.out()).containsPattern("stored 0 cases in .* \\([1-9]\\d* were there already");

    Run load =
        grid(
            "load",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            sample.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--members",
            sample.resolve(GridFiles.MEMBERS).toString(),
            "--party",
            sample.resolve(GridFiles.PARTY).toString(),
            "--effective",
            "2026-03-01",
            "--note",
            "test import",
            "--store",
            store());
    assertThat(load.exit()).as(load.err()).isZero();
    assertThat(load.out()).startsWith("saved version 1 of 510107011005, effective 2026-03-01");

    Run badState = grid("cases", "--store", store(), "--state", "sleeping");
    assertThat(badState.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badState.err()).contains("sleeping");
    Run badTime = grid("cases", "--store", store(), "--since", "yesterday");
    assertThat(badTime.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badTime.err()).contains("--since").contains("2026-03-02T08:00+08:00");
    Run noPlugin = grid("cases", "--store", "mongodb://localhost/grid");
    assertThat(noPlugin.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noPlugin.err()).contains("no store plugin accepts the URL mongodb://localhost/grid");
    Run secret = grid("cases", "--store", "jdbc:foo://db/x?password=hunter2");
    assertThat(secret.err()).doesNotContain("hunter2").contains("password=***");
    assertThat(Files.exists(dir.resolve("store").resolve("grid.mv.db"))).isTrue();
  }

  @Test
  @DisplayName(
      "plugins lists the built-in stores, notifiers, device adapters and rules, and a vendor's jar")
  void plugins() {
    Run run = grid("plugins");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("kind,name,version,priority,spi,status,origin,detail");
    assertThat(lines).anyMatch(l -> l.startsWith("store,jdbc,") && l.contains(",100,1.2,ok,"));
    assertThat(lines).anyMatch(l -> l.startsWith("store,memory,") && l.contains(",0,1.2,ok,"));
    assertThat(lines).anyMatch(l -> l.startsWith("rule,size.micro,"));
    assertThat(lines).anyMatch(l -> l.startsWith("notifier,log,") && l.contains(",ok,"));
    assertThat(lines).anyMatch(l -> l.startsWith("notifier,webhook,") && l.contains(",ok,"));
    assertThat(lines).anyMatch(l -> l.startsWith("device-adapter,json,") && l.contains(",ok,"));
    // grid-examples/vendor-plugin is on the test class path, as a vendor's jar would be on grid's.
    assertThat(lines).anyMatch(l -> l.startsWith("notifier,spool,") && l.contains(",1.1,ok,"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("device-adapter,acme-text,") && l.contains(",ok,"));
    assertThat(run.err()).contains("plugins found (0 unusable); grid-spi 1.2");
  }

  @Test
  @DisplayName("dedup --store saves golden residents and their records, found by ID number")
  void dedupStore() throws java.io.IOException {
    Path input = dir.resolve("residents.csv");
    Files.writeString(
        input,
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
            + "A2,health,張 偉,110105********002X,+86 138 1234 5678,,,芳华小区3-2-401\n"
            + "B1,census,张伟,110105195003070018,13812345678,1950-03-07,男,芳华小区3栋2单元401\n");
    Run run =
        grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            dir.resolve("clusters.csv").toString(),
            "--store",
            store());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("saved 2 golden residents and their records in");
    // What was printed carries no full number.
    assertThat(run.out() + run.err()).doesNotContain("11010519491231002X");
    try (var s =
        org.gridgov.spi.store.Stores.open(
            org.gridgov.spi.Plugins.load(), org.gridgov.spi.store.StoreConfig.of(store()))) {
      var found = s.residents().byIdNumber(ALL, "11010519491231002X");
      assertThat(found)
          .singleElement()
          .satisfies(g -> assertThat(g.recordIds()).contains("A1", "A2"));
      assertThat(s.residents().byRecord(ALL, "B1")).isPresent();
      assertThat(s.residents().record(ALL, "A2").orElseThrow().fields())
          .containsEntry("name", "張 偉");
      assertThat(s.residents().count(ALL)).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("retention reports who left long enough ago; a dry run changes nothing")
  void retention() {
    try (var s =
        org.gridgov.spi.store.Stores.open(
            org.gridgov.spi.Plugins.load(), org.gridgov.spi.store.StoreConfig.of(store()))) {
      var fields =
          com.google.common.collect.ImmutableMap.of(
              "name", new org.gridgov.spi.store.FieldValue("张三", "hukou", "R1"),
              "status", new org.gridgov.spi.store.FieldValue("moved_away", "hukou", "R1"),
              "status_since", new org.gridgov.spi.store.FieldValue("2020-01-01", "hukou", "R1"));
      s.residents()
          .save(
              List.of(
                  new org.gridgov.spi.store.GoldenResident(
                      "G1", fields, com.google.common.collect.ImmutableList.of("R1"))),
              List.of(
                  new org.gridgov.spi.store.SourceRecord(
                      "R1", "hukou", com.google.common.collect.ImmutableMap.of("name", "张三"))));
    }
    Run dry =
        grid(
            "retention",
            "--store",
            store(),
            "--moved-away",
            "P1Y",
            "--deceased",
            "P3Y",
            "--dry-run");
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out().lines())
        .containsExactly(RetentionCommand.HEADER, "G1,moved_away,2020-01-01,2021-01-01,anonymised");
    assertThat(dry.err()).contains("1 golden residents examined").contains("dry run");
    Run real = grid("retention", "--store", store(), "--moved-away", "P1Y", "--deceased", "P3Y");
    assertThat(real.exit()).as(real.err()).isZero();
    try (var s =
        org.gridgov.spi.store.Stores.open(
            org.gridgov.spi.Plugins.load(), org.gridgov.spi.store.StoreConfig.of(store()))) {
      assertThat(s.residents().resident(ALL, "G1").orElseThrow().fields())
          .containsOnlyKeys("status", "status_since");
    }
    Run bad = grid("retention", "--store", store(), "--moved-away", "a year", "--deceased", "P3Y");
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("--moved-away");
  }

  @Test
  @DisplayName("token issues a signed token for a caller; without a key it says how to give one")
  void token() throws java.io.IOException {
    Path key = dir.resolve("token.key");
    java.nio.file.Files.writeString(key, "00112233445566778899aabbccddeeff\n");
    Run ok = grid("token", "--token-key-file", key.toString(), "--caller", "member:M0012");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out().strip())
        .startsWith("gg1.")
        .matches("gg1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    Run badCaller = grid("token", "--token-key-file", key.toString(), "--caller", "M0012");
    assertThat(badCaller.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    Run tooLong =
        grid(
            "token",
            "--token-key-file",
            key.toString(),
            "--caller",
            "member:M0012",
            "--valid",
            "P90D");
    assertThat(tooLong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(tooLong.err()).contains("--valid");
  }
}
