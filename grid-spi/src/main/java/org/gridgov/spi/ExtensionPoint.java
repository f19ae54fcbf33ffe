package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.regex.Pattern;

/**
 * One kind of plugin: the interface its providers implement, the word people know it by, and the
 * artifacts that provide the built-in ones, so that the loader can say what to add when a plugin is
 * missing.
 *
 * @param type the provider interface, listed in {@code META-INF/services/<type name>}
 * @param kind the kind in words, such as {@code store}
 * @param artifacts per plugin name, the Maven coordinates ({@code groupId:artifactId}) of the
 *     artifact that provides it
 * @param <P> the provider interface
 */
public record ExtensionPoint<P extends Provider>(
    Class<P> type, String kind, ImmutableMap<String, String> artifacts) {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** Validates the parts. */
  public ExtensionPoint {
    requireNonNull(type, "type");
    requireNonNull(kind, "kind");
    requireNonNull(artifacts, "artifacts");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("a plugin kind is a lower-case word: \"" + kind + "\"");
    }
  }

  /** An extension point with no known artifacts. */
  public static <P extends Provider> ExtensionPoint<P> of(Class<P> type, String kind) {
    return new ExtensionPoint<>(type, kind, ImmutableMap.of());
  }
}
