package org.gridgov.plugins.store.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.DeadLetters;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.DeliveryLog;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.ReadLog;
import org.gridgov.spi.store.ReadRecord;
import org.gridgov.spi.store.ResidentStore;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreException;
import org.gridgov.spi.store.TreeStore;
import org.gridgov.spi.store.TreeVersion;

/**
 * A store in memory. One lock guards everything: every method is then trivially one transaction,
 * which is what this store is for (the reference that the kit's tests are read against), not speed
 * under contention.
 */
final class MemoryStore implements GridStore {

  private final String url;
  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object lock = new Object();

  private final List<TreeVersion> versions = new ArrayList<>();
  private final Map<Long, GridTree> trees = new HashMap<>();

  private final Map<String, GoldenResident> residents = new HashMap<>();
  private final Map<String, SourceRecord> records = new HashMap<>();
  private final Map<String, String> residentOfRecord = new HashMap<>();
  private final List<ReadRecord> readRecords = new ArrayList<>();

  private final Map<String, List<CaseEntry>> logs = new LinkedHashMap<>();

  private final Map<String, DeadLetter> deadLetters = new HashMap<>();
  private final Map<String, Delivery> deliveries = new LinkedHashMap<>();

  private final Trees treeStore = new Trees();
  private final Letters letterStore = new Letters();
  private final Deliveries deliveryLog = new Deliveries();
  private final Residents residentStore = new Residents();
  private final Cases caseLog = new Cases();
  private final Reads readLog = new Reads();

  MemoryStore(String url) {
    this.url = url;
  }

  @Override
  public ReadLog reads() {
    open();
    return readLog;
  }

  @Override
  public TreeStore trees() {
    open();
    return treeStore;
  }

  @Override
  public ResidentStore residents() {
    open();
    return residentStore;
  }

  @Override
  public CaseLog cases() {
    open();
    return caseLog;
  }

  @Override
  public DeadLetters deadLetters() {
    open();
    return letterStore;
  }

  @Override
  public DeliveryLog deliveries() {
    open();
    return deliveryLog;
  }

