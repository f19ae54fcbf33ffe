package org.gridgov.samples.residents;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.gridgov.core.identity.Gender;

/**
 * A generated person as they really are, the ground truth behind their records.
 *
 * @param personId unique in a data set ({@code P000001})
 * @param householdId the household (户) the person lives in ({@code H00001}); members of one
 *     household share an address and often a phone
 * @param name the name in simplified characters, surname first ({@code 张伟})
 * @param idNumber the valid 18-character resident identity number
 * @param birthDate the birth date, as in the identity number
 * @param gender the gender, as in the identity number
 * @param phones the person's own mobile numbers, the current one first and a previous one after it;
 *     empty for children and the elderly who have none of their own
 * @param addresses the person's addresses in full ({@code 四川省成都市武侯区…401}), the current one first
 *     and, for people who moved, the previous one after it
 */
public record Person(
    String personId,
    String householdId,
    String name,
    String idNumber,
    LocalDate birthDate,
    Gender gender,
    ImmutableList<String> phones,
    ImmutableList<String> addresses) {

  /**
   * Checks that no field is null and that there is an address.
   *
   * @throws NullPointerException naming the null field
   * @throws IllegalArgumentException if {@code addresses} is empty
   */
  public Person {
    requireNonNull(personId, "personId");
    requireNonNull(householdId, "householdId");
    requireNonNull(name, "name");
    requireNonNull(idNumber, "idNumber");
    requireNonNull(birthDate, "birthDate");
    requireNonNull(gender, "gender");
    requireNonNull(phones, "phones");
    requireNonNull(addresses, "addresses");
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("person " + personId + " has no address");
    }
  }
}
