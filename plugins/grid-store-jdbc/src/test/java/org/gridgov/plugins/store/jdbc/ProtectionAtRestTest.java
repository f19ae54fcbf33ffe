package org.gridgov.plugins.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.protect.KeyFile;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ID and phone numbers at rest: what the H2 file and the PostgreSQL tables hold, and rotation. */
class ProtectionAtRestTest {

  private static final Scope ALL = Scope.everything("test");
  private static final String ID = "11010519491231002X";

  /** A second golden record of the same number: a merge that kept two people apart. */
  private static final String TWIN = ID;

  private static final String MOBILE = "13912345678";
  private static final String TREE_ID = "110105194912310038";
  private static final String TREE_MOBILE = "13700001111";

  @TempDir Path dir;

  private static void saveResidents(GridStore s) {
    s.residents()
        .save(
            List.of(golden("g-1", "r-1", ID, MOBILE), golden("g-2", "r-2", TWIN, "13800000000")),
            List.of(
                new SourceRecord(
                    "r-1",
                    "hukou",
                    ImmutableMap.of("name", "张三", "id_number", ID, "phone", MOBILE)),
                new SourceRecord(
                    "r-2", "health", ImmutableMap.of("name", "張三", "id_number", TWIN))));
  }

  private static GoldenResident golden(String id, String record, String idNumber, String phone) {
    return new GoldenResident(
        id,
        ImmutableMap.of(
            "name",
            new FieldValue("张三", "hukou", record),
            GoldenResident.ID_NUMBER,
            new FieldValue(idNumber, "hukou", record),
            GoldenResident.PHONE,
            new FieldValue(phone, "hukou", record)),
        ImmutableList.of(record));
  }

  /** The urban sample's grids and households with two residents who have ID and phone numbers. */
  private static GridTree treeWithResidents() {
    GridTree urban = SampleCommunities.urban();
    GridTree.Builder b = GridTree.builder();
    urban.grids().forEach(b::addGrid);
    urban.households().forEach(b::addHousehold);
    for (Household h : urban.households()) {
      urban.gridsOf(h.id()).forEach(g -> b.assign(h.id(), g));
    }
    String household = urban.households().get(0).id();
    b.addResident(
        Resident.builder("T-1", "王五")
            .householdId(household)
            .idNumber(ResidentIdNumber.parse(TREE_ID))
            .phone(TREE_MOBILE)
            .build());
    b.addResident(Resident.builder("T-2", "赵六").householdId(household).build());
    return b.build();
  }

  @Test
  @DisplayName("H2: the database file holds no ID or mobile number, yet look-ups by ID work")
  void h2FileBytes() throws Exception {
    Path db = dir.resolve("grid");
    GridTree tree = treeWithResidents();
    try (GridStore s = new JdbcStoreProvider().open(StoreConfig.of("jdbc:h2:file:" + db))) {
      saveResidents(s);
      s.trees().save(tree, LocalDate.of(2026, 1, 1), "with residents");
      assertThat(s.residents().byIdNumber(ALL, ID))
          .extracting(GoldenResident::residentId)
          .containsExactly("g-1", "g-2");
      assertThat(s.residents().resident(ALL, "g-1").orElseThrow().value("phone")).contains(MOBILE);
      assertThat(s.residents().record(ALL, "r-1").orElseThrow().fields())
          .containsEntry("id_number", ID);
      assertThat(s.trees().load(s.trees().versions().get(0)).residents())
          .isEqualTo(tree.residents());
    }
    String raw =
        new String(Files.readAllBytes(dir.resolve("grid.mv.db")), StandardCharsets.ISO_8859_1);
    assertThat(raw).as("the file is read raw").contains("g-1").contains("r-2");
    assertThat(raw)
        .doesNotContain(ID)
        .doesNotContain(MOBILE)
        .doesNotContain("13800000000")
        .doesNotContain(TREE_ID)
        .doesNotContain(TREE_MOBILE);
    assertThat(dir.resolve("grid.keys")).exists();
  }

