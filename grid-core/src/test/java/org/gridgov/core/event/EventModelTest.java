package org.gridgov.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventModelTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T09:30:00+08:00");

  @Test
  @DisplayName("the category codes are exactly the issue's, dot-separated, two levels")
  void categoryCodes() {
    assertThat(Arrays.stream(EventCategory.values()).map(EventCategory::code))
        .containsExactlyInAnyOrder(
            "safety.fire",
            "safety.gas",
            "safety.electricity",
            "safety.structure",
            "facility.damage",
            "construction.illegal",
            "dispute.neighbour",
            "security.public",
            "incident.personal_extreme",
            "incident.mass",
            "care.special_group",
            "disaster.flood",
            "disaster.earthquake",
            "disaster.landslide",
            "disaster.weather",
            "health.public",
            "wish.micro");
    assertThat(EventCategory.fromCode("safety.gas").family()).isEqualTo("safety");
    assertThat(EventCategory.DISASTER_FLOOD.emergencyClass())
        .contains(EmergencyClass.NATURAL_DISASTER);
    assertThat(EventCategory.HEALTH_PUBLIC.emergencyClass()).contains(EmergencyClass.PUBLIC_HEALTH);
    assertThat(EventCategory.INCIDENT_MASS.emergencyClass())
        .contains(EmergencyClass.SOCIAL_SECURITY);
    assertThat(EventCategory.SAFETY_FIRE.emergencyClass()).contains(EmergencyClass.ACCIDENT);
    assertThat(EventCategory.WISH_MICRO.emergencyClass()).isEmpty();
  }

  @Test
  @DisplayName(
      "severity and source codes are the issue's; unknown codes are errors listing the allowed")
  void codes() {
    assertThat(Arrays.stream(EventSeverity.values()).map(EventSeverity::code))
        .containsExactly("i", "ii", "iii", "iv", "routine");
    assertThat(Arrays.stream(EventSource.values()).map(EventSource::code))
        .containsExactly(
            "member_patrol", "resident_qr", "resident_app", "hotline", "device", "video_ai");
    assertThatThrownBy(() -> EventCategory.fromCode("safety.flood"))
        .hasMessageContaining("safety.flood")
        .hasMessageContaining("disaster.flood");
    assertThatThrownBy(() -> EventSeverity.fromCode("V"))
        .hasMessageContaining("i|ii|iii|iv|routine");
    assertThatThrownBy(() -> EventSource.fromCode("sms")).hasMessageContaining("video_ai");
  }

  @Test
  @DisplayName("an event needs a place; routine from a patrol by default")
  void event() {
    assertThatThrownBy(() -> GridEvent.builder("E1", AT, EventCategory.SAFETY_GAS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no place");
    GridEvent e = GridEvent.builder("E1", AT, EventCategory.SAFETY_GAS).buildingId("B1").build();
    assertThat(e.severity()).isEqualTo(EventSeverity.ROUTINE);
    assertThat(e.source()).isEqualTo(EventSource.MEMBER_PATROL);
    assertThatThrownBy(
            () -> GridEvent.builder("E2", AT, EventCategory.SAFETY_GAS).location(200, 30))
        .hasMessageContaining("200");
  }
}
