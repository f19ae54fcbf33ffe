package org.gridgov.core.household;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.internal.Checks;

/**
 * A resident (居民): one person, belonging to at most one household. Immutable; make one with {@link
 * #builder(String, String)}. Birth date and gender, when not given, are taken from a complete
 * identity number.
 */
public final class Resident {

  private final String id;
  private final String name;
  private final Optional<String> householdId;
  private final Optional<ResidentIdNumber> idNumber;
  private final Optional<Gender> gender;
  private final Optional<LocalDate> birthDate;
  private final Optional<String> phone;
  private final ImmutableSet<SpecialGroup> specialGroups;

  private Resident(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.householdId = b.householdId;
    this.idNumber = b.idNumber;
    this.gender = b.gender.or(() -> b.idNumber.flatMap(ResidentIdNumber::gender));
    this.birthDate = b.birthDate.or(() -> b.idNumber.flatMap(ResidentIdNumber::birthDate));
    this.phone = b.phone;
    this.specialGroups = Sets.immutableEnumSet(b.specialGroups);
  }

  /**
   * Starts a resident.
   *
   * @param id identifier, unique in a dataset
   * @param name the name as written
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The household the resident lives in, if known. */
  public Optional<String> householdId() {
    return householdId;
  }

  /** The identity number, if known (possibly masked). */
  public Optional<ResidentIdNumber> idNumber() {
    return idNumber;
  }

  /** The gender, given or taken from the identity number. */
  public Optional<Gender> gender() {
    return gender;
  }

  /** The birth date, given or taken from the identity number. */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /** A phone number as written, if known. */
  public Optional<String> phone() {
    return phone;
  }

  /** The special groups the resident belongs to. */
  public ImmutableSet<SpecialGroup> specialGroups() {
    return specialGroups;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Resident r
        && id.equals(r.id)
        && name.equals(r.name)
        && householdId.equals(r.householdId)
        && idNumber.equals(r.idNumber)
        && gender.equals(r.gender)
        && birthDate.equals(r.birthDate)
        && phone.equals(r.phone)
        && specialGroups.equals(r.specialGroups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, householdId, idNumber, gender, birthDate, phone, specialGroups);
  }

  /** Names the resident by id only: the other fields are personal data. */
  @Override
  public String toString() {
    return "resident " + id;
  }

  /** Builds a {@link Resident}; each setter checks its argument at once. */
  public static final class Builder {
    private final String id;
    private final String name;
    private Optional<String> householdId = Optional.empty();
    private Optional<ResidentIdNumber> idNumber = Optional.empty();
    private Optional<Gender> gender = Optional.empty();
    private Optional<LocalDate> birthDate = Optional.empty();
    private Optional<String> phone = Optional.empty();
    private final EnumSet<SpecialGroup> specialGroups = EnumSet.noneOf(SpecialGroup.class);

    private Builder(String id, String name) {
      this.id = Checks.id(id, "resident id");
      this.name = Checks.nonBlank(name, "resident name");
    }

    /** Sets the household. */
    public Builder householdId(String householdId) {
      this.householdId = Optional.of(Checks.id(householdId, "household id"));
      return this;
    }

    /** Sets the identity number. */
    public Builder idNumber(ResidentIdNumber idNumber) {
      this.idNumber = Optional.of(requireNonNull(idNumber, "idNumber"));
      return this;
    }

    /** Sets the gender. */
    public Builder gender(Gender gender) {
      this.gender = Optional.of(requireNonNull(gender, "gender"));
      return this;
    }

    /** Sets the birth date. */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = Optional.of(requireNonNull(birthDate, "birthDate"));
      return this;
    }

    /** Sets a phone number as written. */
    public Builder phone(String phone) {
      this.phone = Optional.of(Checks.nonBlank(phone, "phone"));
      return this;
    }

    /** Adds special groups. */
    public Builder specialGroups(Collection<SpecialGroup> groups) {
      groups.forEach(g -> specialGroups.add(requireNonNull(g, "special group")));
      return this;
    }

    /**
     * Builds the resident.
     *
     * @throws IllegalStateException if a given birth date or gender contradicts the identity number
     */
    public Resident build() {
      if (idNumber.isPresent()) {
        ResidentIdNumber n = idNumber.get();
        if (birthDate.isPresent()
            && n.birthDate().isPresent()
            && !birthDate.get().equals(n.birthDate().get())) {
          throw new IllegalStateException(
              "resident "
                  + id
                  + ": birth date "
                  + birthDate.get()
                  + " contradicts the identity number");
        }
        if (gender.isPresent() && n.gender().isPresent() && gender.get() != n.gender().get()) {
          throw new IllegalStateException(
              "resident " + id + ": gender " + gender.get() + " contradicts the identity number");
        }
      }
      return new Resident(this);
    }
  }
}
