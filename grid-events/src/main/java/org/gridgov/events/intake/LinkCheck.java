package org.gridgov.events.intake;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * What {@link BuildingLinks#verify} found: a link we issued, naming its building and grid, or a
 * refusal with its reason. Intake acts on a {@link Valid} link only.
 */
public sealed interface LinkCheck permits LinkCheck.Valid, LinkCheck.Refused {

  /** Whether the link is one we issued, unaltered. */
  boolean isValid();

  /**
   * A link we issued, unaltered.
   *
   * @param buildingId the building (楼栋) whose code was scanned
   * @param grid the grid the building was in when the code was issued; a hint for routing, since
   *     grids may have been re-planned since the code was printed
   */
  record Valid(String buildingId, GridCode grid) implements LinkCheck {

    /** Validates the parts. */
    public Valid {
      buildingId = Checks.id(buildingId, "buildingId");
      requireNonNull(grid, "grid");
    }

    @Override
    public boolean isValid() {
      return true;
    }
  }

  /**
   * A link refused, with why.
   *
   * @param reason the kind of refusal, for programs
   * @param message what exactly was wrong, for people; never contains key material
   */
  record Refused(Reason reason, String message) implements LinkCheck {

    /** Validates the parts. */
    public Refused {
      requireNonNull(reason, "reason");
      message = Checks.nonBlank(message, "message");
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public String toString() {
      return reason.code() + ": " + message;
    }
  }

  /** Why a link was refused. */
  enum Reason {
    /** Not a URI at all, or too long to be one of ours. */
    MALFORMED_LINK("malformed_link"),
    /**
     * A URI, but not under our base URL: a code pointing elsewhere (phishing) or another city's.
     */
    WRONG_BASE("wrong_base"),
    /** One of {@code b}, {@code g}, {@code v}, {@code s} is absent or empty. */
    MISSING_PARAMETER("missing_parameter"),
    /**
     * One of {@code b}, {@code g}, {@code v}, {@code s} is given twice, so its value is ambiguous.
     */
    DUPLICATE_PARAMETER("duplicate_parameter"),
    /** A link format version this library does not know ({@code v} other than {@code 1}). */
    UNKNOWN_VERSION("unknown_version"),
    /** The signature is not 22 characters of base64url, so it cannot be one we made. */
    MALFORMED_SIGNATURE("malformed_signature"),
    /**
     * The signature does not match the building and grid: the code was forged, altered, or signed
     * with another key.
     */
    SIGNATURE_MISMATCH("signature_mismatch"),
    /** Signed by our key, yet the building id or grid code is not valid (a key used elsewhere). */
    MALFORMED_VALUE("malformed_value");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The reason's code, lower case, for logs and API responses: {@code signature_mismatch}. */
    public String code() {
      return code;
    }
  }
}
