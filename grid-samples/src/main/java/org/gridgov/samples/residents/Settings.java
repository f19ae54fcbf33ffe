package org.gridgov.samples.residents;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a synthetic data set departs from the defaults, to test record linkage on data harder
 * than the data it was tuned on. Each setting models what real community apps collect: records cut
 * down to a name and one field (a volunteer sign-up, a property-management row), more typing errors
 * and missing fields, families that give one phone for everyone, and more apps with their own
 * quirks. docs/residents-synthetic.md describes every setting.
 *
 * <p>{@link #DEFAULT} gives exactly the data sets of {@link SyntheticResidents#generate(int,
 * long)}: a setting at its default draws no random number, so published figures stay valid.
 *
 * @param name the preset's name, or any name for a custom setting (shown in tables)
 * @param sparse the share of records cut down to a name and one other field (a quarter of them to a
 *     phone and an address without a name), 0 to 1; the rule that redraws unlinkable records still
 *     applies, so a cut record that carries too little is drawn again
 * @param noise a factor on every error and loss rate of every app: typos, homophones, traditional
 *     characters, pinyin names, honorifics, swapped day and month, sloppy formats, masked numbers,
 *     old phones and addresses, households that moved, people who changed number, and the share of
 *     each field an app leaves empty (the share kept is {@code 1 - (1 - rate) × noise}); above 1 it
 *     also swaps two adjacent digits of identity and phone numbers at {@code 1 % × (noise − 1)}
 *     each; 0 to 10
 * @param sharedPhones the share of households that give one number, the household's main one, for
 *     every member in every app (their own mobiles unused), 0 to 1
 * @param manyApps whether four more apps with their own quirks hold records: an access-control
 *     system that keeps only the last four characters of the identity number, a utility account
 *     with the household's landline, a fitness centre whose software writes names romanised, and an
 *     old people's association ledger with birth years only
 */
public record Settings(
    String name, double sparse, double noise, double sharedPhones, boolean manyApps) {

  /** The defaults: the data sets the published figures were measured on. */
  public static final Settings DEFAULT = new Settings("default", 0, 1, 0, false);

  /** Three records in ten cut down to a name and one field. */
  public static final Settings SPARSE = new Settings("sparse", 0.3, 1, 0, false);

  /** Every error and loss rate two and a half times the default, and swapped digits. */
  public static final Settings NOISY = new Settings("noisy", 0, 2.5, 0, false);

  /** Half of the households give one phone for everyone. */
  public static final Settings SHARED_PHONES = new Settings("shared-phones", 0, 1, 0.5, false);

  /** Sixteen apps: four more with their own quirks. */
  public static final Settings MANY_APPS = new Settings("many-apps", 0, 1, 0, true);

  /** All of the above at once. */
  public static final Settings HARD = new Settings("hard", 0.3, 2.5, 0.5, true);

  /** The named presets, from the default to the hardest. */
  public static final ImmutableList<Settings> PRESETS =
      ImmutableList.of(DEFAULT, SPARSE, NOISY, SHARED_PHONES, MANY_APPS, HARD);

  /** The largest {@link #noise()} factor. */
  public static final double MAX_NOISE = 10;

  /**
   * Checks every setting and reports all that are out of range at once.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException naming every setting out of range
   */
  public Settings {
    requireNonNull(name, "name");
    List<String> problems = new ArrayList<>();
    if (name.isBlank()) {
      problems.add("name must not be blank");
    }
    share(problems, "sparse", sparse);
    share(problems, "sharedPhones", sharedPhones);
    if (!(noise >= 0 && noise <= MAX_NOISE)) {
      problems.add("noise must be 0 to " + MAX_NOISE + " but was " + noise);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("settings " + name + ": " + String.join("; ", problems));
    }
  }

  private static void share(List<String> problems, String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      problems.add(what + " must be 0 to 1 but was " + v);
    }
  }

  /**
   * The preset of that name.
   *
   * @throws IllegalArgumentException naming the presets if there is none of that name
   */
  public static Settings preset(String name) {
    requireNonNull(name, "name");
    for (Settings s : PRESETS) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "no preset "
            + name
            + "; presets are "
            + String.join(", ", PRESETS.stream().map(Settings::name).toList()));
  }

  /** These settings under another name. */
  public Settings withName(String newName) {
    return new Settings(newName, sparse, noise, sharedPhones, manyApps);
  }

  /** These settings with another {@link #sparse()} share. */
  public Settings withSparse(double share) {
    return new Settings(name, share, noise, sharedPhones, manyApps);
  }

  /** These settings with another {@link #noise()} factor. */
  public Settings withNoise(double factor) {
    return new Settings(name, sparse, factor, sharedPhones, manyApps);
  }

  /** These settings with another {@link #sharedPhones()} share. */
  public Settings withSharedPhones(double share) {
    return new Settings(name, sparse, noise, share, manyApps);
  }

  /** An error or loss rate under {@link #noise()}: exactly {@code rate} at the default. */
  double error(double rate) {
    return noise == 1 ? rate : Math.min(1, rate * noise);
  }

  /** The share of records that keep a field, under {@link #noise()}: exactly {@code rate} at 1. */
  double kept(double rate) {
    // An app that does not collect a field never starts to.
    return noise == 1 || rate == 0 ? rate : Math.max(0, 1 - (1 - rate) * noise);
  }

  /** The rate of swapped adjacent digits in identity and phone numbers: none up to noise 1. */
  double digitSwap() {
    return noise <= 1 ? 0 : 0.01 * (noise - 1);
  }
}
