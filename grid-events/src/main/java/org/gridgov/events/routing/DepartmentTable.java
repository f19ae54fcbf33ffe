package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.grid.GridCode;

/**
 * Which departments join a case of each category ("departments in support", 条块结合、以块为主): a default
 * table, and tables of their own for the streets and towns that name other bodies. The grid stays
 * the lead; departments are told and take part.
 */
public final class DepartmentTable {

  private final Map<EventCategory, ImmutableList<String>> defaults;
  private final Map<DivisionCode, Map<EventCategory, ImmutableList<String>>> streets;

  private DepartmentTable(
      Map<EventCategory, ImmutableList<String>> defaults,
      Map<DivisionCode, Map<EventCategory, ImmutableList<String>>> streets) {
    this.defaults = defaults;
    this.streets = streets;
  }

  /**
   * The default table: the fire brigade for fire, the gas company for gas, the power supply company
   * for electricity, housing and construction for structures, urban management for facilities and
   * illegal building, the police station for security and incidents, the community health centre
   * for public health, civil affairs for special groups, emergency management for natural
   * disasters; none for neighbours' disputes and micro wishes, which the grid settles itself.
   */
  public static DepartmentTable defaults() {
    Map<EventCategory, ImmutableList<String>> d = new EnumMap<>(EventCategory.class);
    d.put(EventCategory.SAFETY_FIRE, ImmutableList.of("fire_brigade"));
    d.put(EventCategory.SAFETY_GAS, ImmutableList.of("gas_company", "fire_brigade"));
    d.put(EventCategory.SAFETY_ELECTRICITY, ImmutableList.of("power_supply"));
    d.put(EventCategory.SAFETY_STRUCTURE, ImmutableList.of("housing_construction"));
    d.put(EventCategory.FACILITY_DAMAGE, ImmutableList.of("urban_management"));
    d.put(EventCategory.CONSTRUCTION_ILLEGAL, ImmutableList.of("urban_management"));
    d.put(EventCategory.SECURITY_PUBLIC, ImmutableList.of("police_station"));
    d.put(
        EventCategory.INCIDENT_PERSONAL_EXTREME,
        ImmutableList.of("police_station", "health_centre"));
    d.put(EventCategory.INCIDENT_MASS, ImmutableList.of("police_station"));
    d.put(EventCategory.CARE_SPECIAL_GROUP, ImmutableList.of("civil_affairs"));
    d.put(EventCategory.DISASTER_FLOOD, ImmutableList.of("emergency_management", "water_affairs"));
    d.put(EventCategory.DISASTER_EARTHQUAKE, ImmutableList.of("emergency_management"));
    d.put(
        EventCategory.DISASTER_LANDSLIDE,
        ImmutableList.of("emergency_management", "natural_resources"));
    d.put(EventCategory.DISASTER_WEATHER, ImmutableList.of("emergency_management"));
    d.put(EventCategory.HEALTH_PUBLIC, ImmutableList.of("health_centre"));
    return new DepartmentTable(d, Map.of());
  }

  /**
   * A copy in which {@code category} calls other departments everywhere, unless a street or town
   * names its own.
   */
  public DepartmentTable withDefault(EventCategory category, List<String> departments) {
    Map<EventCategory, ImmutableList<String>> copy = new EnumMap<>(EventCategory.class);
    copy.putAll(defaults);
    copy.put(requireNonNull(category, "category"), ImmutableList.copyOf(departments));
    return new DepartmentTable(copy, streets);
  }

  /**
   * A copy in which a street or town names its own departments for a category.
   *
   * @param street the 12-digit code of the street or town
   * @throws IllegalArgumentException if {@code street} is not a town-level code
   */
  public DepartmentTable withStreet(
      DivisionCode street, EventCategory category, List<String> departments) {
    requireNonNull(street, "street");
    if (street.level() != DivisionLevel.TOWN) {
      throw new IllegalArgumentException(street + " is not the code of a street or town");
    }
    Map<DivisionCode, Map<EventCategory, ImmutableList<String>>> copy = new HashMap<>(streets);
    Map<EventCategory, ImmutableList<String>> own = new EnumMap<>(EventCategory.class);
    own.putAll(streets.getOrDefault(street, Map.of()));
    own.put(requireNonNull(category, "category"), ImmutableList.copyOf(departments));
    copy.put(street, own);
    return new DepartmentTable(defaults, copy);
  }

  /** The departments that join a case of {@code category} in {@code grid}'s street or town. */
  public ImmutableList<String> departments(GridCode grid, EventCategory category) {
    if (streets.isEmpty()) {
      // The common case, and on every routed report: skip finding the street.
      return defaults.getOrDefault(category, ImmutableList.of());
    }
    Optional<DivisionCode> street = grid.community().ancestorAt(DivisionLevel.TOWN);
    Map<EventCategory, ImmutableList<String>> own =
        street.map(s -> streets.getOrDefault(s, Map.of())).orElse(Map.of());
    ImmutableList<String> named = own.get(category);
    return named != null ? named : defaults.getOrDefault(category, ImmutableList.of());
  }
}
