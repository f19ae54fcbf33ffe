package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.Masking;

/**
 * One resident per cluster, each field taken from the record that survives: the most trusted source
 * first (the config's {@code sourceTrust} order; sources it does not name come after), then the
 * better value (a valid identity number before a typo before a masked one; a mobile number before a
 * landline; characters before a romanised name; a full dwelling before a partial address), then the
 * more recent record (later in the input). Every field keeps its provenance.
 *
 * @param clusterId the cluster
 * @param recordIds the records merged, in input order
 * @param fields each field's surviving value with its provenance; a field no record gives is left
 *     out
 */
public record GoldenRecord(
    String clusterId, ImmutableList<String> recordIds, ImmutableMap<String, Value> fields) {

  /**
   * A surviving value.
   *
   * @param value the normalised value ({@code male} for {@code 男}, an address in its canonical
   *     form)
   * @param raw the value exactly as the record gave it
   * @param source the source app it came from
   * @param recordId the record it came from
   */
  public record Value(String value, String raw, String source, String recordId) {
    /** Validates the parts. */
    public Value {
      requireNonNull(value, "value");
      requireNonNull(raw, "raw");
      requireNonNull(source, "source");
      requireNonNull(recordId, "recordId");
    }
  }

  /** Validates the parts. */
  public GoldenRecord {
    requireNonNull(clusterId, "clusterId");
    requireNonNull(recordIds, "recordIds");
    requireNonNull(fields, "fields");
  }

  /** The value of a field, if any record gave one. */
  public Optional<Value> field(String name) {
    return Optional.ofNullable(fields.get(requireNonNull(name, "name")));
  }

  /** The golden records of a run, one per cluster, in the order of each cluster's first record. */
  public static ImmutableList<GoldenRecord> of(DedupResult result) {
    requireNonNull(result, "result");
    RecordSet set = result.records();
    Map<String, Integer> trust = new HashMap<>();
    List<String> order = set.config().sourceTrust();
    for (int i = 0; i < order.size(); i++) {
      trust.put(order.get(i), i);
    }
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < set.size(); i++) {
      clusters.computeIfAbsent(result.root(i), k -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<GoldenRecord> out = ImmutableList.builder();
    for (Map.Entry<Integer, List<Integer>> c : clusters.entrySet()) {
      List<Integer> members = c.getValue();
      ImmutableMap.Builder<String, Value> fields = ImmutableMap.builder();
      for (Column column : set.columns) {
        int best = -1;
        for (int r : members) {
          if (column.missing(r)) {
            continue;
          }
          if (best < 0 || better(set, column, trust, r, best)) {
            best = r;
          }
        }
        if (best >= 0) {
          String v =
              column instanceof Column.AddressColumn a ? a.canonical(best) : column.value(best);
          fields.put(
              column.field.name(), new Value(v, column.raw(best), set.source(best), set.id(best)));
        }
      }
      out.add(
          new GoldenRecord(
              set.id(c.getKey()),
              members.stream().map(set::id).collect(ImmutableList.toImmutableList()),
              fields.build()));
    }
    return out.build();
  }

  private static String shown(DedupConfig.Field f, String value, boolean reveal) {
    return reveal ? value : hidden(Masks.show(f.type(), value));
  }

  /**
   * A cell as a masked file shows it: any identity or mobile number left in it (a phone typed into
   * the address, a record id that is an identity number) masked too.
   */
  private static String hidden(String cell) {
    return Masking.scrub(cell);
  }

  private static boolean better(
      RecordSet set, Column column, Map<String, Integer> trust, int r, int best) {
    int tr = trust.getOrDefault(set.source(r), Integer.MAX_VALUE);
    int tb = trust.getOrDefault(set.source(best), Integer.MAX_VALUE);
    if (tr != tb) {
      return tr < tb;
    }
    int qr = column.quality(r);
    int qb = column.quality(best);
    if (qr != qb) {
      return qr > qb;
    }
    return r > best; // the more recent record
  }

  /** The header of the golden records' CSV for a config: see {@link #write}. */
  public static ImmutableList<String> header(DedupConfig config) {
    requireNonNull(config, "config");
    ImmutableList.Builder<String> header = ImmutableList.builder();
    header.add("cluster_id", "record_count");
    for (DedupConfig.Field f : config.fields()) {
      header.add(f.name(), f.name() + "_source", f.name() + "_record");
    }
    for (DedupConfig.Field f : config.fields()) {
      header.add(f.name() + "_raw");
    }
    return header.build();
  }

  /**
   * This golden record's cells under {@link #header}, masked unless {@code reveal}, as {@link
   * #write} writes them: a distributed run writes the lines of its clusters apart.
   */
  public ImmutableList<String> cells(DedupConfig config, boolean reveal) {
    requireNonNull(config, "config");
    ImmutableList.Builder<String> row = ImmutableList.builder();
    row.add(reveal ? clusterId : hidden(clusterId));
    row.add(Integer.toString(recordIds.size()));
    for (DedupConfig.Field f : config.fields()) {
      Value v = fields.get(f.name());
      row.add(v == null ? "" : shown(f, v.value(), reveal));
      row.add(v == null ? "" : v.source());
      row.add(v == null ? "" : reveal ? v.recordId() : hidden(v.recordId()));
    }
    for (DedupConfig.Field f : config.fields()) {
      Value v = fields.get(f.name());
      row.add(v == null ? "" : shown(f, v.raw(), reveal));
    }
    return row.build();
  }

  /**
   * Writes golden records as CSV with identity and phone numbers masked: see {@link #write(List,
   * DedupConfig, Writer, boolean)}.
   *
   * @param out flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(List<GoldenRecord> records, DedupConfig config, Writer out)
      throws IOException {
    write(records, config, out, false);
  }

  /**
   * Writes golden records as CSV: {@code cluster_id,record_count}, then for every field of the
   * config its normalised value, source and record ({@code name,name_source,name_record,…}), then
   * for every field its value as entered ({@code name_raw,…}). Identity numbers (first 6 and last 4
   * characters shown) and phone numbers (the 4 digits before the last 4 hidden) are masked, in both
   * forms, unless {@code reveal}; so is any identity or mobile number in another cell (a phone
   * typed into the address, a record or cluster id that is an identity number).
   *
   * @param reveal whether to write identity and phone numbers whole
   * @param out flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(
      List<GoldenRecord> records, DedupConfig config, Writer out, boolean reveal)
      throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(header(config));
    for (GoldenRecord g : records) {
      csv.row(g.cells(config, reveal));
    }
    out.flush();
  }
}
