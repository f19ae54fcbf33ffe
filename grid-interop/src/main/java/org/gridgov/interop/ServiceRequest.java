package org.gridgov.interop;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;

/**
 * A case as an Open311 GeoReport v2 service request (服务请求), the shape a {@code GET requests.json}
 * returns. Made by {@link Open311#toServiceRequest}; written by {@link Open311#writeRequests}.
 * Immutable.
 *
 * @param serviceRequestId {@code service_request_id}: the case id
 * @param status {@code status}: open or closed
 * @param statusNotes {@code status_notes}: why the case last moved, if a reason was given
 * @param serviceCode {@code service_code}: the category code, e.g. {@code safety.gas}
 * @param serviceName {@code service_name}: the category's English name
 * @param description {@code description}: the reporter's words, if any
 * @param agencyResponsible {@code agency_responsible}: the code of the grid leading the case
 * @param requestedAt {@code requested_datetime}: when the first report came in
 * @param updatedAt {@code updated_datetime}: when the case last moved
 * @param addressId {@code address_id}: the building, if the report named one
 * @param position {@code lat} and {@code long}: the report's point, if it gave one
 * @param severity the grade, written as the extension {@code attributes.severity} (GeoReport v2 has
 *     no severity of its own) so that it survives a round trip
 */
public record ServiceRequest(
    String serviceRequestId,
    Status status,
    Optional<String> statusNotes,
    String serviceCode,
    String serviceName,
    Optional<String> description,
    String agencyResponsible,
    OffsetDateTime requestedAt,
    OffsetDateTime updatedAt,
    Optional<String> addressId,
    Optional<LatLong> position,
    EventSeverity severity) {

  /** Validates the parts. */
  public ServiceRequest {
    serviceRequestId = Checks.id(serviceRequestId, "service_request_id");
    requireNonNull(status, "status");
    requireNonNull(statusNotes, "statusNotes");
    serviceCode = Checks.nonBlank(serviceCode, "service_code");
    serviceName = Checks.nonBlank(serviceName, "service_name");
    requireNonNull(description, "description");
    agencyResponsible = Checks.nonBlank(agencyResponsible, "agency_responsible");
    requireNonNull(requestedAt, "requestedAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(addressId, "addressId");
    requireNonNull(position, "position");
    requireNonNull(severity, "severity");
  }

  /**
   * The two states GeoReport v2 knows. It has no finer cycle, so the case's state is folded into
   * these two (see {@link Open311#toServiceRequest}).
   */
  public enum Status {
    /** Still being worked on, as far as the resident is concerned. */
    OPEN,
    /** Done: handled and verified, closed, merged into another case, or rejected. */
    CLOSED;

    /** The code GeoReport v2 writes: {@code open} or {@code closed}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A WGS 84 position in the order GeoReport v2 names it: latitude, then longitude.
   *
   * @param lat latitude in decimal degrees, -90..90
   * @param lon longitude in decimal degrees, -180..180
   */
  public record LatLong(double lat, double lon) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if either is out of range or not finite
     */
    public LatLong {
      Wgs84.checkLonLat(lon, lat);
    }
  }
}
