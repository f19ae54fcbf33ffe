package org.gridgov.core.event;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an event is about: a two-level taxonomy (family, then kind) with stable dot-separated codes
 * such as {@code safety.gas}. Each category maps to one of the four emergency classes of GB/T 35561
 * where it can become an emergency; the everyday service categories (a resident's micro wish, a
 * special group's need, a neighbours' dispute) map to none.
 */
public enum EventCategory {
  /** Fire hazard or fire (火灾隐患). */
  SAFETY_FIRE("safety.fire", "fire hazard", "火灾隐患", EmergencyClass.ACCIDENT),
  /** Gas leak or unsafe gas use (燃气隐患). */
  SAFETY_GAS("safety.gas", "gas hazard", "燃气隐患", EmergencyClass.ACCIDENT),
  /** Unsafe electricity use, e.g. charging e-bikes indoors (用电隐患). */
  SAFETY_ELECTRICITY("safety.electricity", "electrical hazard", "用电隐患", EmergencyClass.ACCIDENT),
  /** Structural danger: cracked walls, falling objects (房屋结构隐患). */
  SAFETY_STRUCTURE("safety.structure", "structural hazard", "房屋结构隐患", EmergencyClass.ACCIDENT),
  /** Damaged public facilities: manhole covers, streetlights, railings (公共设施损坏). */
  FACILITY_DAMAGE("facility.damage", "damaged public facility", "公共设施损坏", EmergencyClass.ACCIDENT),
  /** Illegal construction (违法建设). */
  CONSTRUCTION_ILLEGAL(
      "construction.illegal", "illegal construction", "违法建设", EmergencyClass.ACCIDENT),
  /** Dispute between neighbours (邻里纠纷). */
  DISPUTE_NEIGHBOUR("dispute.neighbour", "neighbours' dispute", "邻里纠纷", null),
  /** Public security matter (治安问题). */
  SECURITY_PUBLIC("security.public", "public security", "社会治安", EmergencyClass.SOCIAL_SECURITY),
  /** Personal extreme incident (个人极端事件). */
  INCIDENT_PERSONAL_EXTREME(
      "incident.personal_extreme",
      "personal extreme incident",
      "个人极端事件",
      EmergencyClass.SOCIAL_SECURITY),
  /** Mass incident (群体性事件). */
  INCIDENT_MASS("incident.mass", "mass incident", "群体性事件", EmergencyClass.SOCIAL_SECURITY),
  /** A special group's need: an elderly person alone unwell, a child in difficulty (特殊群体关爱). */
  CARE_SPECIAL_GROUP("care.special_group", "special-group care", "特殊群体关爱", null),
  /** Flood or waterlogging (洪涝). */
  DISASTER_FLOOD("disaster.flood", "flood", "洪涝灾害", EmergencyClass.NATURAL_DISASTER),
  /** Earthquake (地震). */
  DISASTER_EARTHQUAKE("disaster.earthquake", "earthquake", "地震灾害", EmergencyClass.NATURAL_DISASTER),
  /** Landslide or debris flow (滑坡、泥石流). */
  DISASTER_LANDSLIDE("disaster.landslide", "landslide", "地质灾害", EmergencyClass.NATURAL_DISASTER),
  /** Extreme weather: storm, heat wave, snow (极端天气). */
  DISASTER_WEATHER("disaster.weather", "extreme weather", "极端天气", EmergencyClass.NATURAL_DISASTER),
  /** Public health event (公共卫生事件). */
  HEALTH_PUBLIC("health.public", "public health", "公共卫生", EmergencyClass.PUBLIC_HEALTH),
  /** A resident's micro wish (微心愿). */
  WISH_MICRO("wish.micro", "micro wish", "微心愿", null);

  private final String code;
  private final String nameEn;
  private final String nameZh;
  private final Optional<EmergencyClass> emergencyClass;

  EventCategory(
      String code, String nameEn, String nameZh, @Nullable EmergencyClass emergencyClass) {
    this.code = code;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.emergencyClass = Optional.ofNullable(emergencyClass);
  }

  /** The stable code used in files, e.g. {@code safety.gas}. */
  public String code() {
    return code;
  }

  /** The first level of the taxonomy, e.g. {@code safety} for {@code safety.gas}. */
  public String family() {
    return code.substring(0, code.indexOf('.'));
  }

  /** The English name. */
  public String nameEn() {
    return nameEn;
  }

  /** The Chinese name. */
  public String nameZh() {
    return nameZh;
  }

  /** The GB/T 35561 class this category can become an emergency of; empty for service matters. */
  public Optional<EmergencyClass> emergencyClass() {
    return emergencyClass;
  }

  /** The category with the given code, if any. */
  public static Optional<EventCategory> find(String code) {
    for (EventCategory c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The category with the given code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static EventCategory fromCode(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown event category \""
                        + code
                        + "\"; expected one of "
                        + Arrays.stream(values())
                            .map(EventCategory::code)
                            .collect(Collectors.joining("|"))));
  }
}
