package org.gridgov.core.governance;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.internal.Checks;

/**
 * A person's seat on one of a community's bodies.
 *
 * @param personId who sits, the same id on every row of one person
 * @param name the person's name
 * @param bodyKind what kind of body
 * @param bodyId which body: for the party and residents' committees the code of the community's
 *     total grid or a party organisation's id, for grid members the member id, otherwise any id
 * @param role the role held (secretary, member, chair, …), free text
 */
public record Appointment(
    String personId, String name, BodyKind bodyKind, String bodyId, String role) {

  /** Checks the appointment. */
  public Appointment {
    personId = Checks.id(personId, "person id");
    name = Checks.nonBlank(name, "name");
    requireNonNull(bodyKind, "bodyKind");
    bodyId = Checks.id(bodyId, "body id");
    role = Checks.nonBlank(role, "role");
  }
}