  @Override
  public String describe() {
    return url + " (in memory)";
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      synchronized (lock) {
        versions.clear();
        trees.clear();
        residents.clear();
        records.clear();
        residentOfRecord.clear();
        logs.clear();
        deadLetters.clear();
        deliveries.clear();
      }
    }
  }

  private void open() {
    if (closed.get()) {
      throw new IllegalStateException("the store " + url + " is closed");
    }
  }

  private final class Trees implements TreeStore {
    @Override
    public TreeVersion save(GridTree tree, LocalDate effectiveFrom, String note) {
      requireNonNull(tree, "tree");
      requireNonNull(effectiveFrom, "effectiveFrom");
      requireNonNull(note, "note");
      ImmutableSortedSet<DivisionCode> communities =
          tree.communities().stream()
              .map(g -> g.code().community())
              .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
      if (communities.isEmpty()) {
        throw new StoreException("a tree without a community grid cannot be saved as a version");
      }
      synchronized (lock) {
        open();
        TreeVersion v =
            new TreeVersion(
                versions.size() + 1L,
                communities,
                effectiveFrom,
                Instant.now(clock),
                note,
                tree.grids().size(),
                tree.households().size(),
                tree.members().size(),
                tree.partyOrganizations().size());
        versions.add(v);
        trees.put(v.number(), tree);
        return v;
      }
    }

    @Override
    public Optional<TreeVersion> versionOn(DivisionCode community, LocalDate date) {
      requireNonNull(community, "community");
      requireNonNull(date, "date");
      synchronized (lock) {
        open();
        return versions.stream()
            .filter(v -> v.communities().contains(community) && !v.effectiveFrom().isAfter(date))
            .max(
                Comparator.comparing(TreeVersion::effectiveFrom)
                    .thenComparingLong(TreeVersion::number));
      }
    }

    @Override
    public ImmutableList<TreeVersion> versions() {
      synchronized (lock) {
        open();
        return ImmutableList.copyOf(versions);
      }
    }

    @Override
    public GridTree load(TreeVersion version) {
      requireNonNull(version, "version");
      synchronized (lock) {
        open();
        GridTree t = trees.get(version.number());
        if (t == null) {
          throw new StoreException("no version " + version.number() + " in " + url);
        }
        return t;
      }
    }
  }

  private final class Residents implements ResidentStore {
    @Override
    public void save(Collection<GoldenResident> golden, Collection<SourceRecord> sources) {
      requireNonNull(golden, "residents");
      requireNonNull(sources, "records");
      synchronized (lock) {
        open();
        Set<String> known = new HashSet<>(records.keySet());
        sources.forEach(r -> known.add(r.recordId()));
        for (GoldenResident g : golden) {
          for (String id : g.recordIds()) {
            if (!known.contains(id)) {
              throw new StoreException(
                  "golden record "
                      + g.residentId()
                      + " names source record "
                      + id
                      + ", which is neither given nor stored; nothing was saved");
            }
          }
        }
        sources.forEach(r -> records.put(r.recordId(), r));
        for (GoldenResident g : golden) {
          GoldenResident old = residents.put(g.residentId(), g);
          if (old != null) {
            old.recordIds().forEach(id -> residentOfRecord.remove(id, old.residentId()));
          }
          g.recordIds().forEach(id -> residentOfRecord.put(id, g.residentId()));
        }
      }
    }

    @Override
    public void remove(Collection<String> residentIds) {
      requireNonNull(residentIds, "residentIds");
      synchronized (lock) {
        open();
        for (String id : residentIds) {
          GoldenResident g = residents.remove(requireNonNull(id, "residentId"));
          if (g != null) {
            for (String recordId : g.recordIds()) {
              residentOfRecord.remove(recordId, id);
              records.remove(recordId);
            }
          }
        }
      }
    }

    @Override
    public Optional<GoldenResident> resident(Scope scope, String residentId) {
      requireNonNull(scope, "scope");
      requireNonNull(residentId, "residentId");
      synchronized (lock) {
        open();
        return Optional.ofNullable(residents.get(residentId))
            .flatMap(scope::show)
            .map(g -> audited(scope, g));
      }
    }

    @Override
    public Optional<GoldenResident> byRecord(Scope scope, String recordId) {
      requireNonNull(scope, "scope");
      requireNonNull(recordId, "recordId");
      synchronized (lock) {
        open();
        return Optional.ofNullable(residentOfRecord.get(recordId))
            .map(residents::get)
            .flatMap(scope::show)
            .map(g -> audited(scope, g));
      }
    }

    @Override
    public ImmutableList<GoldenResident> byIdNumber(Scope scope, String idNumber) {
      requireNonNull(scope, "scope");
      requireNonNull(idNumber, "idNumber");
      synchronized (lock) {
        open();
        return residents.values().stream()
            .filter(g -> g.value(GoldenResident.ID_NUMBER).equals(Optional.of(idNumber)))
            .sorted(Comparator.comparing(GoldenResident::residentId))
            .flatMap(g -> scope.show(g).stream())
            .map(g -> audited(scope, g))
            .collect(ImmutableList.toImmutableList());
      }
    }

    @Override
    public Optional<SourceRecord> record(Scope scope, String recordId) {
      requireNonNull(scope, "scope");
      requireNonNull(recordId, "recordId");
      synchronized (lock) {
        open();
        SourceRecord r = records.get(recordId);
        if (r == null) {
          return Optional.empty();
        }
        Optional<GoldenResident> owner =
            Optional.ofNullable(residentOfRecord.get(recordId)).map(residents::get);
        Optional<SourceRecord> shown = scope.show(r, owner);
        shown
            .flatMap(
                x -> ReadRecord.of(scope, x, owner.flatMap(GoldenResident::grid), clock.instant()))
            .ifPresent(readRecords::add);
        return shown;
      }
    }

    @Override
    public Page<GoldenResident> list(Scope scope, PageRequest page) {
      requireNonNull(scope, "scope");
      requireNonNull(page, "page");
      Optional<String> after = page.after().map(MemoryStore::residentCursor);
      synchronized (lock) {
        open();
        List<GoldenResident> items =
            residents.values().stream()
                .filter(g -> after.map(a -> g.residentId().compareTo(a) > 0).orElse(true))
                .filter(scope::permits)
                .sorted(Comparator.comparing(GoldenResident::residentId))
                .limit(page.limit() + 1L)
                .map(g -> scope.show(g).orElseThrow())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (items.size() <= page.limit()) {
          items.forEach(g -> audited(scope, g));
          return new Page<>(ImmutableList.copyOf(items), Optional.empty());
        }
        List<GoldenResident> shown = items.subList(0, page.limit());
        shown.forEach(g -> audited(scope, g));
        return new Page<>(
            ImmutableList.copyOf(shown),
            Optional.of(RESIDENT_CURSOR + shown.get(shown.size() - 1).residentId()));
      }
    }

    @Override
    public long count(Scope scope) {
      requireNonNull(scope, "scope");
      synchronized (lock) {
        open();
        return residents.values().stream().filter(scope::permits).count();
      }
    }
  }

  /** Keeps the audit record of {@code scope} reading {@code shown}; the caller holds the lock. */
  private GoldenResident audited(Scope scope, GoldenResident shown) {
    ReadRecord.of(scope, shown, clock.instant()).ifPresent(readRecords::add);
    return shown;
  }

  private final class Reads implements ReadLog {
    @Override
    public Page<ReadRecord> list(Scope scope, PageRequest page) {
      requireNonNull(scope, "scope");
      requireNonNull(page, "page");
      int from = page.after().map(MemoryStore::readCursor).orElse(0);
      synchronized (lock) {
        open();
        List<ReadRecord> items = new ArrayList<>();
        int i = from;
        for (; i < readRecords.size() && items.size() < page.limit(); i++) {
          if (readRecords.get(i).within(scope)) {
            items.add(readRecords.get(i));
          }
        }
        boolean more = false;
        for (int j = i; j < readRecords.size(); j++) {
          if (readRecords.get(j).within(scope)) {
            more = true;
            break;
          }
        }
        return new Page<>(
            ImmutableList.copyOf(items),
            more ? Optional.of(READ_CURSOR + i) : Optional.<String>empty());
      }
    }

    @Override
    public long count(Scope scope) {
      requireNonNull(scope, "scope");
      synchronized (lock) {
        open();
        return readRecords.stream().filter(r -> r.within(scope)).count();
      }
    }
  }

  private static final String READ_CURSOR = "read:";

  private static int readCursor(String text) {
    try {
      if (text.startsWith(READ_CURSOR)) {
        int n = Integer.parseInt(text.substring(READ_CURSOR.length()));
        if (n >= 0) {
          return n;
        }
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw new IllegalArgumentException("not a cursor this store gave: \"" + text + "\"");
  }

  private static final String RESIDENT_CURSOR = "resident:";

  /** The resident id a resident listing's cursor names. */
  private static String residentCursor(String text) {
    if (!text.startsWith(RESIDENT_CURSOR) || text.length() == RESIDENT_CURSOR.length()) {
      throw new IllegalArgumentException("not a cursor this store gave: \"" + text + "\"");
    }
    return text.substring(RESIDENT_CURSOR.length());
  }

  private final class Cases implements CaseLog {
    @Override
    public void append(CaseAppend append) {
      appendAll(List.of(requireNonNull(append, "append")));
    }

    @Override
    public void appendAll(List<CaseAppend> appends) {
      requireNonNull(appends, "appends");
      Set<String> seen = new HashSet<>();
      for (CaseAppend a : appends) {
        if (!seen.add(a.caseId())) {
          throw new IllegalArgumentException(
              "a batch appends to case " + a.caseId() + " twice; join the two appends into one");
        }
      }
      synchronized (lock) {
        open();
        // Check every append first, then apply: a conflict anywhere leaves everything untouched.
        List<CaseAppend> toApply = new ArrayList<>();
        for (CaseAppend a : appends) {
          if (!alreadyApplied(a)) {
            toApply.add(a);
          }
        }
        for (CaseAppend a : toApply) {
          logs.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).addAll(a.entries());
        }
      }
    }

    /** True when {@code a} is a repeat of entries already stored; throws when it conflicts. */
    private boolean alreadyApplied(CaseAppend a) {
      List<CaseEntry> log = logs.getOrDefault(a.caseId(), List.of());
      long last = log.size();
      if (last == a.expectedLast()) {
        return false;
      }
      if (last >= a.last()) {
        for (CaseEntry e : a.entries()) {
          CaseEntry stored = log.get((int) e.sequence() - 1);
          if (!stored.equals(e)) {
            throw new AppendConflictException(
                a.caseId(),
                a.expectedLast(),
                last,
                "entry " + e.sequence() + " differs from the one stored");
          }
        }
        return true;
      }
      throw new AppendConflictException(
          a.caseId(),
          a.expectedLast(),
          last,
          last > a.expectedLast() ? "another writer appended first" : "the log is shorter");
    }

    @Override
    public long lastSequence(String caseId) {
      synchronized (lock) {
        open();
        return logs.getOrDefault(requireNonNull(caseId, "caseId"), List.of()).size();
      }
    }

    @Override
    public ImmutableList<CaseEntry> history(String caseId) {
      synchronized (lock) {
        open();
        return ImmutableList.copyOf(logs.getOrDefault(requireNonNull(caseId, "caseId"), List.of()));
      }
    }

    @Override
    public Page<CaseSummary> query(Scope scope, CaseQuery query, PageRequest page) {
      requireNonNull(page, "page");
      Optional<Cursor> after = page.after().map(Cursor::parse);
      List<CaseSummary> all = matching(scope, query);
      List<CaseSummary> items = new ArrayList<>();
      boolean more = false;
      for (CaseSummary c : all) {
        if (after.isPresent() && Cursor.of(c).compareTo(after.get()) <= 0) {
          continue;
        }
        if (items.size() == page.limit()) {
          more = true;
          break;
        }
        items.add(c);
      }
      Optional<String> next =
          more ? Optional.of(Cursor.of(items.get(items.size() - 1)).text()) : Optional.empty();
      return new Page<>(ImmutableList.copyOf(items), next);
    }

    @Override
    public long count(Scope scope, CaseQuery query) {
      return matching(scope, query).size();
    }

    private List<CaseSummary> matching(Scope scope, CaseQuery query) {
      requireNonNull(scope, "scope");
      requireNonNull(query, "query");
      List<CaseSummary> out = new ArrayList<>();
      synchronized (lock) {
        open();
        for (List<CaseEntry> log : logs.values()) {
          CaseSummary c = CaseSummary.of(log);
          if (scope.permits(c) && query.matches(c)) {
            out.add(c);
          }
        }
      }
      out.sort(Comparator.comparing(Cursor::of));
      return out;
    }
  }

  /** A place in the listing order: when the case opened, then its id. */
  private record Cursor(Instant opened, String caseId) implements Comparable<Cursor> {
    static Cursor of(CaseSummary c) {
      return new Cursor(c.openedAt().toInstant(), c.caseId());
    }

    static Cursor parse(String text) {
      int bar = text.indexOf('|');
      try {
        if (bar < 0) {
          throw new IllegalArgumentException("no separator");
        }
        return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a cursor this store gave: \"" + text + "\"", e);
      }
    }

    String text() {
      return opened + "|" + caseId;
    }

    @Override
    public int compareTo(Cursor o) {
      int c = opened.compareTo(o.opened);
      return c != 0 ? c : caseId.compareTo(o.caseId);
    }
  }

  /** Dead letters ordered by (at, id); a page's cursor is the last one's {@code millis/id}. */
  private static final Comparator<DeadLetter> LETTER_ORDER =
      Comparator.comparing(DeadLetter::at).thenComparing(DeadLetter::id);

  private final class Letters implements DeadLetters {
    @Override
    public void add(DeadLetter letter) {
      requireNonNull(letter, "letter");
      synchronized (lock) {
        open();
        deadLetters.putIfAbsent(letter.id(), letter);
      }
    }

    @Override
    public Optional<DeadLetter> get(String id) {
      requireNonNull(id, "id");
      synchronized (lock) {
        open();
        return Optional.ofNullable(deadLetters.get(id));
      }
    }

    @Override
    public Page<DeadLetter> list(PageRequest page) {
      requireNonNull(page, "page");
      Optional<DeadLetter> after = page.after().map(Letters::parseCursor);
      synchronized (lock) {
        open();
        List<DeadLetter> sorted =
            deadLetters.values().stream()
                .filter(d -> after.isEmpty() || LETTER_ORDER.compare(d, after.get()) > 0)
                .sorted(LETTER_ORDER)
                .toList();
        List<DeadLetter> items = sorted.subList(0, Math.min(page.limit(), sorted.size()));
        Optional<String> next =
            sorted.size() > page.limit()
                ? Optional.of(cursor(items.get(items.size() - 1)))
                : Optional.empty();
        return new Page<>(ImmutableList.copyOf(items), next);
      }
    }

    @Override
    public long count() {
      synchronized (lock) {
        open();
        return deadLetters.size();
      }
    }

    @Override
    public boolean remove(String id) {
      requireNonNull(id, "id");
      synchronized (lock) {
        open();
        return deadLetters.remove(id) != null;
      }
    }

    private static String cursor(DeadLetter d) {
      return d.at().toEpochMilli() + "/" + d.id();
    }

    /** A stand-in letter at the cursor's place, to compare with. */
    private static DeadLetter parseCursor(String text) {
      int slash = text.indexOf('/');
      try {
        if (slash < 1) {
          throw new IllegalArgumentException("no separator");
        }
        return new DeadLetter(
            text.substring(slash + 1),
            Instant.ofEpochMilli(Long.parseLong(text.substring(0, slash))),
            "-",
            "-",
            "-",
            "-",
            0,
            "",
            "");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a cursor this store gave: \"" + text + "\"", e);
      }
    }
  }

  private final class Deliveries implements DeliveryLog {
    @Override
    public void record(Delivery delivery) {
      requireNonNull(delivery, "delivery");
      synchronized (lock) {
        open();
        deliveries.putIfAbsent(delivery.id() + "\n" + delivery.notifier(), delivery);
      }
    }

    @Override
    public ImmutableList<Delivery> history(String caseId) {
      requireNonNull(caseId, "caseId");
      synchronized (lock) {
        open();
        return deliveries.values().stream()
            .filter(d -> d.caseId().equals(caseId))
            .sorted(
                Comparator.comparing(Delivery::at)
                    .thenComparing(Delivery::id)
                    .thenComparing(Delivery::notifier))
            .collect(ImmutableList.toImmutableList());
      }
    }
  }
}
