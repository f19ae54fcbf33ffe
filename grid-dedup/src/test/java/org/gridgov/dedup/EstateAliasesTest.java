package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.progress.Progress;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Estates' other names, learned from people's records that give one flat under both. */
@Seeded
class EstateAliasesTest {

  private static String id(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /**
   * 汉棉小区 is the old 棉纺厂宿舍: two people give one flat under both names. 金桥家园 and 进桥家园 (a typo) are
   * seen so once, by one person only.
   */
  private static final String CSV =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n"
          + "A1,hukou,王芳,"
          + id("42010419700101002")
          + ",,,,汉棉小区3栋1单元401\n"
          + "A2,gas,王芳,"
          + id("42010419700101002")
          + ",,,,棉纺厂宿舍3-1-401\n"
          + "B1,hukou,李强,"
          + id("42010419650505003")
          + ",,,,汉棉小区5栋2单元302\n"
          + "B2,gas,李强,"
          + id("42010419650505003")
          + ",13800000003,,,棉纺厂宿舍5-2-302\n"
          + "C1,hukou,张伟,"
          + id("42010419800808005")
          + ",,,,金桥家园1栋1单元101\n"
          + "C2,gas,张伟,"
          + id("42010419800808005")
          + ",,,,进桥家园1-1-101\n"
          + "D,property,,,13800000001,,,棉纺厂宿舍3-1-401\n"
          + "E,property,,,13800000002,,,棉纺厂宿舍3-1-402\n"
          + "F,property,,,13800000004,,,进桥家园1-1-101\n"
          + "G,property,王芳,,,,女,棉纺厂宿舍3栋1单元401\n";

  private static RecordSet read(String csv) throws IOException {
    return RecordSet.read(new StringReader(csv), "residents.csv", DedupConfig.residentCn());
  }

  private static Column address(RecordSet set) {
    return set.columns[5];
  }

  @Test
  @DisplayName("two people's records give one flat under two names: the names are one estate's")
  void learned() throws IOException {
    RecordSet set = read(CSV);
    EstateAliases aliases = EstateAliases.learn(set);
    assertThat(aliases.size()).isEqualTo(1);
    String[] pair = aliases.pairs().get(0);
    assertThat(pair[0] + " " + pair[1]).contains("棉纺厂宿舍").contains("汉棉");
    Column address = address(set);
    // Before the aliases are used: two estates.
    assertThat(address.compare(0, 6)).isEqualTo(Column.DIFFERENT);
    set.useAliases(aliases);
    assertThat(address.compare(0, 6)).isEqualTo(Column.CLOSE); // one flat, two names
    assertThat(address.compare(0, 7)).isEqualTo(Column.DIFFERENT); // another flat
    assertThat(address.compare(4, 8)).isEqualTo(Column.DIFFERENT); // one person's say is no alias
    // A batch run learns them, and keeps them with its model.
    DedupResult batch = new Deduplicator().run(read(CSV), Progress.NONE);
    assertThat(batch.model().estateAliases().pairs().get(0)).containsExactly(pair);
    assertThat(batch.clusterId(9)).isEqualTo(batch.clusterId(0)); // 王芳 at her flat's old name
  }

  @Test
  @DisplayName(
      "property: an index of a batch's model, fed the records in any order, clusters as it")
  void incrementalEqualsBatch(Random random) throws IOException {
    RecordSet set = read(CSV);
    DedupResult batch = new Deduplicator().run(set, Progress.NONE);
    Map<String, String> expected = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      expected.put(set.id(i), batch.clusterId(i));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    ResidentIndex index = new ResidentIndex(batch.model());
    String[] lines = CSV.split("\n");
    String[] header = lines[0].split(",", -1);
    for (int i : order) {
      String[] cells = lines[i + 1].split(",", -1);
      Map<String, String> values = new HashMap<>();
      for (int c = 2; c < header.length; c++) {
        values.put(header[c], cells[c]);
      }
      index.add(DedupRecord.of(cells[0], cells[1], values));
    }
    assertThat(index.clusters()).containsExactlyInAnyOrderEntriesOf(expected);
  }
}
