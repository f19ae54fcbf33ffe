package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

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
  final Column.IdColumn idColumn;
  private final Column[] derived;
  private String[] ids = new String[16];
  private String[] sources = new String[16];

  /** Record index by id, built on first use: a batch run never asks, the index asks always. */
  private Map<String, Integer> byId;

  private int size;

  RecordSet(DedupConfig config) {
    this.config = requireNonNull(config, "config");
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
    this.derived = fromId.toArray(new Column[0]);
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
    return addPrepared(id, source, prepared);
  }

  /**
   * Adds records in order, normalising them on all cores first: normalising is most of the cost of
   * reading, and each value's normalisation is independent of the others.
   */
  void addAll(List<String> chunkIds, List<String> chunkSources, List<String[]> raws) {
    int n = raws.size();
    Object[][] prepared = new Object[n][];
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              Object[] p = new Object[columns.length];
              String[] raw = raws.get(i);
              for (int f = 0; f < columns.length; f++) {
                p[f] = columns[f].prepare(raw[f]);
              }
              prepared[i] = p;
            });
    for (int i = 0; i < n; i++) {
      addPrepared(chunkIds.get(i), chunkSources.get(i), prepared[i]);
    }
  }

  private int addPrepared(String id, String source, Object[] prepared) {
    int r = size;
    ids = Column.grow(ids, r);
    sources = Column.grow(sources, r);
    ids[r] = id;
    sources[r] = source;
    if (byId != null) {
      byId.put(id, r);
    }
    for (int f = 0; f < columns.length; f++) {
      columns[f].append(prepared[f]);
    }
    if (idColumn != null && derived.length > 0) {
      idColumn.id(r).ifPresent(v -> Arrays.stream(derived).forEach(c -> c.derive(r, v)));
    }
    size++;
    return r;
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
    return sources[i];
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
   * @param progress receives the bytes read so far, now and then
   * @throws InvalidInputException listing every bad row with its line and column: a wrong number of
   *     fields, an empty or repeated record id, an unterminated quote, a wrong header
   */
  public static RecordSet read(Path file, DedupConfig config, LongConsumer progress) {
    requireNonNull(file, "file");
    try (InputStream raw = Files.newInputStream(file)) {
      CountingStream counted = new CountingStream(raw, progress);
      Reader in =
          new InputStreamReader(
              counted,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      return read(file.toString(), in, config);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          "cannot read the records",
          List.of(Problem.at(SourceLocation.of(file.toString(), 0), "", "file not found")));
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "cannot read the records",
          List.of(Problem.at(SourceLocation.of(file.toString(), 0), "", "is not UTF-8 text")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads records from CSV text: see {@link #read(Path, DedupConfig, LongConsumer)}.
   *
   * @throws IOException if reading fails
   */
  public static RecordSet read(String source, Reader in, DedupConfig config) throws IOException {
    requireNonNull(source, "source");
    requireNonNull(in, "in");
    RecordSet set = new RecordSet(config);
    List<Problem> problems = new ArrayList<>();
    CsvLines lines = new CsvLines(new BufferedReader(in, 1 << 16), config.trimValues());
    List<String> header = lines.next();
    if (header == null) {
      throw new InvalidInputException(
          "cannot read the records " + source,
          List.of(
              Problem.at(
                  SourceLocation.of(source, 1),
                  "",
                  "is empty; expected the header " + String.join(",", config.header()))));
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1)); // a byte-order mark some tools write
    }
    if (!header.equals(config.header())) {
      throw new InvalidInputException(
          "cannot read the records " + source,
          List.of(
              Problem.at(
                  SourceLocation.of(source, 1),
                  "",
                  "the header is "
                      + String.join(",", header)
                      + "; the "
                      + config.name()
                      + " profile expects "
                      + String.join(",", config.header()))));
    }
    int n = header.size();
    int idAt = header.indexOf(config.recordIdColumn());
    int sourceAt = config.sourceColumn().map(header::indexOf).orElse(-1);
    int[] at = new int[set.columns.length];
    for (int f = 0; f < at.length; f++) {
      at[f] = header.indexOf(set.columns[f].field.column());
    }
    Map<String, Long> seen = new HashMap<>();
    List<String> chunkIds = new ArrayList<>(CHUNK);
    List<String> chunkSources = new ArrayList<>(CHUNK);
    List<String[]> chunkRaws = new ArrayList<>(CHUNK);
    for (List<String> row = lines.next(); row != null; row = lines.next()) {
      long line = lines.line();
      if (lines.error() != null) {
        problems.add(
            Problem.at(SourceLocation.of(source, line, lines.errorColumn()), "", lines.error()));
        break;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue; // a blank line
      }
      if (row.size() != n) {
        problems.add(
            Problem.at(
                SourceLocation.of(source, line),
                "",
                "has " + row.size() + " fields; the header has " + n));
        if (problems.size() >= 1000) {
          break;
        }
        continue;
      }
      String id = row.get(idAt);
      if (id.isBlank()) {
        problems.add(
            Problem.at(SourceLocation.of(source, line, idAt + 1), "", "the record id is empty"));
        continue;
      }
      Long first = seen.putIfAbsent(id, line);
      if (first != null) {
        problems.add(
            Problem.at(
                SourceLocation.of(source, line, idAt + 1),
                "record " + id,
                "repeats the record id first used at line " + first));
        continue;
      }
      if (!problems.isEmpty()) {
        continue; // keep finding problems, stop building
      }
      String[] raw = new String[at.length];
      for (int f = 0; f < at.length; f++) {
        raw[f] = row.get(at[f]);
      }
      chunkIds.add(id);
      chunkSources.add(sourceAt < 0 ? "" : row.get(sourceAt));
      chunkRaws.add(raw);
      if (chunkRaws.size() == CHUNK) {
        set.addAll(chunkIds, chunkSources, chunkRaws);
        chunkIds.clear();
        chunkSources.clear();
        chunkRaws.clear();
      }
    }
    if (problems.isEmpty()) {
      set.addAll(chunkIds, chunkSources, chunkRaws);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the records " + source, problems);
    }
    return set;
  }

  /** Splits CSV text into records of fields, following RFC 4180 quoting. */
  private static final class CsvLines {
    private final BufferedReader in;
    private final boolean trim;
    private long line;
    private long nextLine = 1;
    private String error;
    private int errorColumn;

    CsvLines(BufferedReader in, boolean trim) {
      this.in = in;
      this.trim = trim;
    }

    long line() {
      return line;
    }

    String error() {
      return error;
    }

    int errorColumn() {
      return errorColumn;
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
      String text = in.readLine();
      if (text == null) {
        return null;
      }
      line = nextLine++;
      if (text.indexOf('"') < 0) {
        // No quotes: split at commas without copying character by character.
        List<String> fast = new ArrayList<>(12);
        int from = 0;
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
          fast.add(finish(text.substring(from, comma)));
          from = comma + 1;
        }
        fast.add(finish(text.substring(from)));
        return fast;
      }
      List<String> out = new ArrayList<>(12);
      StringBuilder field = new StringBuilder();
      int i = 0;
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (i == text.length()) {
          if (quoted) {
            String more = in.readLine();
            if (more == null) {
              error = "a quoted field is not closed before the end of the file";
              errorColumn = out.size() + 1;
              out.add(finish(field, wasQuoted));
              return out;
            }
            nextLine++;
            field.append('\n');
            text = more;
            i = 0;
            continue;
          }
          out.add(finish(field, wasQuoted));
          return out;
        }
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == ',') {
          out.add(finish(field, wasQuoted));
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '"' && field.toString().isBlank()) {
          field.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else {
          field.append(c);
        }
      }
    }

    private String finish(String s) {
      return trim ? s.strip() : s;
    }

    private String finish(StringBuilder field, boolean wasQuoted) {
      String s = field.toString();
      return trim && !wasQuoted ? s.strip() : s;
    }
  }

  /** Reports how many bytes have been read, every 4 MB. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final LongConsumer progress;
    private long count;
    private long reported;

    CountingStream(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        moved(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        moved(n);
      }
      return n;
    }

    private void moved(int n) {
      count += n;
      if (count - reported >= (4 << 20)) {
        reported = count;
        progress.accept(count);
      }
    }
  }
}
