package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Who is told: a grid member, a department, or an office (the community's office, 社区居委会, and above
 * it the street office and the district's command centre), with the contact the community's records
 * hold for them.
 *
 * @param kind what the recipient is
 * @param id the member's id, the department's code ({@code fire_brigade}) or the office's division
 *     code
 * @param name the name, for people
 * @param contact how to reach them
 * @since 1.1
 */
public record Recipient(Kind kind, String id, String name, Contact contact) {

  /** What a recipient is. */
  public enum Kind {
    /** A grid member (网格员). */
    MEMBER,
    /** A department that supports the grid (职能部门): the fire brigade, the gas company, … */
    DEPARTMENT,
    /** An office: the community's (社区), the street's (街道) or the district's (区). */
    OFFICE;

    /** The code in files and records: {@code member}, {@code department}, {@code office}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of a code.
     *
     * @throws IllegalArgumentException naming the codes allowed
     */
    public static Kind ofCode(String code) {
      for (Kind k : values()) {
        if (k.code().equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown recipient kind \"" + code + "\" (expected member, department or office)");
    }
  }

  /** Validates the parts. */
  public Recipient {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(contact, "contact");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a recipient's id is empty");
    }
  }

  /** The kind and id, as {@code member:M001}: names a recipient without personal data. */
  public String key() {
    return kind.code() + ":" + id;
  }
}
