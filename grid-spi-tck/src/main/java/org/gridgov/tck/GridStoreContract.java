package org.gridgov.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.json.GridJson;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.district.SyntheticDistrict;
import org.gridgov.spi.access.AccessPolicy;
import org.gridgov.spi.access.Caller;
import org.gridgov.spi.retention.Retention;
import org.gridgov.spi.retention.RetentionPolicy;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.ReadRecord;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreException;
import org.gridgov.spi.store.TreeVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link GridStore}, as tests. A store's test class extends this one and says how
 * to open a new, empty store:
 *
 * <pre>{@code
 * class MyStoreTest extends GridStoreContract {
 *   @Override
 *   protected GridStore createStore() {
 *     return new MyStoreProvider().open(StoreConfig.of("my:" + newLocation()));
 *   }
 * }
 * }</pre>
 *
 * <p>A durable store also overrides {@link #reopenStore()}, so that the kit checks that what was
 * written is found again after closing. The property tests are seeded: a failure names its seed,
 * and {@link #seed()} can be overridden to replay it.
 */
public abstract class GridStoreContract {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, CHINA);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** The scope of the kit's own checks, which are not about access. */
  private static final Scope ALL = Scope.everything("compatibility kit");

  /** The store under test, opened before each test and closed after it. */
  protected GridStore store;

  /** Opens a new, empty store at a new location (a new database, schema or file for a database). */
  protected abstract GridStore createStore();

  /**
   * Opens again the store last created, after it was closed; empty for a store that keeps nothing
   * once closed (then the durability test is skipped, and says so).
   */
  protected Optional<GridStore> reopenStore() {
    return Optional.empty();
  }

  /** The seed of the property tests. */
  protected long seed() {
    return 20261204L;
  }

  /** Opens the store. */
  @BeforeEach
  void openStore() {
    store = createStore();
  }

  /** Closes the store. */
  @AfterEach
  void closeStore() {
    store.close();
  }

  // ---------------------------------------------------------------- trees

  @Test
  @DisplayName("trees: a saved version reads back exactly, with its counts")
  void treeRoundTrip() {
    GridTree urban = SampleCommunities.urban();
    GridTree rural = SampleCommunities.rural();
    TreeVersion v1 = store.trees().save(urban, LocalDate.of(2026, 1, 1), "first import");
    TreeVersion v2 = store.trees().save(rural, LocalDate.of(2026, 1, 1), "village import");
    assertThat(v2.number()).isGreaterThan(v1.number());
    assertThat(v1.grids()).isEqualTo(urban.grids().size());
    assertThat(v1.households()).isEqualTo(urban.households().size());
    assertThat(v1.members()).isEqualTo(urban.members().size());
    assertThat(v1.partyOrganizations()).isEqualTo(urban.partyOrganizations().size());
    assertThat(v1.note()).isEqualTo("first import");
    assertThat(v1.communities()).containsExactly(urban.communities().get(0).code().community());
    assertSameTree(store.trees().load(v1), urban);
    assertSameTree(store.trees().load(v2), rural);
    assertThat(store.trees().versions()).containsExactly(v1, v2);
  }

  @Test
  @DisplayName("trees: the version on a date is the one effective last on or before it")
  void versionOnDate() {
    GridTree a = SampleCommunities.rural(1);
    GridTree b = SampleCommunities.rural(2);
    GridTree c = SampleCommunities.rural(3);
    var community = a.communities().get(0).code().community();
    TreeVersion va = store.trees().save(a, LocalDate.of(2026, 1, 1), "a");
    TreeVersion vc = store.trees().save(c, LocalDate.of(2026, 6, 1), "c, saved before b");
    TreeVersion vb = store.trees().save(b, LocalDate.of(2026, 3, 1), "b");
    TreeVersion vb2 = store.trees().save(b, LocalDate.of(2026, 3, 1), "b again, same day");
    assertThat(store.trees().versionOn(community, LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(store.trees().versionOn(community, LocalDate.of(2026, 1, 1))).contains(va);
    assertThat(store.trees().versionOn(community, LocalDate.of(2026, 2, 28))).contains(va);
    assertThat(store.trees().versionOn(community, LocalDate.of(2026, 3, 1))).contains(vb2);
    assertThat(store.trees().versionOn(community, LocalDate.of(2026, 7, 1))).contains(vc);
    assertThat(vb.number()).isLessThan(vb2.number());
    var other = SampleCommunities.urban().communities().get(0).code().community();
    assertThat(store.trees().versionOn(other, LocalDate.of(2026, 7, 1))).isEmpty();
    assertSameTree(store.trees().treeOn(community, LocalDate.of(2026, 4, 1)).orElseThrow(), b);
  }

  @Test
  @DisplayName("trees: random districts read back exactly (seeded)")
  void randomTrees() {
    SplittableRandom random = new SplittableRandom(seed());
    for (int i = 0; i < 4; i++) {
      long s = random.nextLong();
      int micro = 40 * (1 + random.nextInt(2));
      int households = 4 * (1 + random.nextInt(6));
      GridTree tree = SyntheticDistrict.build(micro, households, s);
      TreeVersion v = store.trees().save(tree, LocalDate.of(2026, 1, 1 + i), "district " + s);
      assertThat(v.communities()).as("seed %d", s).hasSize(tree.communities().size());
      assertSameTree(store.trees().load(v), tree);
    }
  }

  // ---------------------------------------------------------------- residents

  @Test
  @DisplayName("residents: golden records are found by id, by source record and by ID number")
  void residents() {
    SourceRecord r1 = record("r1", "hukou", "张三", "510104199001011234");
    SourceRecord r2 = record("r2", "health", "張三", "510104199001011234");
    SourceRecord r3 = record("r3", "volunteers", "李四", "");
    GoldenResident g1 = golden("g1", "张三", "510104199001011234", "r1", "r2");
    GoldenResident g2 = golden("g2", "李四", "", "r3");
    store.residents().save(List.of(g1, g2), List.of(r1, r2, r3));
    assertThat(store.residents().count(ALL)).isEqualTo(2);
    assertThat(store.residents().resident(ALL, "g1")).contains(g1);
    assertThat(store.residents().byRecord(ALL, "r2")).contains(g1);
    assertThat(store.residents().byRecord(ALL, "r3")).contains(g2);
    assertThat(store.residents().byRecord(ALL, "r9")).isEmpty();
    assertThat(store.residents().byIdNumber(ALL, "510104199001011234")).containsExactly(g1);
    assertThat(store.residents().byIdNumber(ALL, "510104199001011235")).isEmpty();
    assertThat(store.residents().record(ALL, "r2")).contains(r2);

    // A new merge run splits g1: r2 goes to a record of its own.
    GoldenResident g1b = golden("g1", "张三", "510104199001011234", "r1");
    GoldenResident g3 = golden("g3", "張三", "510104199001011234", "r2");
    store.residents().save(List.of(g1b, g3), List.of());
    assertThat(store.residents().byRecord(ALL, "r2")).contains(g3);
    assertThat(store.residents().byRecord(ALL, "r1")).contains(g1b);
    assertThat(store.residents().byIdNumber(ALL, "510104199001011234"))
        .extracting(GoldenResident::residentId)
        .containsExactlyInAnyOrder("g1", "g3");
  }

  @Test
  @DisplayName("residents: a golden record naming an unknown source record saves nothing")
  void residentsUnknownRecord() {
    SourceRecord r1 = record("r1", "hukou", "王五", "");
    GoldenResident ok = golden("ok", "王五", "", "r1");
    GoldenResident bad = golden("bad", "赵六", "", "r404");
    assertThatThrownBy(() -> store.residents().save(List.of(ok, bad), List.of(r1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("r404");
    assertThat(store.residents().count(ALL)).isZero();
    assertThat(store.residents().record(ALL, "r1")).isEmpty();
  }

  // ---------------------------------------------------------------- cases

  @Test
  @DisplayName("cases: appended entries read back exactly, offsets and nanoseconds included")
  void appendAndRead() {
    GridCode grid = someGrids().get(0);
    CaseEntry open = opened("c-1", grid, T0.plusNanos(123_456_789), "dept-fire");
    CaseEntry join = joined(open, 2, T0.plusMinutes(3));
    CaseEntry accept =
        moved(
            join,
            3,
            T0.withOffsetSameInstant(ZoneOffset.UTC).plusMinutes(9),
            CaseState.ACCEPTED,
            Optional.of("m-7"));
    store.cases().append(CaseAppend.of(0, open));
    store.cases().append(CaseAppend.of(1, join, accept));
    assertThat(store.cases().history("c-1")).containsExactly(open, join, accept);
    assertThat(store.cases().lastSequence("c-1")).isEqualTo(3);
    assertThat(store.cases().lastSequence("c-unknown")).isZero();
    assertThat(store.cases().lastSequences(List.of("c-1", "c-unknown", "c-1")))
        .containsExactly(java.util.Map.entry("c-1", 3L));
    assertThat(store.cases().history("c-unknown")).isEmpty();
    Page<CaseSummary> page =
        store.cases().query(Scope.everything("test"), CaseQuery.all(), PageRequest.first(10));
    assertThat(page.items()).containsExactly(CaseSummary.of(List.of(open, join, accept)));
    assertThat(page.next()).isEmpty();
  }

  @Test
  @DisplayName("cases: sending an append again after it landed changes nothing")
  void idempotentAppend() {
    GridCode grid = someGrids().get(0);
    CaseEntry open = opened("c-2", grid, T0, "");
    CaseEntry accept = moved(open, 2, T0.plusMinutes(1), CaseState.ACCEPTED, Optional.of("m-1"));
    store.cases().append(CaseAppend.of(0, open, accept));
    store.cases().append(CaseAppend.of(0, open, accept));
    store.cases().append(CaseAppend.of(1, accept));
    store.cases().appendAll(List.of(CaseAppend.of(0, open)));
    assertThat(store.cases().history("c-2")).containsExactly(open, accept);
  }

  @Test
  @DisplayName("cases: a conflicting append is refused and changes nothing")
  void conflictingAppend() {
    GridCode grid = someGrids().get(0);
    CaseEntry open = opened("c-3", grid, T0, "");
    store.cases().append(CaseAppend.of(0, open));
    // Two writers both read sequence 1; the first wins.
    CaseEntry mine = moved(open, 2, T0.plusMinutes(1), CaseState.ACCEPTED, Optional.of("m-1"));
    CaseEntry theirs = moved(open, 2, T0.plusMinutes(2), CaseState.ACCEPTED, Optional.of("m-2"));
    store.cases().append(CaseAppend.of(1, mine));
    assertThatThrownBy(() -> store.cases().append(CaseAppend.of(1, theirs)))
        .isInstanceOfSatisfying(
            AppendConflictException.class,
            e -> {
              assertThat(e.caseId()).isEqualTo("c-3");
              assertThat(e.expected()).isEqualTo(1);
              assertThat(e.actual()).isEqualTo(2);
            });
    // Expecting a longer log than there is is refused too.
    CaseEntry far = moved(mine, 5, T0.plusMinutes(3), CaseState.CLOSED, Optional.empty());
    assertThatThrownBy(() -> store.cases().append(CaseAppend.of(4, far)))
        .isInstanceOf(AppendConflictException.class);
    // A new case that someone else opened first.
    assertThatThrownBy(() -> store.cases().append(CaseAppend.of(0, opened("c-3", grid, T0, "x"))))
        .isInstanceOf(AppendConflictException.class);
    assertThat(store.cases().history("c-3")).containsExactly(open, mine);
  }

  @Test
  @DisplayName("cases: a batch with one conflict writes nothing; one case twice is refused")
  void batchAllOrNothing() {
    List<GridCode> grids = someGrids();
    CaseEntry a = opened("b-a", grids.get(0), T0, "");
    store.cases().append(CaseAppend.of(0, a));
    CaseEntry b = opened("b-b", grids.get(1), T0, "");
    CaseEntry c = opened("b-c", grids.get(0), T0, "");
    // Another writer's opening of b-a, which is already open: a conflict.
    CaseEntry staleA = opened("b-a", grids.get(2), T0.plusMinutes(1), "police");
    assertThatThrownBy(
            () ->
                store
                    .cases()
                    .appendAll(
                        List.of(
                            CaseAppend.of(0, b), CaseAppend.of(0, staleA), CaseAppend.of(0, c))))
        .isInstanceOf(AppendConflictException.class);
    assertThat(store.cases().history("b-b")).isEmpty();
    assertThat(store.cases().history("b-c")).isEmpty();
    assertThat(store.cases().history("b-a")).containsExactly(a);
    assertThatThrownBy(
            () -> store.cases().appendAll(List.of(CaseAppend.of(0, b), CaseAppend.of(0, b))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.cases().history("b-b")).isEmpty();
    List<CaseAppend> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(
          CaseAppend.of(
              0, opened("bulk-" + i, grids.get(i % grids.size()), T0.plusSeconds(i), "")));
    }
    store.cases().appendAll(batch);
    assertThat(store.cases().count(Scope.everything("test"), CaseQuery.all())).isEqualTo(1001);
  }

  @Test
  @DisplayName("cases: two writers interleaved at random lose nothing and write no gap (seeded)")
  void randomInterleavings() {
    SplittableRandom random = new SplittableRandom(seed());
    List<GridCode> grids = someGrids();
    Map<String, List<CaseEntry>> acknowledged = new HashMap<>();
    int cases = 12;
    for (int i = 0; i < cases; i++) {
      CaseEntry open = opened("iv-" + i, grids.get(i % grids.size()), T0.plusMinutes(i), "");
      store.cases().append(CaseAppend.of(0, open));
      acknowledged.put(open.caseId(), new ArrayList<>(List.of(open)));
    }
    // Each step, both writers read a case's end, then append in a random order: the second
    // always conflicts, re-reads and retries, as a real writer would.
    for (int step = 0; step < 200; step++) {
      String caseId = "iv-" + random.nextInt(cases);
      long seenByA = store.cases().lastSequence(caseId);
      long seenByB = store.cases().lastSequence(caseId);
      boolean aFirst = random.nextBoolean();
      for (int turn = 0; turn < 2; turn++) {
        String writer = (turn == 0) == aFirst ? "A" : "B";
        long seen = writer.equals("A") ? seenByA : seenByB;
        List<CaseEntry> log = store.cases().history(caseId);
        CaseEntry last = log.get(log.size() - 1);
        CaseEntry next = note(caseId, seen + 1, last, writer + step);
        try {
          store.cases().append(CaseAppend.of(seen, next));
          acknowledged.computeIfAbsent(caseId, k -> new ArrayList<>()).add(next);
        } catch (AppendConflictException e) {
          assertThat(turn).as("seed %d step %d: the first writer conflicted", seed(), step).isOne();
          long now = store.cases().lastSequence(caseId);
          CaseEntry retry =
              note(
                  caseId, now + 1, store.cases().history(caseId).get((int) now - 1), writer + step);
          store.cases().append(CaseAppend.of(now, retry));
          acknowledged.computeIfAbsent(caseId, k -> new ArrayList<>()).add(retry);
        }
      }
    }
    for (var e : acknowledged.entrySet()) {
      assertThat(store.cases().history(e.getKey())).as("seed %d", seed()).isEqualTo(e.getValue());
    }
  }

  @Test
  @DisplayName("cases: two threads appending with retries lose nothing")
  void concurrentWriters() throws Exception {
    List<GridCode> grids = someGrids();
    CaseEntry open = opened("race", grids.get(0), T0, "");
    store.cases().append(CaseAppend.of(0, open));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (String writer : List.of("A", "B")) {
        done.add(
            pool.submit(
                () -> {
                  int appended = 0;
                  while (appended < 50) {
                    long last = store.cases().lastSequence("race");
                    CaseEntry prev = store.cases().history("race").get((int) last - 1);
                    try {
                      store
                          .cases()
                          .append(
                              CaseAppend.of(last, note("race", last + 1, prev, writer + appended)));
                      appended++;
                    } catch (AppendConflictException e) {
                      // Lost the race: read again.
                    }
                  }
                  return appended;
                }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(50);
      }
    } finally {
      pool.shutdownNow();
    }
    ImmutableList<CaseEntry> log = store.cases().history("race");
    assertThat(log).hasSize(101);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).sequence()).isEqualTo(i + 1);
    }
    assertThat(log.stream().filter(e -> e.actor().startsWith("A"))).hasSize(50);
  }

  @Test
  @DisplayName("cases: queries filter, scope and page exactly like the reference (seeded)")
  void queries() {
    SplittableRandom random = new SplittableRandom(seed());
    List<GridCode> grids = someGrids();
    List<String> departments = List.of("fire", "police", "health", "water");
    List<List<CaseEntry>> logs = new ArrayList<>();
    List<CaseAppend> batch = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      GridCode grid = grids.get(random.nextInt(grids.size()));
      // Several cases open at one instant, so the order's tie-break on the id is checked.
      OffsetDateTime at =
          T0.plusMinutes(random.nextInt(40))
              .withOffsetSameInstant(random.nextBoolean() ? CHINA : ZoneOffset.UTC);
      String dept =
          random.nextInt(4) == 0 ? "" : departments.get(random.nextInt(departments.size()));
      List<CaseEntry> log = new ArrayList<>();
      log.add(opened(String.format("q-%03d", 149 - i), grid, at, dept));
      if (random.nextBoolean()) {
        log.add(
            moved(
                log.get(0),
                2,
                at.plusMinutes(5),
                CaseState.ACCEPTED,
                Optional.of("m-" + random.nextInt(5))));
        if (random.nextBoolean()) {
          log.add(
              moved(log.get(1), 3, at.plusMinutes(50), CaseState.RESOLVED, log.get(1).assignee()));
        }
      }
      logs.add(log);
      batch.add(new CaseAppend(log.get(0).caseId(), 0, ImmutableList.copyOf(log)));
    }
    store.cases().appendAll(batch);
    List<CaseSummary> all = logs.stream().map(CaseSummary::of).toList();
    GridTree tree = SampleCommunities.urban();
    GridCode general =
        tree.grids().stream()
            .filter(g -> g.code().level().name().equals("GENERAL"))
            .findFirst()
            .orElseThrow()
            .code();
    List<Scope> scopes =
        List.of(
            Scope.everything("test"),
            Scope.grids(List.of(general)),
            Scope.grids(List.of(grids.get(0), grids.get(grids.size() - 1))),
            Scope.departments(List.of("fire")),
            Scope.departments(List.of("police", "water")));
    List<CaseQuery> queries =
        List.of(
            CaseQuery.all(),
            CaseQuery.builder().state(CaseState.ACCEPTED).build(),
            CaseQuery.builder().grid(general).build(),
            CaseQuery.builder().grid(grids.get(1)).state(CaseState.REPORTED).build(),
            CaseQuery.builder().assignee("m-2").build(),
            CaseQuery.builder().department("health").build(),
            CaseQuery.builder()
                .openedFrom(T0.plusMinutes(10).toInstant())
                .openedBefore(T0.plusMinutes(20).toInstant())
                .build(),
            CaseQuery.builder().openedFrom(Instant.parse("2030-01-01T00:00:00Z")).build());
    Comparator<CaseSummary> order =
        Comparator.comparing((CaseSummary c) -> c.openedAt().toInstant())
            .thenComparing(CaseSummary::caseId);
    for (Scope scope : scopes) {
      for (CaseQuery query : queries) {
        List<CaseSummary> expected =
            all.stream().filter(c -> scope.permits(c) && query.matches(c)).sorted(order).toList();
        int limit = 1 + random.nextInt(17);
        List<CaseSummary> got = new ArrayList<>();
        PageRequest page = PageRequest.first(limit);
        while (true) {
          Page<CaseSummary> p = store.cases().query(scope, query, page);
          assertThat(p.items().size()).isLessThanOrEqualTo(limit);
          got.addAll(p.items());
          if (p.next().isEmpty()) {
            break;
          }
          page = page.after(p.next().get());
          assertThat(got.size()).as("paging ends").isLessThanOrEqualTo(expected.size());
        }
        assertThat(got).as("scope %s, query %s, page %d", scope, query, limit).isEqualTo(expected);
        assertThat(store.cases().count(scope, query)).isEqualTo(expected.size());
      }
    }
    assertThatThrownBy(
            () ->
                store
                    .cases()
                    .query(
                        Scope.everything("test"),
                        CaseQuery.all(),
                        PageRequest.first(5).after("nonsense")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- access

  @Test
  @DisplayName("access: a micro-grid member reads their grid's residents, never a neighbour's")
  void accessNeighbouringGrid() {
    Neighbours n = neighbours();
    GoldenResident a = placed(golden("a", "张三", "510104199001011234", "ra"), n.microA());
    GoldenResident b = placed(golden("b", "李四", "510104199202022345", "rb"), n.microB());
    GoldenResident nowhere = golden("z", "王五", "510104199303033456", "rz");
    store
        .residents()
        .save(
            List.of(a, b, nowhere),
            List.of(
                record("ra", "hukou", "张三", "510104199001011234"),
                record("rb", "hukou", "李四", "510104199202022345"),
                record("rz", "hukou", "王五", "510104199303033456")));
    Scope member = AccessPolicy.defaults().scope(memberOf("M-A", n.microA()), TODAY);

    assertThat(store.residents().resident(member, "a")).contains(a);
    assertThat(store.residents().resident(member, "b")).isEmpty();
    assertThat(store.residents().byRecord(member, "rb")).isEmpty();
    assertThat(store.residents().record(member, "rb")).isEmpty();
    assertThat(store.residents().byIdNumber(member, "510104199202022345")).isEmpty();
    assertThat(store.residents().resident(member, "z")).as("placed in no grid").isEmpty();
    assertThat(store.residents().list(member, PageRequest.first(10)).items()).containsExactly(a);
    assertThat(store.residents().count(member)).isEqualTo(1);

    Scope staff = AccessPolicy.defaults().scope(memberOf("M-G", n.general()), TODAY);
    assertThat(store.residents().list(staff, PageRequest.first(10)).items()).containsExactly(a, b);
    Scope community =
        AccessPolicy.defaults().scope(Caller.community(n.general().community()), TODAY);
    assertThat(store.residents().count(community)).isEqualTo(2);
    assertThat(store.residents().count(ALL)).isEqualTo(3);
  }

  @Test
  @DisplayName("access: special-group fields are shown only where the policy grants them")
  void accessSpecialGroups() {
    Neighbours n = neighbours();
    ImmutableMap<String, FieldValue> fields =
        ImmutableMap.of(
            "name", new FieldValue("赵六", "hukou", "rs"),
            "special_groups", new FieldValue("elderly_alone", "civil-affairs", "rs"),
            "disability", new FieldValue("visual, grade 2", "disability-fed", "rs"));
    GoldenResident s =
        new GoldenResident("s", fields, ImmutableList.of("rs"), Optional.of(n.microA()));
    SourceRecord rs =
        new SourceRecord(
            "rs",
            "civil-affairs",
            ImmutableMap.of("name", "赵六", "special_groups", "elderly_alone"));
    store.residents().save(List.of(s), List.of(rs));
    Caller member = memberOf("M-A", n.microA());

    Scope plain = AccessPolicy.defaults().scope(member, TODAY);
    assertThat(store.residents().resident(plain, "s").orElseThrow().fields())
        .containsOnlyKeys("name");
    assertThat(store.residents().record(plain, "rs").orElseThrow().fields())
        .containsOnlyKeys("name");
    assertThat(store.residents().list(plain, PageRequest.first(5)).items().get(0).fields())
        .containsOnlyKeys("name");

    Scope granted =
        AccessPolicy.grantingSpecialGroups(List.of(AccessPolicy.Role.MICRO_GRID_MEMBER))
            .scope(member, TODAY);
    assertThat(store.residents().resident(granted, "s")).contains(s);
    assertThat(store.residents().record(granted, "rs")).contains(rs);
    Scope office = AccessPolicy.defaults().scope(Caller.community(n.general().community()), TODAY);
    assertThat(store.residents().resident(office, "s")).contains(s);
  }

  @Test
  @DisplayName("access: a department reads only the cases routed to it, and no resident")
  void accessDepartment() {
    Neighbours n = neighbours();
    CaseEntry fire = opened("dep-fire", n.microA(), T0, "fire");
    CaseEntry police = opened("dep-police", n.microA(), T0.plusMinutes(1), "police");
    CaseEntry none = opened("dep-none", n.microB(), T0.plusMinutes(2), "");
    store
        .cases()
        .appendAll(
            List.of(CaseAppend.of(0, fire), CaseAppend.of(0, police), CaseAppend.of(0, none)));
    store
        .residents()
        .save(
            List.of(placed(golden("a", "张三", "", "ra"), n.microA())),
            List.of(record("ra", "hukou", "张三", "")));
    Scope department = AccessPolicy.defaults().scope(Caller.department("fire"), TODAY);

    assertThat(store.cases().query(department, CaseQuery.all(), PageRequest.first(10)).items())
        .extracting(CaseSummary::caseId)
        .containsExactly("dep-fire");
    assertThat(store.cases().count(department, CaseQuery.all())).isEqualTo(1);
    assertThat(store.cases().history(department, "dep-fire")).containsExactly(fire);
    assertThat(store.cases().history(department, "dep-police")).isEmpty();
    assertThat(store.cases().history(department, "dep-none")).isEmpty();
    assertThat(
            store
                .cases()
                .query(
                    department,
                    CaseQuery.builder().department("police").build(),
                    PageRequest.first(10))
                .items())
        .as("a filter cannot widen the scope")
        .isEmpty();
    assertThat(store.residents().resident(department, "a")).isEmpty();
    assertThat(store.residents().count(department)).isZero();
  }

  @Test
  @DisplayName("access: a member whose active_until has passed sees nothing")
  void accessDepartedMember() {
    Neighbours n = neighbours();
    store.cases().append(CaseAppend.of(0, opened("left-1", n.microA(), T0, "fire")));
    store
        .residents()
        .save(
            List.of(placed(golden("a", "张三", "510104199001011234", "ra"), n.microA())),
            List.of(record("ra", "hukou", "张三", "510104199001011234")));
    Caller departed =
        new Caller.Member(
            "M-LEFT",
            com.google.common.collect.ImmutableSortedSet.of(n.microA()),
            Optional.empty(),
            Optional.of(TODAY.minusDays(1)));
    Scope scope = AccessPolicy.defaults().scope(departed, TODAY);

    assertThat(scope.kind()).isEqualTo(Scope.Kind.NOTHING);
    assertThat(scope.caller()).isEqualTo("member:M-LEFT");
    assertThat(store.cases().query(scope, CaseQuery.all(), PageRequest.first(10)).items())
        .isEmpty();
    assertThat(store.cases().count(scope, CaseQuery.all())).isZero();
    assertThat(store.cases().history(scope, "left-1")).isEmpty();
    assertThat(store.residents().resident(scope, "a")).isEmpty();
    assertThat(store.residents().byIdNumber(scope, "510104199001011234")).isEmpty();
    assertThat(store.residents().record(scope, "ra")).isEmpty();
    assertThat(store.residents().list(scope, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.residents().count(scope)).isZero();
    // The same member, on their last day, still sees their grid.
    assertThat(AccessPolicy.defaults().scope(departed, TODAY.minusDays(1)).kind())
        .isEqualTo(Scope.Kind.GRIDS);
  }

  @Test
  @DisplayName("access: paging cannot leak past the scope, whatever cursor is given (seeded)")
  void accessPaging() {
    SplittableRandom random = new SplittableRandom(seed() ^ 0x5C0FEL);
    Neighbours n = neighbours();
    List<GridCode> grids = List.of(n.microA(), n.microB(), someGrids().get(someGrids().size() - 1));
    List<GoldenResident> golden = new ArrayList<>();
    List<SourceRecord> sources = new ArrayList<>();
    List<CaseAppend> cases = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String id = String.format("p-%02d", i);
      GridCode grid = grids.get(random.nextInt(grids.size()));
      sources.add(record("r" + id, "hukou", "居民" + i, ""));
      GoldenResident g = golden(id, "居民" + i, "", "r" + id);
      golden.add(random.nextInt(6) == 0 ? g : placed(g, grid));
      cases.add(
          CaseAppend.of(
              0,
              opened(
                  "c" + id,
                  grid,
                  T0.plusMinutes(random.nextInt(30)),
                  random.nextBoolean() ? "fire" : "police")));
    }
    store.residents().save(golden, sources);
    store.cases().appendAll(cases);
    List<Scope> scopes =
        List.of(
            AccessPolicy.defaults().scope(memberOf("M-A", n.microA()), TODAY),
            AccessPolicy.defaults().scope(memberOf("M-G", n.general()), TODAY),
            AccessPolicy.defaults().scope(Caller.department("fire"), TODAY),
            Scope.nothing("member:M-LEFT", "left"));
    // Cursors taken under a scope over everything, at every place of the listing.
    List<String> residentCursors = new ArrayList<>();
    List<String> caseCursors = new ArrayList<>();
    PageRequest rp = PageRequest.first(1 + random.nextInt(4));
    for (Page<GoldenResident> p = store.residents().list(ALL, rp);
        p.next().isPresent();
        p = store.residents().list(ALL, rp)) {
      residentCursors.add(p.next().get());
      rp = rp.after(p.next().get());
    }
    PageRequest cp = PageRequest.first(1 + random.nextInt(4));
    for (Page<CaseSummary> p = store.cases().query(ALL, CaseQuery.all(), cp);
        p.next().isPresent();
        p = store.cases().query(ALL, CaseQuery.all(), cp)) {
      caseCursors.add(p.next().get());
      cp = cp.after(p.next().get());
    }
    assertThat(residentCursors).isNotEmpty();
    assertThat(caseCursors).isNotEmpty();
    for (Scope scope : scopes) {
      List<GoldenResident> expected =
          golden.stream()
              .filter(scope::permits)
              .sorted(Comparator.comparing(GoldenResident::residentId))
              .toList();
      List<GoldenResident> got = new ArrayList<>();
      PageRequest page = PageRequest.first(1 + random.nextInt(7));
      while (true) {
        Page<GoldenResident> p = store.residents().list(scope, page);
        got.addAll(p.items());
        if (p.next().isEmpty()) {
          break;
        }
        page = page.after(p.next().get());
        assertThat(got.size()).as("paging ends").isLessThanOrEqualTo(expected.size());
      }
      assertThat(got).as("scope %s", scope).isEqualTo(expected);
      assertThat(store.residents().count(scope)).isEqualTo(expected.size());
      for (String cursor : residentCursors) {
        assertThat(store.residents().list(scope, PageRequest.first(100).after(cursor)).items())
            .as("scope %s after a wider scope's cursor", scope)
            .allMatch(scope::permits);
      }
      for (String cursor : caseCursors) {
        assertThat(
                store
                    .cases()
                    .query(scope, CaseQuery.all(), PageRequest.first(100).after(cursor))
                    .items())
            .as("scope %s after a wider scope's cursor", scope)
            .allMatch(scope::permits);
      }
    }
    assertThatThrownBy(() -> store.residents().list(ALL, PageRequest.first(5).after("nonsense")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("audit: every read of sensitive fields leaves a record, listed within scope, paged")
  void auditOfReads() {
    Neighbours n = neighbours();
    store
        .residents()
        .save(
            List.of(
                placed(golden("a", "张三", "510104199001011234", "ra"), n.microA()),
                placed(golden("b", "李四", "510104199202022345", "rb"), n.microB()),
                placed(golden("p", "王五", "", "rp"), n.microA())),
            List.of(
                record("ra", "hukou", "张三", "510104199001011234"),
                record("rb", "hukou", "李四", "510104199202022345"),
                record("rp", "hukou", "王五", "")));
    Scope memberA = AccessPolicy.defaults().scope(memberOf("M-A", n.microA()), TODAY);
    Scope memberB = AccessPolicy.defaults().scope(memberOf("M-B", n.microB()), TODAY);
    assertThat(store.reads().count(ALL)).isZero();

    store.residents().resident(memberA, "a");
    store.residents().resident(memberA, "p"); // no sensitive field: nothing to audit
    store.residents().resident(memberA, "b"); // outside the scope: nothing was read
    store.residents().byIdNumber(memberB, "510104199202022345");
    store.residents().record(memberA, "ra");
    store.residents().list(memberA, PageRequest.first(10));

    List<ReadRecord> all = new ArrayList<>();
    PageRequest page = PageRequest.first(1);
    while (true) {
      Page<ReadRecord> p = store.reads().list(ALL, page);
      all.addAll(p.items());
      if (p.next().isEmpty()) {
        break;
      }
      page = page.after(p.next().get());
      assertThat(all.size()).as("paging ends").isLessThanOrEqualTo(10);
    }
    assertThat(all)
        .extracting(ReadRecord::subject)
        .containsExactly("resident a", "resident b", "record ra", "resident a");
    ReadRecord first = all.get(0);
    assertThat(first.caller()).isEqualTo("member:M-A");
    assertThat(first.reason()).isNotBlank().isEqualTo(memberA.reason());
    assertThat(first.fields()).containsExactly(GoldenResident.ID_NUMBER);
    assertThat(first.grid()).contains(n.microA());
    assertThat(all.get(1).caller()).isEqualTo("member:M-B");
    assertThat(store.reads().count(ALL)).isEqualTo(4);
    assertThat(store.reads().list(memberA, PageRequest.first(10)).items())
        .extracting(ReadRecord::subject)
        .containsExactly("resident a", "record ra", "resident a");
    assertThat(store.reads().count(memberB)).isEqualTo(1);
    Scope department = AccessPolicy.defaults().scope(Caller.department("fire"), TODAY);
    assertThat(store.reads().list(department, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.reads().count(department)).isZero();
    assertThatThrownBy(() -> store.reads().list(ALL, PageRequest.first(5).after("nonsense")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("retention: people who left are removed or anonymised once kept long enough")
  void retention() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    List<GoldenResident> golden = new ArrayList<>();
    List<SourceRecord> sources = new ArrayList<>();
    // id, status, since: kept (lives here), kept (moved 6 months ago), expired (moved 2 years
    // ago), expired (died 4 years ago), kept (died 1 year ago), kept (a day nobody can read).
    String[][] people = {
      {"live", "", ""},
      {"moved-new", "moved_away", "2025-09-01"},
      {"moved-old", "moved_away", "2024-01-15"},
      {"dead-old", "deceased", "2022-02-01"},
      {"dead-new", "deceased", "2025-03-01"},
      {"moved-what", "moved_away", "last spring"}
    };
    for (String[] p : people) {
      sources.add(record("r-" + p[0], "hukou", "居民", "510104199001011234"));
      ImmutableMap.Builder<String, FieldValue> f = ImmutableMap.builder();
      f.put("name", new FieldValue("居民", "hukou", "r-" + p[0]));
      f.put(GoldenResident.ID_NUMBER, new FieldValue("510104199001011234", "hukou", "r-" + p[0]));
      if (!p[1].isEmpty()) {
        f.put(Retention.STATUS, new FieldValue(p[1], "civil-affairs", "r-" + p[0]));
        f.put(Retention.STATUS_SINCE, new FieldValue(p[2], "civil-affairs", "r-" + p[0]));
      }
      golden.add(
          new GoldenResident(
              p[0],
              f.buildOrThrow(),
              ImmutableList.of("r-" + p[0]),
              Optional.of(someGrids().get(0))));
    }
    store.residents().save(golden, sources);
    RetentionPolicy remove =
        new RetentionPolicy(
            java.time.Period.ofYears(1),
            java.time.Period.ofYears(3),
            RetentionPolicy.Action.REMOVE);

    Retention.Report dry = Retention.apply(store, remove, today, true);
    assertThat(dry.examined()).isEqualTo(6);
    assertThat(dry.actions())
        .extracting(Retention.Action::residentId, Retention.Action::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dead-old", Retention.Outcome.REMOVED),
            org.assertj.core.groups.Tuple.tuple("moved-old", Retention.Outcome.REMOVED),
            org.assertj.core.groups.Tuple.tuple(
                "moved-what", Retention.Outcome.KEPT_UNREADABLE_DATE));
    assertThat(dry.actions().get(1).expiredOn()).contains(LocalDate.of(2025, 1, 15));
    assertThat(store.residents().count(ALL)).as("a dry run changes nothing").isEqualTo(6);

    RetentionPolicy anonymise =
        new RetentionPolicy(
            java.time.Period.ofYears(1),
            java.time.Period.ofYears(3),
            RetentionPolicy.Action.ANONYMISE);
    Retention.Report anon = Retention.apply(store, anonymise, today, false);
    assertThat(anon.count(Retention.Outcome.ANONYMISED)).isEqualTo(2);
    GoldenResident gone = store.residents().resident(ALL, "moved-old").orElseThrow();
    assertThat(gone.fields()).containsOnlyKeys(Retention.STATUS, Retention.STATUS_SINCE);
    assertThat(gone.grid()).contains(someGrids().get(0));
    assertThat(store.residents().record(ALL, "r-moved-old").orElseThrow().fields()).isEmpty();
    assertThat(store.residents().byIdNumber(ALL, "510104199001011234"))
        .extracting(GoldenResident::residentId)
        .containsExactly("dead-new", "live", "moved-new", "moved-what");

    Retention.Report removed = Retention.apply(store, remove, today, false);
    assertThat(removed.count(Retention.Outcome.REMOVED)).isEqualTo(2);
    assertThat(store.residents().resident(ALL, "dead-old")).isEmpty();
    assertThat(store.residents().record(ALL, "r-dead-old")).isEmpty();
    assertThat(store.residents().byRecord(ALL, "r-moved-old")).isEmpty();
    assertThat(store.residents().count(ALL)).isEqualTo(4);
    assertThat(store.residents().resident(ALL, "moved-new")).isPresent();
  }

  /** A general grid of the urban sample and two micro grids inside it. */
  private record Neighbours(GridCode general, GridCode microA, GridCode microB) {}

  private static Neighbours neighbours() {
    GridTree tree = SampleCommunities.urban();
    for (Grid g : tree.grids()) {
      if (g.code().level().name().equals("GENERAL")) {
        List<GridCode> micro =
            tree.children(g.code()).stream()
                .map(Grid::code)
                .filter(c -> c.level().name().equals("MICRO"))
                .sorted()
                .toList();
        if (micro.size() >= 2) {
          return new Neighbours(g.code(), micro.get(0), micro.get(1));
        }
      }
    }
    throw new IllegalStateException("the urban sample has no general grid of two micro grids");
  }

  private static Caller memberOf(String id, GridCode grid) {
    return new Caller.Member(
        id,
        com.google.common.collect.ImmutableSortedSet.of(grid),
        Optional.of(TODAY.minusYears(1)),
        Optional.empty());
  }

  private static GoldenResident placed(GoldenResident g, GridCode grid) {
    return g.inGrid(grid);
  }

  // ---------------------------------------------------------------- dead letters, deliveries

  @Test
  @DisplayName("dead letters: kept exactly, once per id, listed oldest first page by page")
  void deadLetters() {
    Instant t = Instant.parse("2026-03-01T08:00:00.123Z");
    List<DeadLetter> letters = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // Two letters share each millisecond: the id breaks the tie.
      letters.add(letter("c-" + i + "/assigned/member:M" + i + "@robot", t.plusMillis(i / 2)));
    }
    for (DeadLetter d : Lists.reverse(letters)) {
      store.deadLetters().add(d);
    }
    DeadLetter first = letters.get(0);
    store.deadLetters().add(first); // again: nothing changes
    store
        .deadLetters()
        .add(
            new DeadLetter(
                first.id(), t, "other", "robot", "member:X", "assigned", 9, "other", "{}"));
    assertThat(store.deadLetters().count()).isEqualTo(7);
    assertThat(store.deadLetters().get(first.id())).contains(first);
    assertThat(store.deadLetters().get("nobody")).isEmpty();

    List<DeadLetter> listed = new ArrayList<>();
    PageRequest page = PageRequest.first(3);
    while (true) {
      Page<DeadLetter> p = store.deadLetters().list(page);
      assertThat(p.items().size()).isLessThanOrEqualTo(3);
      listed.addAll(p.items());
      if (p.next().isEmpty()) {
        break;
      }
      page = page.after(p.next().get());
    }
    List<DeadLetter> expected = new ArrayList<>(letters);
    expected.sort(Comparator.comparing(DeadLetter::at).thenComparing(DeadLetter::id));
    assertThat(listed).containsExactlyElementsOf(expected);

    assertThat(store.deadLetters().remove(first.id())).isTrue();
    assertThat(store.deadLetters().remove(first.id())).isFalse();
    assertThat(store.deadLetters().count()).isEqualTo(6);
    assertThatThrownBy(() -> store.deadLetters().list(PageRequest.first(2).after("nonsense")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("deliveries: a case's records read back exactly, in time order, once per notifier")
  void deliveries() {
    Instant t = Instant.parse("2026-03-01T08:00:00.5Z");
    Delivery late =
        new Delivery(
            "c-1/escalated/office:510107011005",
            "c-1",
            t.plusSeconds(60),
            "robot",
            "office:510107011005",
            "escalated",
            Delivery.Outcome.FAILED,
            4,
            "HTTP 500 from the robot");
    Delivery early =
        new Delivery(
            "c-1/assigned/member:M1",
            "c-1",
            t,
            "robot",
            "member:M1",
            "assigned",
            Delivery.Outcome.DELIVERED,
            1,
            "");
    Delivery sameByLog =
        new Delivery(
            "c-1/assigned/member:M1",
            "c-1",
            t,
            "log",
            "member:M1",
            "assigned",
            Delivery.Outcome.DELIVERED,
            1,
            "");
    Delivery other =
        new Delivery(
            "c-2/assigned/member:M2",
            "c-2",
            t,
            "robot",
            "member:M2",
            "assigned",
            Delivery.Outcome.DELIVERED,
            2,
            "");
    store.deliveries().record(late);
    store.deliveries().record(early);
    store.deliveries().record(sameByLog);
    store.deliveries().record(other);
    store.deliveries().record(early); // again: nothing changes
    assertThat(store.deliveries().history("c-1")).containsExactly(sameByLog, early, late);
    assertThat(store.deliveries().history("c-2")).containsExactly(other);
    assertThat(store.deliveries().history("c-3")).isEmpty();
  }

  private static DeadLetter letter(String id, Instant at) {
    String caseId = id.substring(0, id.indexOf('/'));
    return new DeadLetter(
        id,
        at,
        caseId,
        "robot",
        "member:M1",
        "assigned",
        4,
        "HTTP 500: 系统繁忙",
        "{\"case_id\":\"" + caseId + "\",\"text\":\"火情 fire\"}");
  }

  // ---------------------------------------------------------------- lifecycle

  @Test
  @DisplayName("a closed store refuses use; closing twice does nothing")
  void closed() {
    store.close();
    store.close();
    assertThatThrownBy(() -> store.cases().lastSequence("x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.trees().versions()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.residents().count(ALL))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.deadLetters().count()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.deliveries().history("x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a durable store finds everything again after it is closed and reopened")
  void durable() {
    GridTree rural = SampleCommunities.rural();
    TreeVersion v = store.trees().save(rural, LocalDate.of(2026, 1, 1), "before closing");
    CaseEntry open = opened("d-1", someGrids().get(0), T0, "fire");
    store.cases().append(CaseAppend.of(0, open));
    SourceRecord r = record("d-r", "hukou", "周八", "");
    GoldenResident g = golden("d-g", "周八", "", "d-r");
    store.residents().save(List.of(g), List.of(r));
    DeadLetter letter = letter("d-1/assigned/member:M1@robot", T0.toInstant());
    store.deadLetters().add(letter);
    store.close();
    Optional<GridStore> reopened = reopenStore();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        reopened.isPresent(), "this store keeps nothing once closed");
    store = reopened.get();
    assertThat(store.trees().versions()).containsExactly(v);
    assertSameTree(store.trees().load(v), rural);
    assertThat(store.cases().history("d-1")).containsExactly(open);
    assertThat(store.residents().byRecord(ALL, "d-r")).contains(g);
    assertThat(store.deadLetters().get(letter.id())).contains(letter);
  }

  // ---------------------------------------------------------------- helpers

  /** Asserts two trees are the same, by their JSON documents (the model's exact form). */
  protected static void assertSameTree(GridTree actual, GridTree expected) {
    assertThat(GridJson.write(actual)).isEqualTo(GridJson.write(expected));
  }

  /** Micro and general grids of the bundled urban sample, in code order. */
  protected static List<GridCode> someGrids() {
    return SampleCommunities.urban().grids().stream()
        .map(Grid::code)
        .filter(c -> c.level().name().equals("MICRO"))
        .sorted()
        .limit(12)
        .toList();
  }

  /** The entry that opens a case. */
  protected static CaseEntry opened(String caseId, GridCode grid, OffsetDateTime at, String dept) {
    return new CaseEntry(
        caseId,
        1,
        at,
        CaseEntry.Kind.OPENED,
        "system",
        CaseState.REPORTED,
        grid,
        Optional.empty(),
        dept.isEmpty() ? ImmutableList.of() : ImmutableList.of(dept),
        "{\"type\":\"open\",\"case\":\"" + caseId + "\"}");
  }

  private static CaseEntry joined(CaseEntry prev, long seq, OffsetDateTime at) {
    return new CaseEntry(
        prev.caseId(),
        seq,
        at,
        CaseEntry.Kind.JOINED,
        "system",
        prev.state(),
        prev.grid(),
        prev.assignee(),
        prev.departments(),
        "{\"type\":\"join\"}");
  }

  private static CaseEntry moved(
      CaseEntry prev, long seq, OffsetDateTime at, CaseState to, Optional<String> assignee) {
    return new CaseEntry(
        prev.caseId(),
        seq,
        at,
        CaseEntry.Kind.MOVED,
        assignee.orElse("system"),
        to,
        prev.grid(),
        assignee,
        prev.departments(),
        "{\"type\":\"move\",\"to\":\"" + to.code() + "\"}");
  }

  /** A move that only records a note by {@code actor}, keeping the standing. */
  private static CaseEntry note(String caseId, long seq, CaseEntry prev, String actor) {
    return new CaseEntry(
        caseId,
        seq,
        prev.at().plusSeconds(1),
        CaseEntry.Kind.MOVED,
        actor,
        prev.state(),
        prev.grid(),
        prev.assignee(),
        prev.departments(),
        "{\"note\":\"" + actor + "\"}");
  }

  private static SourceRecord record(String id, String source, String name, String idNumber) {
    ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
    fields.put("name", name);
    if (!idNumber.isEmpty()) {
      fields.put(GoldenResident.ID_NUMBER, idNumber);
    }
    return new SourceRecord(id, source, fields.buildOrThrow());
  }

  private static GoldenResident golden(String id, String name, String idNumber, String... records) {
    ImmutableMap.Builder<String, FieldValue> fields = ImmutableMap.builder();
    fields.put("name", new FieldValue(name, "hukou", records[0]));
    if (!idNumber.isEmpty()) {
      fields.put(GoldenResident.ID_NUMBER, new FieldValue(idNumber, "hukou", records[0]));
    }
    return new GoldenResident(id, fields.buildOrThrow(), ImmutableList.copyOf(records));
  }
}
