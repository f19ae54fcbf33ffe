package org.gridgov.samples.residents;

import com.google.common.collect.ImmutableList;

/**
 * A community app that holds resident records, and how it writes them: who is in it, which fields
 * it collects, in which format, and how often each kind of error gets in. Every rate here is an
 * assumption chosen to look like the exports of real systems, not a measurement; docs/
 * residents-synthetic.md lists them in one table.
 *
 * @param source the app's name as written in the {@code source} column
 * @param who who the app holds and how likely a person of each age group is to be in it
 * @param name errors in names
 * @param id how the identity number is collected and written
 * @param phone how a phone number is collected and written
 * @param birth how the birth date is collected and written
 * @param gender how the gender is collected and written
 * @param address how the address is collected and written
 * @param sloppy the share of fields written in another format than the app's own (free text typed
 *     by hand, imports from older systems)
 * @param quirk what the app does that no other does
 */
record App(
    String source,
    Who who,
    NameNoise name,
    IdStyle id,
    PhoneStyle phone,
    DateStyle birth,
    GenderStyle gender,
    AddressStyle address,
    double sloppy,
    Quirk quirk) {

  /** What an app does that the others do not. */
  enum Quirk {
    /** Nothing special. */
    NONE,
    /** Keeps only the last four characters of the identity number (身份证后四位). */
    ID_LAST_FOUR,
    /** Writes the household's landline when it has one, else the household's main number. */
    HOUSEHOLD_PHONE,
    /** Writes the birth year only ({@code 1948}, {@code 1948年}). */
    BIRTH_YEAR
  }

  App(
      String source,
      Who who,
      NameNoise name,
      IdStyle id,
      PhoneStyle phone,
      DateStyle birth,
      GenderStyle gender,
      AddressStyle address,
      double sloppy) {
    this(source, who, name, id, phone, birth, gender, address, sloppy, Quirk.NONE);
  }

  /** This app with every error and loss rate under {@code s}'s noise; itself at the default. */
  App under(Settings s) {
    if (s.noise() == 1) {
      return this;
    }
    return new App(
        source,
        who,
        new NameNoise(
            s.error(name.traditional()),
            s.error(name.spaced()),
            s.error(name.homophone()),
            s.error(name.pinyin()),
            s.error(name.fullWidth()),
            s.error(name.honorific())),
        new IdStyle(
            s.kept(id.rate()),
            s.error(id.masked()),
            s.error(id.legacy()),
            s.error(id.sloppy()),
            s.error(id.typo())),
        new PhoneStyle(
            s.kept(phone.rate()),
            phone.format(),
            s.error(phone.stale()),
            s.error(phone.carer()),
            s.error(phone.typo())),
        new DateStyle(s.kept(birth.rate()), birth.format(), s.error(birth.swap())),
        new GenderStyle(s.kept(gender.rate()), gender.format()),
        new AddressStyle(
            s.kept(address.rate()),
            address.prefix(),
            address.place(),
            address.building(),
            s.error(address.stale())),
        s.error(sloppy),
        quirk);
  }

  /** The apps that hold records under {@code s}: the dozen, and with many apps four more. */
  static ImmutableList<App> under(Settings s, ImmutableList<App> base) {
    ImmutableList.Builder<App> b = ImmutableList.builder();
    for (App a : base) {
      b.add(a.under(s));
    }
    if (s.manyApps()) {
      for (App a : MORE) {
        b.add(a.under(s));
      }
    }
    return b.build();
  }

  /**
   * Who is in an app: the age range and relative weights for children (under 18), adults (18–59)
   * and the elderly (60 and over).
   */
  record Who(int minAge, int maxAge, double child, double adult, double elder) {
    double weight(int age) {
      if (age < minAge || age > maxAge) {
        return 0;
      }
      return age < 18 ? child : age < 60 ? adult : elder;
    }
  }

  /**
   * Rates of name errors: written in traditional characters, with a space inside, with a character
   * replaced by a homophone, in pinyin, with a full-width space, or as surname and honorific only
   * (张先生, 李女士, as property managers and group chats address adults).
   */
  record NameNoise(
      double traditional,
      double spaced,
      double homophone,
      double pinyin,
      double fullWidth,
      double honorific) {}

  /**
   * The identity number: the share of records that have it; of those, the share masked, the share
   * of people born in the 1900s written in the old 15-digit form, the share written sloppily
   * (lower-case x, full-width digits, spaces) and the share with one wrong digit.
   */
  record IdStyle(double rate, double masked, double legacy, double sloppy, double typo) {}

  /**
   * The phone: the share of records that have one; the app's own format (see {@link Render}); the
   * share of people who changed number written with the old one; the share of old people written
   * with a carer's number although they have their own; the share with one wrong digit.
   */
  record PhoneStyle(double rate, int format, double stale, double carer, double typo) {}

  /** The birth date: the share of records that have one, the format, day and month swapped. */
  record DateStyle(double rate, int format, double swap) {}

  /** The gender: the share of records that have one, and the format. */
  record GenderStyle(double rate, int format) {}

  /**
   * The address: the share of records that have one; how much of the division is written before the
   * estate, whether the estate is named or given by road and number, how the building, unit and
   * room are written (formats in {@link Render}); the share of people who moved written with the
   * old address.
   */
  record AddressStyle(double rate, int prefix, int place, int building, double stale) {}

  private static final double OLD = 0.35;

  /** The dozen apps, in a fixed order. */
  static final ImmutableList<App> ALL =
      ImmutableList.of(
          new App(
              "census",
              new Who(0, 120, 1, 1, 1),
              new NameNoise(0.005, 0.01, 0.01, 0, 0.005, 0),
              new IdStyle(0.99, 0, 0.15, 0.02, 0.004),
              new PhoneStyle(0, 0, 0, 0, 0),
              new DateStyle(1, 2, 0.003),
              new GenderStyle(1, 0),
              new AddressStyle(1, 0, 0, 0, OLD),
              0.05),
          new App(
              "health",
              new Who(0, 120, 1, 1, 1.5),
              new NameNoise(0.01, 0.03, 0.02, 0.005, 0.01, 0),
              new IdStyle(0.9, 0.35, 0.02, 0.05, 0.006),
              new PhoneStyle(0.95, 0, 0.2, 0.3, 0.005),
              new DateStyle(0.95, 0, 0.01),
              new GenderStyle(0.95, 0),
              new AddressStyle(0.85, 1, 0, 0, 0.2),
              0.15),
          new App(
              "civil_affairs",
              new Who(0, 120, 0.2, 0.2, 1),
              new NameNoise(0.01, 0.02, 0.02, 0, 0.005, 0),
              new IdStyle(0.97, 0.05, 0.10, 0.03, 0.005),
              new PhoneStyle(0.9, 1, 0.3, 0.4, 0.005),
              new DateStyle(0.9, 3, 0.01),
              new GenderStyle(0.95, 3),
              new AddressStyle(0.95, 0, 0, 1, 0.2),
              0.1),
          new App(
              "police",
              new Who(0, 120, 0.5, 1, 0.7),
              new NameNoise(0.02, 0.01, 0.005, 0.01, 0.005, 0),
              new IdStyle(1, 0, 0.08, 0.01, 0.003),
              new PhoneStyle(0.85, 0, 0.25, 0.2, 0.003),
              new DateStyle(0.6, 2, 0.003),
              new GenderStyle(1, 2),
              new AddressStyle(0.95, 0, 2, 2, 0.3),
              0.05),
          new App(
              "grid_app",
              new Who(0, 120, 0.8, 1, 1.2),
              new NameNoise(0.02, 0.05, 0.04, 0.01, 0.02, 0.01),
              new IdStyle(0.6, 0.1, 0.03, 0.15, 0.012),
              new PhoneStyle(0.9, 1, 0.1, 0.3, 0.01),
              new DateStyle(0.7, 1, 0.02),
              new GenderStyle(0.8, 0),
              new AddressStyle(0.98, 5, 0, 3, 0.05),
              0.4),
          new App(
              "elderly_care",
              new Who(60, 120, 0, 0, 1.2),
              new NameNoise(0.01, 0.03, 0.04, 0, 0.01, 0),
              new IdStyle(0.85, 0.2, 0.15, 0.05, 0.01),
              new PhoneStyle(0.95, 0, 0.2, 0.45, 0.005),
              new DateStyle(0.9, 3, 0.01),
              new GenderStyle(0.9, 0),
              new AddressStyle(0.95, 2, 0, 4, 0.1),
              0.2),
          new App(
              "school",
              new Who(3, 18, 2, 1, 0),
              new NameNoise(0.005, 0.02, 0.02, 0.02, 0.005, 0),
              new IdStyle(0.95, 0, 0, 0.02, 0.005),
              new PhoneStyle(0.98, 0, 0.1, 0, 0.005),
              new DateStyle(0.98, 0, 0.005),
              new GenderStyle(1, 0),
              new AddressStyle(0.7, 1, 0, 0, 0.15),
              0.15),
          new App(
              "social_security",
              new Who(16, 85, 0.3, 1.2, 0.8),
              new NameNoise(0.005, 0.01, 0.005, 0, 0.005, 0),
              new IdStyle(1, 0, 0.05, 0.01, 0.002),
              new PhoneStyle(0.9, 0, 0.35, 0.1, 0.003),
              new DateStyle(1, 0, 0.002),
              new GenderStyle(1, 3),
              new AddressStyle(0, 0, 0, 0, 0),
              0.03),
          new App(
              "property",
              new Who(20, 120, 0, 1, 0.6),
              new NameNoise(0.01, 0.04, 0.03, 0.03, 0.02, 0.04),
              new IdStyle(0.25, 0.7, 0, 0.1, 0.01),
              new PhoneStyle(0.98, 1, 0.25, 0.3, 0.01),
              new DateStyle(0, 0, 0),
              new GenderStyle(0.2, 0),
              new AddressStyle(1, 5, 0, 1, 0),
              0.15),
          new App(
              "volunteer",
              new Who(16, 75, 0.3, 1, 0.6),
              new NameNoise(0.02, 0.05, 0.03, 0.08, 0.03, 0.01),
              new IdStyle(0, 0, 0, 0, 0),
              new PhoneStyle(1, 2, 0.1, 0, 0.01),
              new DateStyle(0.5, 1, 0.01),
              new GenderStyle(0.7, 4),
              new AddressStyle(0.4, 2, 0, 3, 0.1),
              0.3),
          new App(
              "vaccination",
              new Who(0, 120, 1.5, 0.6, 0.8),
              new NameNoise(0.01, 0.02, 0.02, 0.01, 0.01, 0),
              new IdStyle(0.95, 0.3, 0, 0.05, 0.008),
              new PhoneStyle(0.95, 0, 0.15, 0.3, 0.005),
              new DateStyle(1, 1, 0.005),
              new GenderStyle(0.95, 1),
              new AddressStyle(0.5, 1, 0, 0, 0.1),
              0.2),
          new App(
              "community_wechat",
              new Who(18, 75, 0, 0.7, 0.3),
              new NameNoise(0.03, 0.06, 0.05, 0.1, 0.04, 0.04),
              new IdStyle(0, 0, 0, 0, 0),
              new PhoneStyle(0.95, 4, 0.15, 0, 0.01),
              new DateStyle(0, 0, 0),
              new GenderStyle(0, 0),
              new AddressStyle(0.9, 5, 0, 3, 0.05),
              0.5));

  /*
   * Four apps with quirks of their own, only with Settings.manyApps. Rates are assumptions, as
   * above; each quirk is one that real community systems have.
   */
  static final ImmutableList<App> MORE =
      ImmutableList.of(
          // Face-recognition door access (智慧门禁): name, phone, flat, and only the last four
          // characters of the identity number, which is all such systems may keep.
          new App(
              "access_control",
              new Who(6, 120, 0.5, 1.2, 0.8),
              new NameNoise(0.01, 0.04, 0.04, 0.03, 0.02, 0.02),
              new IdStyle(0.8, 0, 0, 0, 0.01),
              new PhoneStyle(0.95, 0, 0.15, 0.3, 0.01),
              new DateStyle(0, 0, 0),
              new GenderStyle(0.5, 0),
              new AddressStyle(1, 5, 0, 3, 0.05),
              0.1,
              Quirk.ID_LAST_FOUR),
          // Gas and water accounts (燃气、水费户号): the household's landline or main number, the
          // flat in full, no identity number, no date.
          new App(
              "utility",
              new Who(25, 120, 0, 1, 1),
              new NameNoise(0.02, 0.03, 0.03, 0, 0.01, 0.05),
              new IdStyle(0, 0, 0, 0, 0),
              new PhoneStyle(1, 1, 0.3, 0, 0.01),
              new DateStyle(0, 0, 0),
              new GenderStyle(0, 0),
              new AddressStyle(1, 0, 2, 2, 0.3),
              0.1,
              Quirk.HOUSEHOLD_PHONE),
          // A community fitness centre whose booking software takes Latin letters only: names in
          // pinyin as on a bank card (ZHANG WEI), M/F.
          new App(
              "fitness",
              new Who(12, 80, 0.5, 1, 0.4),
              new NameNoise(0, 0, 0, 0.9, 0.02, 0),
              new IdStyle(0.3, 0.5, 0, 0.05, 0.01),
              new PhoneStyle(1, 2, 0.15, 0, 0.01),
              new DateStyle(0.8, 0, 0.01),
              new GenderStyle(0.9, 1),
              new AddressStyle(0.2, 4, 0, 3, 0.1),
              0.2),
          // The old people's association ledger (老年协会台账), typed in from paper: birth year,
          // the carer's or landline number, the address as the member said it.
          new App(
              "elder_association",
              new Who(55, 120, 0, 0.1, 1),
              new NameNoise(0.03, 0.05, 0.06, 0, 0.02, 0),
              new IdStyle(0.4, 0.2, 0.3, 0.1, 0.02),
              new PhoneStyle(0.9, 1, 0.3, 0.6, 0.02),
              new DateStyle(0.9, 6, 0),
              new GenderStyle(0.9, 0),
              new AddressStyle(0.9, 2, 0, 4, 0.3),
              0.3,
              Quirk.BIRTH_YEAR));
}
