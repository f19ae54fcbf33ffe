package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of this SPI, {@code major.minor}. Within one major version the SPI only grows: new
 * methods arrive as {@code default} methods marked {@code @since}, so a plugin built against 1.0
 * runs on 1.3. A plugin built against 1.3 may call what 1.0 lacks, so it does not run on 1.0; a new
 * major version removes or changes methods, so nothing crosses it.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

  /**
   * The version of the SPI in this jar. 1.1 added notifiers ({@code org.gridgov.spi.notify}) and
   * the store's dead letters and delivery records; 1.2 scoped every read of residents and cases on
   * behalf of a caller ({@code org.gridgov.spi.access}).
   */
  public static final SpiVersion CURRENT = new SpiVersion(1, 2);

  private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.\\d{1,4})?");

  /** Validates the parts. */
  public SpiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "an SPI version has no negative parts: " + major + "." + minor);
    }
  }

  /**
   * Reads {@code major.minor} (a third, patch, part is accepted and ignored).
   *
   * @throws IllegalArgumentException when the text is not such a version
   */
  public static SpiVersion parse(String text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not an SPI version (expected major.minor, such as 1.0): \"" + text + "\"");
    }
    return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether a plugin built against this version runs on the SPI {@code runtime}: same major
   * version, minor version not newer.
   */
  public boolean runsOn(SpiVersion runtime) {
    requireNonNull(runtime, "runtime");
    return major == runtime.major && minor <= runtime.minor;
  }

  @Override
  public int compareTo(SpiVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
