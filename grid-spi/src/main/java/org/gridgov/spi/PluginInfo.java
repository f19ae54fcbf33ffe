package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

/**
 * What the loader knows of one plugin it found, usable or not: for {@code grid plugins} and for
 * diagnosing a class path.
 *
 * @param kind the kind of plugin ({@code store}, {@code rule}, …)
 * @param name the name it claims; its class name when it could not be asked
 * @param className the implementation class
 * @param version the implementation version from its jar's manifest, or {@code unknown}
 * @param priority its priority; 0 when it could not be asked
 * @param spiVersion the SPI version it was built against, as it says; empty when it could not be
 *     asked
 * @param origin where its class came from: the jar or folder
 * @param status whether it can be used
 * @param detail why not, in words; empty when usable
 */
public record PluginInfo(
    String kind,
    String name,
    String className,
    String version,
    int priority,
    String spiVersion,
    String origin,
    Status status,
    String detail) {

  /** Whether a found plugin can be used. */
  public enum Status {
    /** Usable. */
    OK,
    /** Shares its name with another plugin of its kind: neither is used until one goes. */
    DUPLICATE,
    /** Built against an SPI version this one cannot run. */
    INCOMPATIBLE,
    /** Could not be created. */
    FAILED
  }

  /** Validates the parts. */
  public PluginInfo {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(className, "className");
    requireNonNull(version, "version");
    requireNonNull(spiVersion, "spiVersion");
    requireNonNull(origin, "origin");
    requireNonNull(status, "status");
    requireNonNull(detail, "detail");
  }
}