  @Test
  @DisplayName("PostgreSQL: no raw column of any table holds an ID or mobile number")
  void postgresRawColumns() throws Exception {
    StoreConfig config = TestPostgres.get().newStore();
    GridTree tree = treeWithResidents();
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveResidents(s);
      s.trees().save(tree, LocalDate.of(2026, 1, 1), "with residents");
      assertThat(s.residents().byIdNumber(ALL, ID)).hasSize(2);
    }
    StringBuilder dump = new StringBuilder();
    try (Connection c =
            DriverManager.getConnection(config.url(), config.user(), config.password());
        Statement st = c.createStatement()) {
      for (String table :
          List.of("golden_resident", "golden_field", "golden_link", "source_record", "tree_item")) {
        try (ResultSet rs = st.executeQuery("SELECT CAST(t AS TEXT) FROM " + table + " t")) {
          while (rs.next()) {
            dump.append(rs.getString(1)).append('\n');
          }
        }
      }
      // A join on the blind index finds the two golden records that share an ID number.
      try (ResultSet rs =
          st.executeQuery(
              "SELECT a.resident_id, b.resident_id FROM golden_resident a JOIN golden_resident b"
                  + " ON a.id_number_index = b.id_number_index AND a.resident_id < b.resident_id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1) + "," + rs.getString(2)).isEqualTo("g-1,g-2");
      }
    }
    assertThat(dump.toString())
        .contains("g-1")
        .doesNotContain(ID)
        .doesNotContain(MOBILE)
        .doesNotContain(TREE_ID)
        .doesNotContain(TREE_MOBILE);
  }

