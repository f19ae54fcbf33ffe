package org.gridgov.samples.residents;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * One resident as one community app exported them: every field a string exactly as the app wrote
 * it, {@code ""} when the app has no value. Nothing is cleaned: an identity number may be masked,
 * 15 digits long or mistyped, a name may be in traditional characters or pinyin, and so on.
 *
 * @param recordId unique in a data set ({@code R0000001}); says nothing about the person
 * @param source the app the record comes from ({@code census}, {@code health}, …)
 * @param name the name as written by the app
 * @param idNumber the resident identity number (公民身份号码) as written, or {@code ""}
 * @param phone a phone number as written, or {@code ""}
 * @param birthDate a birth date as written, or {@code ""}
 * @param gender a gender as written ({@code 男}, {@code F}, {@code 1}, …), or {@code ""}
 * @param address an address as written, or {@code ""}
 */
public record ResidentRecord(
    String recordId,
    String source,
    String name,
    String idNumber,
    String phone,
    String birthDate,
    String gender,
    String address) {

  /** The header of the {@code resident-cn} CSV layout, the column order of {@link #fields()}. */
  public static final ImmutableList<String> CSV_HEADER =
      ImmutableList.of(
          "record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address");

  /**
   * Checks that no field is null.
   *
   * @throws NullPointerException naming the null field
   */
  public ResidentRecord {
    requireNonNull(recordId, "recordId");
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    requireNonNull(idNumber, "idNumber");
    requireNonNull(phone, "phone");
    requireNonNull(birthDate, "birthDate");
    requireNonNull(gender, "gender");
    requireNonNull(address, "address");
  }

  /** The fields in the order of {@link #CSV_HEADER}. */
  public ImmutableList<String> fields() {
    return ImmutableList.of(recordId, source, name, idNumber, phone, birthDate, gender, address);
  }
}
