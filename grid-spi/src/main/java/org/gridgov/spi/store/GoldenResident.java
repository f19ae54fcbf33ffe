package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;

/**
 * One person, merged from the records of many apps ("collect once, use everywhere"): each field
 * with the value kept and the record it came from, and the grid the person lives in, by which
 * access is scoped ({@link Scope#permits(GoldenResident)}).
 *
 * @param residentId the golden record's id, unique in the store
 * @param fields the fields, by name ({@code name}, {@code id_number}, {@code phone}, …)
 * @param recordIds the source records merged into it, at least one
 * @param grid the grid the person's household is in, if known; a resident placed in no grid is seen
 *     only by a scope over everything
 */
public record GoldenResident(
    String residentId,
    ImmutableMap<String, FieldValue> fields,
    ImmutableList<String> recordIds,
    Optional<GridCode> grid) {

  /** The field that holds the identity number, by which residents are looked up. */
  public static final String ID_NUMBER = "id_number";

  /** The field that holds the phone number. */
  public static final String PHONE = "phone";

  /**
   * The fields a durable store protects at rest (encrypted, with blind indexes for look-ups):
   * {@value #ID_NUMBER}, {@value #PHONE} and {@code mobile}, in golden and source records.
   */
  public static final ImmutableSet<String> PROTECTED_FIELDS =
      ImmutableSet.of(ID_NUMBER, PHONE, "mobile");

  /**
   * Whether a durable store protects values of {@code field} at rest: one of {@link
   * #PROTECTED_FIELDS}, or a further field of the same kind named {@code id_number.NAME} or {@code
   * phone.NAME} (a dedup profile with two phone fields stores the second so; the type, not the name
   * the profile gave, decides).
   */
  public static boolean isProtectedField(String field) {
    requireNonNull(field, "field");
    return PROTECTED_FIELDS.contains(field)
        || field.startsWith(ID_NUMBER + ".")
        || field.startsWith(PHONE + ".");
  }

  /**
   * The fields of special-group data (特殊群体: elderly living alone, children in difficulty,
   * disability, health), sensitive personal information shown only to a scope granted them ({@link
   * Scope#specialGroups()}).
   */
  public static final ImmutableSet<String> SPECIAL_GROUP_FIELDS =
      ImmutableSet.of("special_groups", "health", "disability");

  /** Validates the parts. */
  public GoldenResident {
    requireNonNull(residentId, "residentId");
    requireNonNull(fields, "fields");
    requireNonNull(recordIds, "recordIds");
    requireNonNull(grid, "grid");
    if (residentId.isBlank()) {
      throw new IllegalArgumentException("a golden record has no id");
    }
    if (recordIds.isEmpty()) {
      throw new IllegalArgumentException("golden record " + residentId + " has no source record");
    }
  }

  /** A golden record placed in no grid (seen only by a scope over everything). */
  public GoldenResident(
      String residentId, ImmutableMap<String, FieldValue> fields, ImmutableList<String> recordIds) {
    this(residentId, fields, recordIds, Optional.empty());
  }

  /** The value of a field, if the record has it. */
  public Optional<String> value(String field) {
    return Optional.ofNullable(fields.get(field)).map(FieldValue::value);
  }

  /** This record placed in a grid. */
  public GoldenResident inGrid(GridCode grid) {
    return new GoldenResident(residentId, fields, recordIds, Optional.of(grid));
  }

  /** This record without its {@link #SPECIAL_GROUP_FIELDS special-group fields}. */
  public GoldenResident withoutSpecialGroups() {
    if (SPECIAL_GROUP_FIELDS.stream().noneMatch(fields::containsKey)) {
      return this;
    }
    return new GoldenResident(
        residentId,
        ImmutableMap.copyOf(Maps.filterKeys(fields, k -> !SPECIAL_GROUP_FIELDS.contains(k))),
        recordIds,
        grid);
  }

  @Override
  public String toString() {
    return "GoldenResident[" + residentId + ", " + recordIds.size() + " records]";
  }
}
