package org.gridgov.interop;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The filter of a {@code GET requests.json}: the query arguments of GeoReport v2 as a test of
 * {@link ServiceRequest}s. Immutable.
 *
 * <p>As the specification has it: {@code service_request_id} (comma-separated) overrides every
 * other argument; {@code service_code} and {@code status} take comma-separated lists; {@code
 * start_date} and {@code end_date} bound {@code requested_datetime}, both ends included. The
 * specification's defaults (the last 90 days, at most 1000 requests) are the server's to apply.
 *
 * @param ids {@code service_request_id}: only these requests, whatever the other arguments say;
 *     empty for any
 * @param serviceCodes {@code service_code}: only these services; empty for any
 * @param start {@code start_date}: requested at or after this time
 * @param end {@code end_date}: requested at or before this time
 * @param statuses {@code status}: only these states; empty for any
 */
public record RequestQuery(
    ImmutableSet<String> ids,
    ImmutableSet<String> serviceCodes,
    Optional<OffsetDateTime> start,
    Optional<OffsetDateTime> end,
    ImmutableSet<ServiceRequest.Status> statuses)
    implements Predicate<ServiceRequest> {

  /** Every request. */
  public static final RequestQuery ALL =
      new RequestQuery(
          ImmutableSet.of(),
          ImmutableSet.of(),
          Optional.empty(),
          Optional.empty(),
          ImmutableSet.of());

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public RequestQuery {
    requireNonNull(ids, "ids");
    requireNonNull(serviceCodes, "serviceCodes");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(statuses, "statuses");
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "end_date "
              + Times.format(end.get())
              + " is before start_date "
              + Times.format(start.get()));
    }
  }

  /**
   * Reads the query arguments of a {@code GET requests.json}; arguments it does not know ({@code
   * jurisdiction_id}, {@code api_key}, a vendor's) are left to the server. Blank values mean "not
   * given".
   *
   * @param arguments name to value, as decoded from the query string
   * @throws InvalidInputException listing every bad argument (a time {@link Times#parse} cannot
   *     read, an unknown service code or status, an end before the start); answer with 400 and
   *     {@link Open311#writeErrors}
   */
  public static RequestQuery parse(Map<String, String> arguments) {
    requireNonNull(arguments, "arguments");
    List<Problem> problems = new ArrayList<>();
    ImmutableSet<String> ids = list(arguments.get("service_request_id"));
    ImmutableSet<String> codes = list(arguments.get("service_code"));
    for (String code : codes) {
      if (EventCategory.find(code).isEmpty()) {
        problems.add(
            Problem.of(
                "service_code",
                "unknown service code \""
                    + Checks.printable(code)
                    + "\"; GET services.json lists ours"));
      }
    }
    ImmutableSet.Builder<ServiceRequest.Status> statuses = ImmutableSet.builder();
    for (String s : list(arguments.get("status"))) {
      switch (s) {
        case "open" -> statuses.add(ServiceRequest.Status.OPEN);
        case "closed" -> statuses.add(ServiceRequest.Status.CLOSED);
        default ->
            problems.add(
                Problem.of(
                    "status",
                    "unknown status \"" + Checks.printable(s) + "\"; expected open or closed"));
      }
    }
    Optional<OffsetDateTime> start = time(arguments, "start_date", problems);
    Optional<OffsetDateTime> end = time(arguments, "end_date", problems);
    if (problems.isEmpty()) {
      try {
        return new RequestQuery(ids, codes, start, end, statuses.build());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of("end_date", Checks.messageOf(e)));
      }
    }
    throw new InvalidInputException("cannot read the query of GET requests.json", problems);
  }

  /** Whether {@code r} is one of the requests asked for. */
  @Override
  public boolean test(ServiceRequest r) {
    requireNonNull(r, "r");
    if (!ids.isEmpty()) {
      return ids.contains(r.serviceRequestId());
    }
    return (serviceCodes.isEmpty() || serviceCodes.contains(r.serviceCode()))
        && (statuses.isEmpty() || statuses.contains(r.status()))
        && start.map(s -> !r.requestedAt().isBefore(s)).orElse(true)
        && end.map(e -> !r.requestedAt().isAfter(e)).orElse(true);
  }

  private static ImmutableSet<String> list(@Nullable String value) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    if (value != null) {
      for (String part : value.split(",", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out.build();
  }

  private static Optional<OffsetDateTime> time(
      Map<String, String> arguments, String name, List<Problem> problems) {
    String v = arguments.get(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Times.parse(v));
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(name, Times.refusal(v, e)));
      return Optional.empty();
    }
  }
}
