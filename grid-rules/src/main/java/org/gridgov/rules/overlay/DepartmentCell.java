package org.gridgov.rules.overlay;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.Geometry;

/**
 * One cell of a department's layer: a police beat, a health-service area, an urban-management cell.
 *
 * @param id the cell's id, unique in its layer
 * @param name its name, if given
 * @param department the department it belongs to (e.g. {@code police}), if given
 * @param boundary its polygon in WGS 84 (a valid Polygon or MultiPolygon)
 */
public record DepartmentCell(
    String id, Optional<String> name, Optional<String> department, Geometry boundary) {

  /** Validates the parts. */
  public DepartmentCell {
    id = Checks.id(id, "cell id");
    requireNonNull(name, "name");
    requireNonNull(department, "department");
    requireNonNull(boundary, "boundary");
  }
}