  @Test
  @DisplayName(
      "rotation: old values read under a new key, the pass rewrites them, the old key goes")
  void rotation() throws Exception {
    Path keys = dir.resolve("field.keys");
    String first = KeyFile.generate();
    Files.writeString(keys, first);
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("rot"),
            "",
            "",
            ImmutableMap.of(Protector.KEYS_FILE, keys.toString()));
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveResidents(s);
      s.trees().save(treeWithResidents(), LocalDate.of(2026, 1, 1), "v1");
      assertThat(s.reencrypt()).as("all under the current key already").isZero();
    }
    String k1 = first.lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    String index = first.lines().filter(l -> l.startsWith("index=")).findFirst().orElseThrow();
    String k2 =
        KeyFile.generate().lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    Files.writeString(keys, "current=k2\n" + k1 + "\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.residents().byIdNumber(ALL, ID)).hasSize(2);
      assertThat(s.residents().resident(ALL, "g-1").orElseThrow().value("phone")).contains(MOBILE);
      long rewritten = s.reencrypt();
      assertThat(rewritten).isGreaterThan(0);
      assertThat(s.reencrypt()).as("nothing left under k1").isZero();
    }
    Files.writeString(keys, "current=k2\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.residents().record(ALL, "r-1").orElseThrow().fields())
          .containsEntry("phone", MOBILE);
      assertThat(s.residents().byIdNumber(ALL, ID)).hasSize(2);
      GridTree loaded = s.trees().load(s.trees().versions().get(0));
      assertThat(loaded.residents()).isEqualTo(treeWithResidents().residents());
    }
  }

  /** Numbers of a profile that renamed its fields: a second phone field, free-named fields. */
  private static final String SECOND_PHONE = "+8613900001111";

  private static final String FREE_MOBILE = "13655556666";
  private static final String FREE_ID = "110105195003070018";

  /**
   * A resident as a dedup profile with renamed fields stores it: the typed fields under their
   * protected names ({@code phone.mobile2} for a second phone field), and fields a producer named
   * freely ({@code 联系电话}, {@code sfzh}) that hold a number all the same.
   */
  private static void saveRenamed(GridStore s) {
    s.residents()
        .save(
            List.of(
                new GoldenResident(
                    "g-9",
                    ImmutableMap.of(
                        GoldenResident.ID_NUMBER,
                        new FieldValue(ID, "hukou", "r-9"),
                        "phone.mobile2",
                        new FieldValue(SECOND_PHONE, "hukou", "r-9"),
                        "联系电话",
                        new FieldValue("手机 " + FREE_MOBILE, "hukou", "r-9"),
                        "sfzh",
                        new FieldValue(FREE_ID, "hukou", "r-9")),
                    ImmutableList.of("r-9"))),
            List.of(
                new SourceRecord(
                    "r-9",
                    "hukou",
                    ImmutableMap.of(
                        "sfzh", FREE_ID, "tel", FREE_MOBILE, "phone.mobile2", SECOND_PHONE))));
  }

  private static void checkRenamedReadBack(GridStore s) {
    GoldenResident g = s.residents().resident(ALL, "g-9").orElseThrow();
    assertThat(g.value("phone.mobile2")).contains(SECOND_PHONE);
    assertThat(g.value("联系电话")).contains("手机 " + FREE_MOBILE);
    assertThat(g.value("sfzh")).contains(FREE_ID);
    assertThat(s.residents().record(ALL, "r-9").orElseThrow().fields())
        .containsEntry("tel", FREE_MOBILE)
        .containsEntry("sfzh", FREE_ID);
  }

  @Test
  @DisplayName("H2: renamed ID and phone fields are encrypted too, by type and by what they hold")
  void h2RenamedFields() throws Exception {
    Path db = dir.resolve("renamed");
    try (GridStore s = new JdbcStoreProvider().open(StoreConfig.of("jdbc:h2:file:" + db))) {
      saveRenamed(s);
      checkRenamedReadBack(s);
    }
    String raw =
        new String(Files.readAllBytes(dir.resolve("renamed.mv.db")), StandardCharsets.ISO_8859_1);
    assertThat(raw).as("the file is read raw").contains("g-9").contains("r-9");
    assertThat(raw)
        .doesNotContain(ID)
        .doesNotContain("13900001111")
        .doesNotContain(FREE_MOBILE)
        .doesNotContain(FREE_ID);
  }

  @Test
  @DisplayName("PostgreSQL: renamed ID and phone fields leave no number in any raw column")
  void postgresRenamedFields() throws Exception {
    StoreConfig config = TestPostgres.get().newStore();
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveRenamed(s);
      checkRenamedReadBack(s);
    }
    String dump = dump(config);
    assertThat(dump)
        .contains("g-9")
        .doesNotContain(ID)
        .doesNotContain("13900001111")
        .doesNotContain(FREE_MOBILE)
        .doesNotContain(FREE_ID);
  }

  /** Every row of the resident tables, as PostgreSQL prints it. */
  private static String dump(StoreConfig config) throws Exception {
    StringBuilder dump = new StringBuilder();
    try (Connection c =
            DriverManager.getConnection(config.url(), config.user(), config.password());
        Statement st = c.createStatement()) {
      for (String table :
          List.of("golden_resident", "golden_field", "golden_link", "source_record", "tree_item")) {
        try (ResultSet rs = st.executeQuery("SELECT CAST(t AS TEXT) FROM " + table + " t")) {
          while (rs.next()) {
            dump.append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    return dump.toString();
  }

  @Test
  @DisplayName("re-encryption goes page by page: more rows than one batch, all rewritten, once")
  void reencryptInPages() throws Exception {
    Path keys = dir.resolve("paged.keys");
    String first = KeyFile.generate();
    Files.writeString(keys, first);
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("paged"),
            "",
            "",
            ImmutableMap.of(Protector.KEYS_FILE, keys.toString(), JdbcGridStore.BATCH_SIZE, "3"));
    int n = 11; // more than three pages of 3 rows; each resident has 3 fields, 2 of them numbers
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      List<GoldenResident> golden = new java.util.ArrayList<>();
      List<SourceRecord> records = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        String phone = "1390000" + String.format("%04d", i);
        golden.add(golden("p-" + i, "q-" + i, ID, phone));
        records.add(
            new SourceRecord("q-" + i, "hukou", ImmutableMap.of("id_number", ID, "phone", phone)));
      }
      s.residents().save(golden, records);
    }
    String k1 = first.lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    String index = first.lines().filter(l -> l.startsWith("index=")).findFirst().orElseThrow();
    String k2 =
        KeyFile.generate().lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    Files.writeString(keys, "current=k2\n" + k1 + "\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      // 2 protected golden fields and 1 source record per resident.
      assertThat(s.reencrypt()).isEqualTo(3L * n);
      assertThat(s.reencrypt()).as("a second pass finds nothing left").isZero();
    }
    Files.writeString(keys, "current=k2\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.residents().byIdNumber(ALL, ID)).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(s.residents().resident(ALL, "p-" + i).orElseThrow().value("phone"))
            .contains("1390000" + String.format("%04d", i));
        assertThat(s.residents().record(ALL, "q-" + i).orElseThrow().fields())
            .containsEntry("id_number", ID);
      }
    }
  }

  private static final String CASE_MOBILE = "13511112222";
  private static final String CASE_ID_NUMBER = "110105194912310038";

  /** A case, a dead letter and a delivery whose free text names a person's numbers. */
  private static void saveFreeText(GridStore s) {
    GridCode grid = GridCode.parse("510104021001001001");
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    s.cases()
        .append(
            CaseAppend.of(
                0,
                new CaseEntry(
                    "c-1",
                    1,
                    at,
                    CaseEntry.Kind.OPENED,
                    "system",
                    CaseState.REPORTED,
                    grid,
                    Optional.empty(),
                    ImmutableList.of(),
                    "{\"text\":\"老人独居, 电话 " + CASE_MOBILE + ", 身份证 " + CASE_ID_NUMBER + "\"}")));
    s.deadLetters()
        .add(
            new DeadLetter(
                "d-1",
                at.toInstant(),
                "c-1",
                "sms",
                CASE_MOBILE,
                "escalation",
                3,
                "gateway refused " + CASE_MOBILE,
                "{\"to\":\"" + CASE_MOBILE + "\"}"));
    s.deliveries()
        .record(
            new Delivery(
                "v-1",
                "c-1",
                at.toInstant(),
                "sms",
                CASE_MOBILE,
                "escalation",
                Delivery.Outcome.DELIVERED,
                1,
                "sent to " + CASE_MOBILE));
  }

  private static void checkFreeTextReadBack(GridStore s) {
    assertThat(s.cases().history("c-1").get(0).detail()).contains(CASE_MOBILE, CASE_ID_NUMBER);
    DeadLetter letter = s.deadLetters().get("d-1").orElseThrow();
    assertThat(letter.recipient()).isEqualTo(CASE_MOBILE);
    assertThat(letter.error()).endsWith(CASE_MOBILE);
    assertThat(letter.payload()).contains(CASE_MOBILE);
    Delivery d = s.deliveries().history("c-1").get(0);
    assertThat(d.recipient()).isEqualTo(CASE_MOBILE);
    assertThat(d.detail()).endsWith(CASE_MOBILE);
  }

  @Test
  @DisplayName("case details, dead letters and deliveries are encrypted at rest, and re-encrypted")
  void freeTextEncrypted() throws Exception {
    Path keys = dir.resolve("text.keys");
    String first = KeyFile.generate();
    Files.writeString(keys, first);
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("text"),
            "",
            "",
            ImmutableMap.of(Protector.KEYS_FILE, keys.toString()));
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveFreeText(s);
      checkFreeTextReadBack(s);
    }
    String raw =
        new String(Files.readAllBytes(dir.resolve("text.mv.db")), StandardCharsets.ISO_8859_1);
    assertThat(raw).as("the file is read raw").contains("c-1").contains("d-1");
    assertThat(raw).doesNotContain(CASE_MOBILE).doesNotContain(CASE_ID_NUMBER);

    String k1 = first.lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    String index = first.lines().filter(l -> l.startsWith("index=")).findFirst().orElseThrow();
    String k2 =
        KeyFile.generate().lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow();
    Files.writeString(keys, "current=k2\n" + k1 + "\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.reencrypt()).as("one case entry, one dead letter, one delivery").isEqualTo(3);
      assertThat(s.reencrypt()).isZero();
    }
    Files.writeString(keys, "current=k2\nk2" + k2.substring(2) + "\n" + index + "\n");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      checkFreeTextReadBack(s);
    }
  }

  @Test
  @DisplayName("PostgreSQL: no raw column of cases, dead letters or deliveries holds a number")
  void postgresFreeText() throws Exception {
    StoreConfig config = TestPostgres.get().newStore();
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveFreeText(s);
      checkFreeTextReadBack(s);
    }
    StringBuilder dump = new StringBuilder();
    try (Connection c =
            DriverManager.getConnection(config.url(), config.user(), config.password());
        Statement st = c.createStatement()) {
      for (String table : List.of("case_entry", "case_summary", "dead_letter", "delivery")) {
        try (ResultSet rs = st.executeQuery("SELECT CAST(t AS TEXT) FROM " + table + " t")) {
          while (rs.next()) {
            dump.append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    assertThat(dump.toString())
        .contains("c-1")
        .contains("d-1")
        .doesNotContain(CASE_MOBILE)
        .doesNotContain(CASE_ID_NUMBER);
  }

  @Test
  @DisplayName("a store without keys masks the numbers in free text instead")
  void freeTextMaskedWithoutKeys() {
    StoreConfig base = TestPostgres.get().newStore();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv(Protector.KEYS_ENV) == null, "keys come from the environment");
    StoreConfig config =
        new StoreConfig(base.url(), base.user(), base.password(), ImmutableMap.of());
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveFreeText(s);
      String detail = s.cases().history("c-1").get(0).detail();
      assertThat(detail).doesNotContain(CASE_MOBILE).doesNotContain(CASE_ID_NUMBER);
      assertThat(detail).contains("老人独居", "135****2222");
      assertThat(s.deadLetters().get("d-1").orElseThrow().recipient())
          .isNotEqualTo(CASE_MOBILE)
          .startsWith("135");
    }
  }

  @Test
  @DisplayName(
      "index key rotation: old and new rows found by ID, then only the new index key is used")
  void indexKeyRotation() throws Exception {
    Path keys = dir.resolve("index.keys");
    String first = KeyFile.generate();
    Files.writeString(keys, first);
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("idx"),
            "",
            "",
            ImmutableMap.of(Protector.KEYS_FILE, keys.toString(), JdbcGridStore.BATCH_SIZE, "1"));
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      saveResidents(s); // g-1 and g-2, indexed under the first index key
    }
    String newIndex =
        KeyFile.generate().lines().filter(l -> l.startsWith("index=")).findFirst().orElseThrow();
    String rotated =
        first + "index.i2=" + newIndex.substring("index=".length()) + "\ncurrent_index=i2\n";
    Files.writeString(keys, rotated);
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      s.residents()
          .save(
              List.of(golden("g-3", "r-3", ID, "13600000000")),
              List.of(new SourceRecord("r-3", "hukou", ImmutableMap.of("id_number", ID))));
      assertThat(s.residents().byIdNumber(ALL, ID))
          .as("old rows by the old index key, the new row by the new one")
          .extracting(GoldenResident::residentId)
          .containsExactly("g-1", "g-2", "g-3");
    }
    assertThat(indexes(dir.resolve("idx"))).anyMatch(x -> !x.startsWith("i2:"));
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.reencrypt()).as("the indexes of g-1 and g-2").isEqualTo(2);
      assertThat(s.reencrypt()).isZero();
    }
    assertThat(indexes(dir.resolve("idx"))).isNotEmpty().allMatch(x -> x.startsWith("i2:"));
    // The old index key leaves the file: every row is still found.
    Files.writeString(
        keys,
        rotated.lines().filter(l -> !l.startsWith("index=")).reduce("", (a, b) -> a + b + "\n"));
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThat(s.residents().byIdNumber(ALL, ID))
          .extracting(GoldenResident::residentId)
          .containsExactly("g-1", "g-2", "g-3");
    }
  }

  /** The stored blind indexes (ID and phone) of an H2 file store, read with plain JDBC. */
  private static List<String> indexes(Path db) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT id_number_index, phone_index FROM golden_resident")) {
      while (rs.next()) {
        for (int i = 1; i <= 2; i++) {
          String x = rs.getString(i);
          if (x != null) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName("a server store without keys refuses an ID number rather than keep it in the clear")
  void noKeysNoNumbers() {
    StoreConfig base = TestPostgres.get().newStore();
    StoreConfig config =
        new StoreConfig(base.url(), base.user(), base.password(), ImmutableMap.of());
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv(Protector.KEYS_ENV) == null, "keys come from the environment");
    try (GridStore s = new JdbcStoreProvider().open(config)) {
      assertThatThrownBy(() -> saveResidents(s))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(Protector.KEYS_FILE)
          .hasMessageNotContaining(ID);
      assertThat(s.residents().count(ALL)).isZero();
    }
  }

  @Test
  @DisplayName("the key file of an H2 database sits beside it, readable by its owner alone")
  void keyFilePlace() throws Exception {
    assertThat(Protector.h2File("jdbc:h2:file:/a/b/grid;WRITE_DELAY=0"))
        .contains(Path.of("/a/b/grid"));
    assertThat(Protector.h2File("jdbc:h2:mem:x")).isEqualTo(Optional.empty());
    try (GridStore s =
        new JdbcStoreProvider().open(StoreConfig.of("jdbc:h2:file:" + dir.resolve("p")))) {
      s.residents().count(ALL);
    }
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("p.keys"))))
        .isEqualTo("rw-------");
  }
}
