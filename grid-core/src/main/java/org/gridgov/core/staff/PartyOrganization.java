package org.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * A party organisation (党组织) attached to a grid; the share of grids that have one is the
 * party-organisation coverage that the founding paper measures.
 *
 * @param id identifier, unique in a dataset
 * @param name the organisation's name
 * @param kind committee, branch or group
 * @param grid the grid it is attached to
 */
public record PartyOrganization(String id, String name, PartyOrganizationKind kind, GridCode grid) {

  /** Validates the parts. */
  public PartyOrganization {
    id = Checks.id(id, "party organisation id");
    name = Checks.nonBlank(name, "party organisation name");
    requireNonNull(kind, "kind");
    requireNonNull(grid, "grid");
  }
}
