package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.Parallel;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.normalize.IdNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Records ready to compare: ids, sources and every field normalised once, stored column-wise. Read
 * one from a CSV file in a profile's layout with {@link #read}, or build one from {@link
 * DedupRecord}s with {@link #of}. Record {@code i} is the {@code i}-th given; later records count
 * as more recent for golden records.
 */
public final class RecordSet {

  /** Records normalised together on all cores. */
  private static final int CHUNK = 8192;

  final DedupConfig config;
  final Column[] columns;
  final Column.@Nullable IdColumn idColumn;

  /** The order in which {@link #addAll} stores the columns: the heaviest first. */
  private final int[] storeOrder;

  /** About how many values a column of the type numbers per record. */
  private static int storeCost(FieldType type) {
    return switch (type) {
      case ADDRESS -> 4;
      case NAME -> 4;
      case ID_NUMBER, PHONE -> 3;
      case STRING -> 3;
      default -> 1;
    };
  }

  /** The identity number column's place, -1 without one. */
  private final int idAt;

  /**
   * The first name column's place when the config has a gender field to fill from its forms of
   * address ({@code 王先生}), else -1.
   */
  private final int titleAt;

  /**
   * The first date column filled from the identity number, else -1: where a record's own birth date
   * shows that its valid number is its own ({@link #confirmsId}).
   */
  private final int birthAt;

  private final Column[] derived;

  /**
   * The identity number column's prepared empty value ({@link #dropRelativesId}); unused without.
   */
  private final Object noId;

  /** Whether the column at a place is filled from the identity number ({@link #derived}). */
  private final boolean[] isDerived;

  private String[] ids = new String[16];

  /** Sources numbered: a dozen apps name a million records. */
  private final Dict sourceNames = new Dict();

  private int[] sources = new int[16];

  /** Record index by id, built on first use: a batch run never asks, the index asks always. */
  private @Nullable Map<String, Integer> byId;

  private int size;

  /** {@link #idRank}, once asked; forgotten when records are added. */
  private int @Nullable [] idRank;

  /** Where records are normalised, a chunk at a time. */
  private final Executor executor;

  RecordSet(DedupConfig config) {
    this(config, Parallel.defaultExecutor());
  }

  RecordSet(DedupConfig config, Executor executor) {
    this.config = requireNonNull(config, "config");
    this.executor = requireNonNull(executor, "executor");
    List<DedupConfig.Field> fields = config.fields();
    columns = new Column[fields.size()];
    Column.IdColumn id = null;
    List<Column> fromId = new ArrayList<>();
    for (int f = 0; f < columns.length; f++) {
      columns[f] = Column.of(fields.get(f));
      if (columns[f] instanceof Column.IdColumn c && id == null) {
        id = c;
      }
      if (fields.get(f).fromIdNumber()) {
        fromId.add(columns[f]);
      }
    }
    this.idColumn = id;
    this.idAt = Arrays.asList(columns).indexOf(id);
    int name = -1;
    boolean gender = false;
    for (int f = 0; f < columns.length; f++) {
      if (columns[f] instanceof Column.NameColumn && name < 0) {
        name = f;
      }
      gender |= columns[f] instanceof Column.GenderColumn;
    }
    this.titleAt = gender ? name : -1;
    // The columns that number the most values first, so the cores finish storing together.
    this.storeOrder =
        java.util.stream.IntStream.range(0, columns.length)
            .boxed()
            .sorted(
                java.util.Comparator.comparingInt((Integer f) -> -storeCost(fields.get(f).type())))
            .mapToInt(Integer::intValue)
            .toArray();
    this.derived = fromId.toArray(new Column[0]);
    this.isDerived = new boolean[columns.length];
    int birth = -1;
    if (id != null) {
      for (int f = 0; f < columns.length; f++) {
        isDerived[f] = fromId.contains(columns[f]);
        if (isDerived[f] && birth < 0 && columns[f] instanceof Column.DateColumn) {
          birth = f;
        }
      }
    }
    this.birthAt = birth;
    this.noId = id == null ? "" : id.prepare("");
  }

  /**
   * Records given as values.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public static RecordSet of(DedupConfig config, List<DedupRecord> records) {
    RecordSet set = new RecordSet(config);
    for (DedupRecord r : records) {
      set.add(r);
    }
    return set;
  }

  /** Adds a record at the end. */
  int add(DedupRecord r) {
    String[] raw = new String[columns.length];
    for (int f = 0; f < columns.length; f++) {
      raw[f] = r.values().getOrDefault(columns[f].field.column(), "");
    }
    if (indexOf(r.id()) >= 0) {
      throw new IllegalArgumentException("two records have the id " + r.id());
    }
    return add(r.id(), r.source(), raw);
  }

  /** Adds a record whose raw values are in field order; the id is not checked for repeats. */
  int add(String id, String source, String[] raw) {
    Object[] prepared = new Object[columns.length];
    for (int f = 0; f < columns.length; f++) {
      prepared[f] = columns[f].prepare(raw[f]);
    }
    dropRelativesId(prepared);
    return addPrepared(id, source, prepared, raw);
  }

  /** Uses these estates' aliases in every address column ({@link EstateAliases}). */
  void useAliases(EstateAliases aliases) {
    for (Column c : columns) {
      if (c instanceof Column.AddressColumn a) {
        a.useAliases(aliases);
      }
    }
  }

  /**
   * Drops a valid identity number whose birth date is two years or more from the record's own
   * ({@link Column.DateColumn#yearsApart}): a parent's number on a child's vaccination row, the
   * household head's copied onto every member's. It is not the record's person's, so it must
   * neither link the record to the relative nor keep it, by the rule against two valid numbers,
   * from its own resident; nor give the record the relative's gender. The value entered stays for
   * golden records and reviews.
   */
  private void dropRelativesId(Object[] prepared) {
    if (birthAt >= 0
        && prepared[idAt] instanceof Column.PreparedId p
        && p.id().isPresent()
        && Column.DateColumn.yearsApart(prepared[birthAt], p.id().get())) {
      prepared[idAt] = noId;
    }
  }

  /**
   * Values per column whose dictionary slots are read ahead of storing them: a few hundred cache
   * lines, which stay in the core's cache until the batch is stored.
   */
  private static final int TOUCH_BATCH = 256;

  /**
   * Adds records in order, normalising them on all cores first: normalising is most of the cost of
   * reading, and each value's normalisation is independent of the others.
   */
  void addAll(List<String> chunkIds, List<String> chunkSources, List<String[]> raws) {
    int n = raws.size();
    Object[][] prepared = new Object[n][];
    // The raw values' hashes too, while the strings are in this core's cache: the columns that
    // number their raws intern them later, one thread per column (the others keep them in blocks,
    // and need none).
    boolean[] numbersRaws = new boolean[columns.length];
    for (int f = 0; f < columns.length; f++) {
      numbersRaws[f] = columns[f].numbersRaws();
    }
    int[][] rawHashes = new int[n][];
    Parallel.forRange(
        executor,
        n,
        i -> {
          Object[] p = new Object[columns.length];
          int[] h = new int[columns.length];
          String[] raw = raws.get(i);
          for (int f = 0; f < columns.length; f++) {
            p[f] = columns[f].prepare(raw[f]);
            h[f] = numbersRaws[f] ? raw[f].hashCode() : 0;
          }
          dropRelativesId(p);
          prepared[i] = p;
          rawHashes[i] = h;
        });
    // Then stored column by column, the columns on all cores: each column is its own state.
    int base = size;
    Parallel.forRange(
        executor,
        columns.length,
        k -> {
          int f = storeOrder[k];
          Column c = columns[f];
          long touched = 0;
          for (int from = 0; from < n; from += TOUCH_BATCH) {
            int to = Math.min(n, from + TOUCH_BATCH);
            // The batch's dictionary slots read back to back first, so their reads overlap.
            for (int i = from; i < to; i++) {
              touched += c.touch(prepared[i][f], rawHashes[i][f]);
            }
            for (int i = from; i < to; i++) {
              c.append(prepared[i][f]);
              c.keepRaw(raws.get(i)[f], rawHashes[i][f]);
            }
          }
          c.touched = touched;
          if (isDerived[f]) {
            // Missing dates and genders from the identity number, in this column's task.
            for (int i = 0; i < n; i++) {
              Optional<IdNumbers.IdValue> v = ((Column.PreparedId) prepared[i][idAt]).id();
              if (v.isPresent()) {
                derive(c, base + i, prepared[i], v.get());
              }
            }
          }
          if (titleAt >= 0 && c instanceof Column.GenderColumn g) {
            for (int i = 0; i < n; i++) {
              g.deriveFromTitle(base + i, Column.NameColumn.titleGender(prepared[i][titleAt]));
            }
          }
        });
    for (int i = 0; i < n; i++) {
      int r = base + i;
      ids = Column.grow(ids, r);
      ids[r] = chunkIds.get(i);
      sources = Column.put(sources, r, sourceNames.intern(chunkSources.get(i)));
      if (byId != null) {
        byId.put(ids[r], r);
      }
      size++;
    }
    idRank = null;
  }

  private int addPrepared(String id, String source, Object[] prepared, String[] raw) {
    int r = size;
    ids = Column.grow(ids, r);
    ids[r] = id;
    sources = Column.put(sources, r, sourceNames.intern(source));
    if (byId != null) {
      byId.put(id, r);
    }
    for (int f = 0; f < columns.length; f++) {
      columns[f].append(prepared[f]);
      columns[f].keepRaw(raw[f]);
    }
    derive(r, prepared);
    size++;
    idRank = null;
    return r;
  }

  /**
   * Fills the record's missing date and gender from its identity number, then a gender still
   * missing from its name's form of address.
   */
  private void derive(int r, Object[] prepared) {
    deriveFromId(r, prepared);
    if (titleAt >= 0) {
      byte g = Column.NameColumn.titleGender(prepared[titleAt]);
      for (Column c : columns) {
        if (c instanceof Column.GenderColumn gender) {
          gender.deriveFromTitle(r, g);
        }
      }
    }
  }

  private void deriveFromId(int r, Object[] prepared) {
    if (idColumn != null && derived.length > 0) {
      Optional<IdNumbers.IdValue> v = ((Column.PreparedId) prepared[idAt]).id();
      if (v.isPresent()) {
        for (Column c : derived) {
          derive(c, r, prepared, v.get());
        }
      }
    }
  }

  /**
   * Fills column {@code c}'s missing value of record {@code r} from its valid identity number, and
   * corrects a gender against it where the record's birth date shows the number is its own ({@link
   * #confirmsId}).
   */
  private void derive(Column c, int r, Object[] prepared, IdNumbers.IdValue id) {
    if (c instanceof Column.GenderColumn g && confirmsId(prepared, id)) {
      g.correct(r, id);
    } else {
      c.derive(r, id);
    }
  }

  /**
   * Whether the record's birth date, as entered, is its valid identity number's (the whole date, or
   * its year and month: {@link Column.DateColumn#sameDate}): then the number is the record's own
   * (not a relative's copied in), and a gender that contradicts it is a slip of the clerk's (or an
   * app's default), corrected from the number ({@link Column.GenderColumn#correct}). Two genders
   * under one number and one birth date would otherwise keep the record from its resident's
   * cluster.
   */
  private boolean confirmsId(Object[] prepared, IdNumbers.IdValue id) {
    return birthAt >= 0 && Column.DateColumn.sameDate(prepared[birthAt], id);
  }

  /**
   * Every record's place among the records sorted by id (ids are distinct), computed once on the
   * set's executor: what makes results independent of the input's order, without comparing id
   * strings again and again.
   */
  int[] idRank() {
    int[] rank = idRank;
    if (rank == null) {
      Integer[] byId = new Integer[size];
      for (int i = 0; i < size; i++) {
        byId[i] = i;
      }
      String[] ids = this.ids;
      Parallel.sort(executor, byId, (x, y) -> ids[x].compareTo(ids[y]));
      rank = new int[size];
      for (int i = 0; i < size; i++) {
        rank[byId[i]] = i;
      }
      idRank = rank;
    }
    return rank;
  }

  /** How many records. */
  public int size() {
    return size;
  }

  /** The id of record {@code i}. */
  public String id(int i) {
    return ids[i];
  }

  /** The source of record {@code i}. */
  public String source(int i) {
    return sourceNames.get(sources[i]);
  }

  /**
   * Record {@code i}'s fields as it gave them, by the config's field names, in the config's order;
   * fields it left empty are left out.
   */
  public com.google.common.collect.ImmutableMap<String, String> rawFields(int i) {
    com.google.common.collect.ImmutableMap.Builder<String, String> out =
        com.google.common.collect.ImmutableMap.builder();
    for (Column c : columns) {
      String v = c.raw(i);
      if (!v.isEmpty()) {
        out.put(c.field.name(), v);
      }
    }
    return out.buildOrThrow();
  }

  /** The config the records were read with. */
  public DedupConfig config() {
    return config;
  }

  /** The index of the record with this id, or -1. */
  int indexOf(String id) {
    if (byId == null) {
      byId = new HashMap<>();
      for (int i = 0; i < size; i++) {
        byId.put(ids[i], i);
      }
    }
    Integer i = byId.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Reads a CSV file in the config's layout: the header exactly as the config gives it (after
   * trimming, when the config trims), then one record per line, RFC 4180 quoting.
   *
   * @param progress receives the bytes read so far of the file's size, now and then
   * @throws InvalidInputException listing every bad row with its line and column: a wrong number of
   *     fields, an empty or repeated record id, an unterminated quote, a wrong header; a missing or
   *     directory file is one too, and so is a file that is neither UTF-8 (with or without a
   *     byte-order mark) nor GB18030 (the encoding is told from the bytes, or given on the calling
   *     thread with {@code TextFiles.decoding}, as the command line's {@code --encoding} does)
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static RecordSet read(Path file, DedupConfig config, Progress progress) {
    return read(file, config, progress, Parallel.defaultExecutor());
  }

  /**
   * Reads a CSV file as {@link #read(Path, DedupConfig, Progress)} does, normalising the records on
   * {@code executor} (a server's own pool, say, or {@code Runnable::run} for the calling thread).
   */
  public static RecordSet read(
      Path file, DedupConfig config, Progress progress, Executor executor) {
    requireNonNull(config, "config");
    requireNonNull(executor, "executor");
    return TextFiles.readCsv(
        file, "the records", progress, (in, source) -> read(in, source, config, true, executor));
  }

  /**
   * Reads records from CSV text: see {@link #read(Path, DedupConfig, Progress)}.
   *
   * @param in the text; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row with its line and column
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static RecordSet read(Reader in, String source, DedupConfig config) {
    requireNonNull(config, "config");
    return TextFiles.read(
        in, source, (r, s) -> read(r, s, config, false, Parallel.defaultExecutor()));
  }

  private static RecordSet read(
      Reader in, String source, DedupConfig config, boolean buffered, Executor executor)
      throws IOException {
    RecordSet set = new RecordSet(config, executor);
    ProblemLog problems = new ProblemLog();
    try (CsvReader csv =
        new CsvReader(
            source,
            buffered ? in : new BufferedReader(in, 1 << 16),
            config.header(),
            problems,
            config.trimValues())) {
      Parser parser = new Parser(csv, set, problems, executor);
      try {
        // The next batch is parsed on the executor while this one is normalised and stored.
        for (Batch b = parser.next(); b != null; b = parser.next()) {
          if (parser.clean()) {
            set.addAll(b.ids, b.sources, b.raws);
          }
        }
      } finally {
        parser.stop();
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the records " + source + " in the " + config.name() + " layout",
          problems.problems());
    }
    return set;
  }

  /** Records parsed together, in file order: ids, sources and raw values in field order. */
  private record Batch(List<String> ids, List<String> sources, List<String[]> raws) {}

  /**
   * Parses the CSV a batch at a time, one batch ahead of the records being normalised: the next
   * batch is parsed by a task on the executor, or by the caller when none has it ready. Parsing
   * stays sequential (one batch at a time, under this object's lock, in file order), so record
   * order, every problem and its line and column are as a single-threaded reading gives them; only
   * when each batch is parsed depends on the threads. With a one-thread or busy executor the caller
   * does it all. The task parses one batch and returns, so it never waits on the caller.
   */
  private static final class Parser {
    private final CsvReader csv;
    private final ProblemLog problems;
    private final Executor executor;
    private final int idAt;
    private final int sourceAt;
    private final int[] at;

    /** Ids seen, numbered, and the line of each: no boxed entry per record. */
    private final Dict seen = new Dict();

    private long[] lines = new long[1024];

    /** Parsed and not yet taken: at most one. Guarded by this. */
    private final java.util.ArrayDeque<Batch> ready = new java.util.ArrayDeque<>();

    /** The file is parsed to its end, or reading stopped. Guarded by this. */
    private boolean done;

    /** A task is parsing ahead or queued to. Guarded by this. */
    private boolean ahead;

    /** What the task's parsing threw, for the caller to throw. Guarded by this. */
    private @Nullable Throwable failure;

    Parser(CsvReader csv, RecordSet set, ProblemLog problems, Executor executor) {
      this.csv = csv;
      this.problems = problems;
      this.executor = executor;
      DedupConfig config = set.config;
      List<String> header = config.header();
      idAt = header.indexOf(config.recordIdColumn());
      sourceAt = config.sourceColumn().map(header::indexOf).orElse(-1);
      at = new int[set.columns.length];
      for (int f = 0; f < at.length; f++) {
        at[f] = header.indexOf(set.columns[f].field.column());
      }
    }

    /** The next batch in file order, or null after the last. */
    @Nullable Batch next() throws IOException {
      Batch b;
      boolean parseAhead = false;
      synchronized (this) {
        rethrow();
        b = ready.poll();
        if (b == null && !done) {
          b = parse();
        }
        if (b != null && !done && !ahead) {
          ahead = true;
          parseAhead = true;
        }
      }
      if (parseAhead) {
        try {
          executor.execute(this::parseAhead);
        } catch (java.util.concurrent.RejectedExecutionException e) {
          synchronized (this) {
            ahead = false; // the caller parses the next batch itself
          }
        }
      }
      return b;
    }

    private synchronized void parseAhead() {
      try {
        if (!done && failure == null) {
          ready.add(parse());
        }
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      } finally {
        ahead = false;
      }
    }

    /** Whether no problem was found yet: records are built only then. */
    synchronized boolean clean() {
      return problems.isEmpty();
    }

    /** Stops parsing ahead: waits for a running parse, so that the file can be closed. */
    synchronized void stop() {
      done = true;
    }

    private void rethrow() throws IOException {
      Throwable t = failure;
      if (t instanceof IOException e) {
        throw e;
      }
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }

    /** Parses up to {@link #CHUNK} records; called under the lock. */
    private Batch parse() throws IOException {
      List<String> ids = new ArrayList<>(CHUNK);
      List<String> sources = new ArrayList<>(CHUNK);
      List<String[]> raws = new ArrayList<>(CHUNK);
      while (raws.size() < CHUNK) {
        Optional<CsvRecord> next = csv.next();
        if (next.isEmpty()) {
          done = true;
          break;
        }
        CsvRecord row = next.get();
        String id = row.raw(idAt);
        if (id.isBlank()) {
          problems.add(Problem.at(row.location(idAt), "", "the record id is empty"));
          continue;
        }
        int known = seen.size();
        int number = seen.intern(id);
        if (number == known) {
          if (number == lines.length) {
            lines = Arrays.copyOf(lines, number * 2);
          }
          lines[number] = row.line();
        } else {
          long first = lines[number];
          problems.add(
              Problem.at(
                  row.location(idAt),
                  "record " + id,
                  "repeats the record id first used at line " + first));
          continue;
        }
        if (!problems.isEmpty()) {
          continue; // keep finding problems, stop building
        }
        String[] raw = new String[at.length];
        for (int f = 0; f < at.length; f++) {
          raw[f] = row.raw(at[f]);
        }
        ids.add(id);
        sources.add(sourceAt < 0 ? "" : row.raw(sourceAt));
        raws.add(raw);
      }
      return new Batch(ids, sources, raws);
    }
  }
}
