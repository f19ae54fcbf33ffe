package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class ClusteringTest {

  @Test
  @DisplayName("pairs are taken strongest first, ties by lower then higher rank, as a sort gives")
  void orderIsTheComparatorsOrder(Random random) {
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(round < 100 ? 20 : 2_000);
      int[] rank = shuffled(n, random);
      Set<Long> seen = new HashSet<>();
      int m = random.nextInt(Math.min(3 * n, n * (n - 1) / 2) + 1);
      long[] pairs = new long[m];
      double[] weights = new double[m];
      // Few distinct weights, so that ties are common; the extremes a run can give among them.
      double[] palette = {
        Double.POSITIVE_INFINITY, 12.5, 3.0, 0.0, -0.0, -1.25, -40.0, Double.MIN_VALUE
      };
      for (int i = 0; i < m; ) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a < b && seen.add((long) a << 32 | b)) {
          pairs[i] = (long) a << 32 | b;
          weights[i] =
              random.nextBoolean()
                  ? palette[random.nextInt(palette.length)]
                  : random.nextGaussian() * 10;
          i++;
        }
      }
      Integer[] expected = new Integer[m];
      for (int i = 0; i < m; i++) {
        expected[i] = i;
      }
      long[] byRank = new long[m];
      for (int i = 0; i < m; i++) {
        int x = rank[(int) (pairs[i] >>> 32)];
        int y = rank[(int) pairs[i]];
        byRank[i] = (long) Math.min(x, y) << 32 | Math.max(x, y);
      }
      Arrays.sort(
          expected,
          (x, y) -> {
            int c = Double.compare(weights[y], weights[x]);
            return c != 0 ? c : Long.compare(byRank[x], byRank[y]);
          });
      int[] order = Clustering.order(pairs, weights, rank, n);
      assertThat(order)
          .as("round %d: %d records, %d pairs", round, n, m)
          .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Records for the attaching tests: 0 王女士 and 1 王先生 (a parcel locker's contacts, no name), 2 王芳
   * (female), 3 王强 (male), 4 李明 (no gender), 5 an empty name, 6 王芳 again (no gender), 7 王丽 (no
   * gender), 8 王芳 with nothing else (a drill's sign-up sheet), 9 王强 with a gender and nothing else.
   */
  private static RecordSet contacts(DedupConfig config) throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A0,yizhan,王女士,,13800000001,,,\n"
            + "A1,yizhan,王先生,,13800000002,,,\n"
            + "A2,huji,王芳,,13800000001,1990-01-01,女,\n"
            + "A3,huji,王强,,13800000002,1988-02-02,男,\n"
            + "A4,huji,李明,,13800000003,1970-03-03,,\n"
            + "A5,wuye,,,13800000003,,,\n"
            + "A6,wangge,王芳,,,1990-01-01,,\n"
            + "A7,huji,王丽,,,1985-05-05,,\n"
            + "A8,drill,王芳,,,,,\n"
            + "A9,drill,王强,,,,男,\n";
    return RecordSet.read(new StringReader(csv), "contacts.csv", config);
  }

  /** Clusters the contacts with edges {@code {a, b, weight}} and the threshold 10. */
  private static int[] attach(RecordSet set, long[] cannotLink, double[]... edges) {
    return attach(set, Coherence.of(set), cannotLink, edges);
  }

  /** Clusters the records with edges {@code {a, b, weight}}, the threshold 10 and a coherence. */
  private static int[] attach(
      RecordSet set, Coherence coherence, long[] cannotLink, double[]... edges) {
    long[] pairs = new long[edges.length];
    double[] weights = new double[edges.length];
    for (int i = 0; i < edges.length; i++) {
      int a = (int) edges[i][0];
      int b = (int) edges[i][1];
      pairs[i] = (long) Math.min(a, b) << 32 | Math.max(a, b);
      weights[i] = edges[i][2];
    }
    return Clustering.cluster(
        set.size(), pairs, weights, 10, set.idRank(), coherence, r -> r, cannotLink);
  }

  @Test
  @DisplayName(
      "a record with nothing but a name never joins two residents of that name, however its"
          + " pairs reach the threshold")
  void sparseRecordBridgesNoResidents() throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "T0,drill,才让,,,,男,\n"
            + "T1,huji,才让,,15831591712,,男,白定村6组40号\n"
            + "T2,huji,才让,,15289447132,,男,蔡村4组41号\n"
            + "T3,drill,才让,,,,,\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "names.csv", DedupConfig.residentCn());
    int[] roots =
        attach(
            set,
            new long[0],
            new double[] {0, 1, 12},
            new double[] {0, 2, 11},
            new double[] {0, 3, 12.5});
    // Strongest first: T3 and T0 are one sign-up sheet's pair, then T0 the first 才让; T0 is no
    // bridge to the second.
    assertThat(roots[0]).isEqualTo(roots[1]).isEqualTo(roots[3]);
    assertThat(roots[2]).isEqualTo(2);
  }

  @Test
  @DisplayName("a record without a name joins the named resident its pairs point to 8× more")
  void namelessAttachesToTheDominantNamedCluster() throws IOException {
    RecordSet set = contacts(DedupConfig.residentCn());
    // 王女士 to 王芳 at 5, to 李明 at 1.9: 3.1 bits apart, so she is 王芳.
    int[] roots = attach(set, new long[0], new double[] {0, 2, 5}, new double[] {0, 4, 1.9});
    assertThat(roots[0]).isEqualTo(roots[2]);
    assertThat(roots[4]).isEqualTo(4);
    // At 2.5 the two are within 3 bits: she stays alone.
    roots = attach(set, new long[0], new double[] {0, 2, 5}, new double[] {0, 4, 2.5});
    assertThat(roots[0]).isZero();
    // Two pairs into one cluster are one candidate: the stronger counts.
    roots =
        attach(
            set,
            new long[0],
            new double[] {2, 6, 11},
            new double[] {0, 2, 5},
            new double[] {0, 6, 4.5},
            new double[] {0, 4, 1.9});
    assertThat(roots[0]).isEqualTo(roots[2]).isEqualTo(roots[6]);
    assertThat(roots[4]).isEqualTo(4);
  }

  @Test
  @DisplayName(
      "a record with nothing but a name joins the one resident of that name, not one of two")
  void nameOnlyAttaches() throws IOException {
    RecordSet set = contacts(DedupConfig.residentCn());
    int[] roots = attach(set, new long[0], new double[] {2, 8, 5});
    assertThat(roots[8]).isEqualTo(roots[2]);
    // A gender beside the name says no more who it is: 王强, 男 is as sparse, and joins 王强.
    assertThat(attach(set, new long[0], new double[] {3, 9, 5})[9])
        .isEqualTo(attach(set, new long[0], new double[] {3, 9, 5})[3]);
    // Two residents named 王芳 (one born 1990, one a woman of no known birth): no telling which.
    roots = attach(set, new long[0], new double[] {2, 8, 5}, new double[] {6, 8, 5});
    assertThat(roots[8]).isEqualTo(8);
    // A sparse record is no target: 王女士 pointing only to the sign-up sheet's 王芳 stays alone.
    roots = attach(set, new long[0], new double[] {0, 8, 5});
    assertThat(roots[0]).isZero();
    assertThat(roots[8]).isEqualTo(8);
  }

  @Test
  @DisplayName(
      "a sparse record's pair that agrees on the flat alone is no edge: a flat is a household")
  void flatAloneIsNoEdge() throws IOException {
    DedupModel model =
        new Deduplicator()
            .run(
                RecordSet.of(
                    DedupConfig.residentCn(),
                    DedupTest.dedupRecords(
                        org.gridgov.samples.residents.SyntheticResidents.generate(1_000, 5L)
                            .records())),
                org.gridgov.core.progress.Progress.NONE)
            .model();
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "W0,wuye,,,13800000001,,,芳华小区3栋2单元401\n"
            + "H1,huji,王芳,,13800000001,1990-01-01,女,芳华小区3栋2单元401\n"
            + "H2,huji,王强,,,1988-02-02,男,芳华小区3栋2单元401\n"
            + "D3,drill,王强,,,,男,\n";
    RecordSet set =
        RecordSet.read(new StringReader(csv), "household.csv", DedupConfig.residentCn());
    Scorer scorer = new Scorer(set, model.withCountsOf(set, Runnable::run));
    // A weight between the attaching floor (match probability 0.01) and the threshold.
    double w = scorer.threshold() - 1;
    assertThat(scorer.edge(w, Scorer.pattern(set.columns, 0, 1), false))
        .as("phone and flat")
        .isEqualTo(w);
    assertThat(scorer.edge(w, Scorer.pattern(set.columns, 0, 2), false))
        .as("the flat alone")
        .isNaN();
    assertThat(scorer.edge(w, Scorer.pattern(set.columns, 3, 2), false))
        .as("the name and gender alone: a drill's sign-up sheet")
        .isEqualTo(w);
    assertThat(scorer.edge(w, Scorer.pattern(set.columns, 0, 1), true)).as("forbidden").isNaN();
    assertThat(scorer.edge(scorer.threshold() - 7, Scorer.pattern(set.columns, 0, 1), false))
        .as("below probability 0.01")
        .isNaN();
  }

  @Test
  @DisplayName("attaching keeps coherence, people's decisions, and never chains or moves a name")
  void attachingKeepsTheRules() throws IOException {
    RecordSet set = contacts(DedupConfig.residentCn());
    // 王先生 is a man by his form of address: never 王芳.
    assertThat(attach(set, new long[0], new double[] {1, 2, 5})[1]).isEqualTo(1);
    // A person decided 王女士 is not 王芳.
    assertThat(attach(set, new long[] {(long) 0 << 32 | 2}, new double[] {0, 2, 5})[0]).isZero();
    // A named record never attaches, however weak its pairs: 李明 to 王强.
    assertThat(attach(set, new long[0], new double[] {3, 4, 5})[4]).isEqualTo(4);
    // Without a name on either side nothing attaches: the empty-named contact to 王女士.
    assertThat(attach(set, new long[0], new double[] {0, 5, 5})[5]).isEqualTo(5);
    // 王女士 and 王先生 both point to 王丽, who has no gender: the stronger joins, the other
    // would put a man and a woman in one resident.
    int[] roots = attach(set, new long[0], new double[] {0, 7, 6}, new double[] {1, 7, 5});
    assertThat(roots[0]).isEqualTo(roots[7]);
    assertThat(roots[1]).isEqualTo(1);
    // The profile can turn attaching off.
    roots =
        attach(
            contacts(DedupConfig.residentCn().withAttachSparse(false)),
            new long[0],
            new double[] {0, 2, 5});
    assertThat(roots[0]).isZero();
  }

  @Test
  @DisplayName(
      "a grown-up's form of address is never a child's, and a resident it cannot be does not"
          + " compete for a sparse record")
  void grownUpsTitleIsNoChilds() throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "B0,wuye,赵先生,,18363847319,,,保利华庭10号楼2单元902\n"
            + "B1,huji,赵伟,,18363847319,1984-12-17,男,保利华庭10号楼2单元902\n"
            + "B2,huji,赵锦程,,18363847319,2017-07-28,男,保利华庭10号楼2单元902\n"
            + "B3,yizhan,赵某,,18363847319,,,保利华庭10号楼2单元902\n"
            + "B4,school,赵锦辰,,18363847319,2024,男,保利华庭10号楼2单元902\n"
            + "B5,owners,,,18363847319,,,保利华庭10-2-902\n"
            + "B6,vaccine,,,18363847319,2017-07-28,,保利华庭10-2-902\n"
            + "B7,ebike,,370112********7576,18363847319,,,保利华庭10-2-902\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "family.csv", DedupConfig.residentCn());
    Coherence in2026 = Coherence.of(set, 2026);
    assertThat(in2026.contradict(0, 2)).as("赵先生 and a boy born 2017").isTrue();
    assertThat(in2026.contradict(0, 4)).as("and a boy born in 2024, a year alone").isTrue();
    assertThat(in2026.contradict(0, 1)).as("and his father").isFalse();
    assertThat(in2026.contradict(3, 2)).as("赵某 may name a child").isFalse();
    assertThat(Coherence.of(set, 2040).contradict(0, 2)).as("the boy grown up, in 2040").isFalse();
    // A contact with no name, number or birth date (a property office's owner) is a grown-up too;
    // a nameless row with a birth date or a number is not a contact.
    assertThat(in2026.contradict(5, 2)).as("an owner's row and the boy").isTrue();
    assertThat(in2026.contradict(5, 1)).as("an owner's row and the father").isFalse();
    assertThat(in2026.contradict(6, 2)).as("a nameless row with the boy's birth date").isFalse();
    assertThat(in2026.contradict(7, 4)).as("a nameless row with a number, masked").isFalse();
    // The boy's pair is the stronger, the father's 0.5 bits weaker: in 2026 the boy cannot be 赵先生,
    // so the father is the only candidate and 赵先生 joins him; in 2040 either could be, and he
    // stays alone.
    double[][] edges = {{0, 1, 5}, {0, 2, 5.5}};
    int[] roots = attach(set, in2026, new long[0], edges);
    assertThat(roots[0]).isEqualTo(roots[1]).isNotEqualTo(roots[2]);
    roots = attach(set, Coherence.of(set, 2040), new long[0], edges);
    assertThat(roots[0]).isZero();
    assertThat(roots[1]).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "an age says a birth year as far as a ledger's age allows: a grown-up of 37 is not a man"
          + " born in 1952, and only a small child's age says a child")
  void agesContradictAsFarAsTheyGo() throws IOException {
    int year = Column.DateColumn.THIS_YEAR;
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "C0,grid,巴松罗布,,18223169792,37岁,男,白定村3组21号\n"
            + "C1,huji,巴松罗布,54010219520711693X,13309772377,1952-07-11,男,白定村6组65号\n"
            + "C2,grid,巴松罗布,,13309772377,73,男,白定村6组65号\n"
            + "C3,yizhan,赵先生,,18363847319,,,保利华庭10号楼2单元902\n"
            + "C4,school,赵锦程,,18363847319,2岁,男,保利华庭10号楼2单元902\n"
            + "C5,school,赵锦辰,,18363847319,9岁,男,保利华庭10号楼2单元902\n"
            + "C6,grid,阿妈卓玛,,13677197919,,,支沟村1组130号\n"
            + "C7,school,卓玛,,13677197919,3岁,,支沟村1组130号\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "ages.csv", DedupConfig.residentCn());
    Coherence now = Coherence.of(set, year);
    assertThat(now.contradict(0, 1)).as("37 and born 1952").isTrue();
    assertThat(now.contradict(2, 1)).as("73 and born 1952").isFalse();
    assertThat(now.contradict(0, 2)).as("37 and 73").isTrue();
    assertThat(now.contradict(3, 4)).as("赵先生 and a child of two").isTrue();
    // Nine in a ledger up to ten years old: maybe 19 today.
    assertThat(now.contradict(3, 5)).as("赵先生 and a boy of nine, once").isFalse();
    // 阿妈 before a name, as 先生 after a surname, tells a grown-up: the mother, not her girl.
    assertThat(now.contradict(6, 7)).as("阿妈卓玛 and a girl 卓玛 of three").isTrue();
  }

  @Test
  @DisplayName(
      "a record whose values its target cluster holds already adds no contradiction: 齐敏 joins"
          + " 齐敏 and 徐敏 of one identity number")
  void heldValuesAddNoContradiction() throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "C0,rental,徐敏,370786198406150032,18078073227,,,许泾村7组60号\n"
            + "C1,pop_reg,齐敏,370786198406150032,18078073227,1984-06-15,男,许泾村7组60号\n"
            + "C2,ebike,齐敏,,18078073227,,,许泾村7组60号\n"
            + "C3,ebike,齐敏,,18078073227,1990-01-01,,许泾村7组60号\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "wu.csv", DedupConfig.residentCn());
    // 徐敏 and 齐敏 of one number: a name one character apart under one number is a typo.
    int[] roots = attach(set, new long[0], new double[] {0, 1, 30}, new double[] {1, 2, 15});
    assertThat(roots[2]).isEqualTo(roots[1]).isEqualTo(roots[0]);
    // Alone, the numberless 齐敏 and 徐敏 contradict each other: two names.
    assertThat(attach(set, new long[0], new double[] {0, 2, 15})[2]).isEqualTo(2);
    // A 齐敏 born on another day brings a value the cluster does not hold: kept apart.
    roots = attach(set, new long[0], new double[] {0, 1, 30}, new double[] {1, 3, 15});
    assertThat(roots[3]).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "under one identity number, a Uyghur name transcribed twice (two characters apart) is one"
          + " person's; a Han name two characters apart is not")
  void transcribedNamesUnderOneNumber() throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "D0,elderly,阿依古丽·阿斯哈尔,654024194308082748,,1943-08-08,女,\n"
            + "D1,floating,阿依古力·阿斯卡尔,654024194308082748,,,女,\n"
            + "D2,hukou,陈小杰,370126198802289993,,1988-02-28,男,\n"
            + "D3,wangge,林大杰,370126198802289993,,1988-02-28,男,\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "ids.csv", DedupConfig.residentCn());
    int[] roots = attach(set, new long[0], new double[] {0, 1, 30}, new double[] {2, 3, 30});
    assertThat(roots[1]).isEqualTo(roots[0]);
    assertThat(roots[3]).isNotEqualTo(roots[2]);
  }

  private static int[] shuffled(int n, Random random) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
