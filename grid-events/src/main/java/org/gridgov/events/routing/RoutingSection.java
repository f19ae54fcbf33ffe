package org.gridgov.events.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.events.routing.EscalationPolicy.Limits;

/**
 * Reads the {@code routing} section of a policy file into a {@link RoutingPolicy}, reporting every
 * bad field with its JSON path to the caller's problem list. Fields not given keep the defaults; a
 * limit names only the figures it changes.
 */
final class RoutingSection {

  private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9_]*");
  private static final long MAX_MINUTES = 60L * 24 * 365;

  private final BiConsumer<String, String> problem;

  RoutingSection(BiConsumer<String, String> problem) {
    this.problem = problem;
  }

  RoutingPolicy read(JsonNode node, String path) {
    RoutingPolicy defaults = RoutingPolicy.defaults();
    EscalationPolicy.Builder escalation = EscalationPolicy.builder();
    EscalationPolicy base = EscalationPolicy.defaults();
    DepartmentTable departments = defaults.departments();
    double radius = defaults.correlationRadiusMetres();
    Duration window = defaults.correlationWindow();
    Optional<WorkCalendar> calendar = Optional.empty();
    if (!node.isObject()) {
      problem.accept(path, "must be an object");
      return defaults;
    }
    for (Map.Entry<String, JsonNode> e : fields(node)) {
      String p = path + "." + e.getKey();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "correlation" -> {
          for (Map.Entry<String, JsonNode> c : object(v, p)) {
            String cp = p + "." + c.getKey();
            switch (c.getKey()) {
              case "radiusMetres" -> {
                if (!c.getValue().isNumber()
                    || !(c.getValue().doubleValue() >= 0
                        && c.getValue().doubleValue() <= 100_000)) {
                  problem.accept(cp, c.getValue() + " is not a number in 0..100000");
                } else {
                  radius = c.getValue().doubleValue();
                }
              }
              case "windowMinutes" ->
                  window = minutes(c.getValue(), cp).map(Duration::ofMinutes).orElse(window);
              default ->
                  problem.accept(
                      cp, "unknown field; correlation takes radiusMetres, windowMinutes");
            }
          }
        }
        case "limits" -> {
          for (Map.Entry<String, JsonNode> l : object(v, p)) {
            String lp = p + "." + l.getKey();
            Optional<EventSeverity> severity = severity(l.getKey(), lp);
            if (severity.isPresent()) {
              limits(l.getValue(), lp, base.limits(severity.get()))
                  .ifPresent(x -> escalation.limits(severity.get(), x));
            }
          }
        }
        case "familyLimits" -> {
          for (Map.Entry<String, JsonNode> f : object(v, p)) {
            String fp = p + "." + f.getKey();
            if (!family(f.getKey())) {
              problem.accept(
                  fp,
                  "\"" + f.getKey() + "\" is not a category family; expected one of " + families());
              continue;
            }
            for (Map.Entry<String, JsonNode> l : object(f.getValue(), fp)) {
              String lp = fp + "." + l.getKey();
              Optional<EventSeverity> severity = severity(l.getKey(), lp);
              if (severity.isPresent()) {
                limits(l.getValue(), lp, base.limits(severity.get()))
                    .ifPresent(x -> escalation.limits(f.getKey(), severity.get(), x));
              }
            }
          }
        }
        case "calendar" -> {
          if (!v.isTextual()) {
            problem.accept(p, "expected a calendar name, cn or weekdays");
          } else {
            try {
              calendar = Optional.of(WorkCalendar.named(v.asText()));
            } catch (IllegalArgumentException unknown) {
              problem.accept(p, String.valueOf(unknown.getMessage()));
            }
          }
        }
        case "departments" -> departments = departments(v, p, departments, Optional.empty());
        case "streets" -> {
          for (Map.Entry<String, JsonNode> s : object(v, p)) {
            String sp = p + "." + s.getKey();
            Optional<DivisionCode> street =
                DivisionCode.tryParse(s.getKey()).filter(d -> d.level() == DivisionLevel.TOWN);
            if (street.isEmpty()) {
              problem.accept(
                  sp,
                  "\""
                      + s.getKey()
                      + "\" is not the 12-digit code of a town or street (such as 510107011000)");
              continue;
            }
            for (Map.Entry<String, JsonNode> f : object(s.getValue(), sp)) {
              if (f.getKey().equals("departments")) {
                departments = departments(f.getValue(), sp + ".departments", departments, street);
              } else {
                problem.accept(sp + "." + f.getKey(), "unknown field; a street takes departments");
              }
            }
          }
        }
        default ->
            problem.accept(
                p,
                "unknown field; routing takes correlation, limits, familyLimits, calendar,"
                    + " departments, streets");
      }
    }
    WorkingHours hours =
        calendar.map(c -> base.workingHours().withCalendar(c)).orElse(base.workingHours());
    return new RoutingPolicy(escalation.workingHours(hours).build(), departments, radius, window);
  }

  private DepartmentTable departments(
      JsonNode node, String path, DepartmentTable table, Optional<DivisionCode> street) {
    DepartmentTable out = table;
    for (Map.Entry<String, JsonNode> e : object(node, path)) {
      String p = path + "." + e.getKey();
      Optional<EventCategory> category;
      try {
        category = Optional.of(EventCategory.fromCode(e.getKey()));
      } catch (IllegalArgumentException ex) {
        problem.accept(p, ex.getMessage());
        continue;
      }
      if (!e.getValue().isArray()) {
        problem.accept(p, "must be an array of department names");
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        JsonNode n = e.getValue().get(i);
        if (!n.isTextual() || !DEPARTMENT.matcher(n.asText()).matches()) {
          problem.accept(
              p + "[" + i + "]",
              n + " is not a department name (lower-case letters, digits and _, like gas_company)");
        } else {
          names.add(n.asText());
        }
      }
      out =
          street.isPresent()
              ? out.withStreet(street.get(), category.get(), names)
              : out.withDefault(category.get(), names);
    }
    return out;
  }

  private Optional<Limits> limits(JsonNode node, String path, Limits base) {
    Duration accept = base.accept();
    Duration handle = base.handle();
    boolean working = base.workingTime();
    int before = count;
    for (Map.Entry<String, JsonNode> e : object(node, path)) {
      String p = path + "." + e.getKey();
      switch (e.getKey()) {
        case "acceptMinutes" -> {
          Optional<Long> m = minutes(e.getValue(), p);
          if (m.isPresent()) {
            accept = Duration.ofMinutes(m.get());
          }
        }
        case "handleMinutes" -> {
          Optional<Long> m = minutes(e.getValue(), p);
          if (m.isPresent()) {
            handle = Duration.ofMinutes(m.get());
          }
        }
        case "workingTime" -> {
          if (e.getValue().isBoolean()) {
            working = e.getValue().booleanValue();
          } else {
            report(p, e.getValue() + " is not true or false");
          }
        }
        default ->
            report(p, "unknown field; a limit takes acceptMinutes, handleMinutes, workingTime");
      }
    }
    return count == before ? Optional.of(new Limits(accept, handle, working)) : Optional.empty();
  }

  /** Problems reported by {@link #limits}, to tell whether the limit read cleanly. */
  private int count;

  private void report(String path, String message) {
    count++;
    problem.accept(path, message);
  }

  private Optional<Long> minutes(JsonNode v, String path) {
    if (!v.isIntegralNumber() || v.longValue() < 0 || v.longValue() > MAX_MINUTES) {
      report(path, v + " is not a whole number of minutes in 0.." + MAX_MINUTES);
      return Optional.empty();
    }
    return Optional.of(v.longValue());
  }

  private Optional<EventSeverity> severity(String code, String path) {
    try {
      return Optional.of(EventSeverity.fromCode(code));
    } catch (IllegalArgumentException e) {
      problem.accept(path, e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean family(String name) {
    for (EventCategory c : EventCategory.values()) {
      if (c.family().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String families() {
    return String.join(
        "|",
        java.util.Arrays.stream(EventCategory.values())
            .map(EventCategory::family)
            .distinct()
            .toList());
  }

  private List<Map.Entry<String, JsonNode>> object(JsonNode node, String path) {
    if (!node.isObject()) {
      problem.accept(path, "must be an object");
      return List.of();
    }
    return fields(node);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }
}
