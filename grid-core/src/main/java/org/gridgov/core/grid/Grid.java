package org.gridgov.core.grid;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.Geometry;

/**
 * One grid of the hierarchy: a community total grid, a general grid, a micro grid or an exclusive
 * grid. Immutable; make one with {@link #builder(GridCode, String)}.
 *
 * <p>The level is the level of the {@linkplain GridCode code}. The parent defaults to the grid the
 * code extends; an exclusive grid may name a general grid as its parent instead. The boundary, when
 * known, is a valid {@code Polygon} or {@code MultiPolygon} in WGS 84.
 *
 * <p>Two grids are equal when all their properties are; boundaries compare as normalised
 * geometries, so ring orientation and starting vertex do not matter.
 */
public final class Grid {

  private final GridCode code;
  private final String name;
  private final Optional<GridCode> parent;
  private final Optional<Geometry> boundary;
  private final Settlement settlement;
  private final Optional<ExclusiveKind> exclusiveKind;
  private final Optional<String> managingBody;

  private Grid(Builder b) {
    this.code = b.code;
    this.name = b.name;
    this.parent = b.parent;
    this.boundary = b.boundary;
    this.settlement = b.settlement;
    this.exclusiveKind = b.exclusiveKind;
    this.managingBody = b.managingBody;
  }

  /**
   * Starts a grid.
   *
   * @param code the grid's code, which also fixes its level
   * @param name the grid's name, e.g. {@code 锦绣社区第三网格}; not blank
   */
  public static Builder builder(GridCode code, String name) {
    return new Builder(code, name);
  }

  /** A builder holding this grid's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(code, name);
    b.parent = parent;
    b.boundary = boundary;
    b.settlement = settlement;
    b.exclusiveKind = exclusiveKind;
    b.managingBody = managingBody;
    return b;
  }

  /** The code. */
  public GridCode code() {
    return code;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The level, as fixed by the code's shape. */
  public GridLevel level() {
    return code.level();
  }

  /** The parent grid's code; empty only for a community total grid. */
  public Optional<GridCode> parent() {
    return parent;
  }

  /**
   * The boundary in WGS 84, if known. JTS geometries can be changed in place, so each call returns
   * a copy: changing it leaves this grid as it was.
   */
  public Optional<Geometry> boundary() {
    return boundary.map(Geometry::copy);
  }

  /** Urban or rural. */
  public Settlement settlement() {
    return settlement;
  }

  /** What an exclusive grid covers; present exactly for exclusive grids. */
  public Optional<ExclusiveKind> exclusiveKind() {
    return exclusiveKind;
  }

  /** The body that manages an exclusive grid (a company, an agency), if given. */
  public Optional<String> managingBody() {
    return managingBody;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Grid g)) {
      return false;
    }
    return code.equals(g.code)
        && name.equals(g.name)
        && parent.equals(g.parent)
        && settlement == g.settlement
        && exclusiveKind.equals(g.exclusiveKind)
        && managingBody.equals(g.managingBody)
        && sameGeometry(boundary, g.boundary);
  }

  static boolean sameGeometry(Optional<Geometry> a, Optional<Geometry> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().equalsNorm(b.get());
  }

  @Override
  public int hashCode() {
    // The boundary is left out: normalised comparison has no cheap matching hash.
    return Objects.hash(code, name, parent, settlement, exclusiveKind, managingBody);
  }

  @Override
  public String toString() {
    return level().code() + " grid " + code + " (" + name + ")";
  }

  /** Builds a {@link Grid}; each setter checks its argument at once. */
  public static final class Builder {
    private final GridCode code;
    private final String name;
    private Optional<GridCode> parent;
    private Optional<Geometry> boundary = Optional.empty();
    private Settlement settlement = Settlement.URBAN;
    private Optional<ExclusiveKind> exclusiveKind = Optional.empty();
    private Optional<String> managingBody = Optional.empty();

    private Builder(GridCode code, String name) {
      this.code = requireNonNull(code, "code");
      this.name = Checks.nonBlank(name, "grid name");
      this.parent = code.codeParent();
    }

    /**
     * Sets the parent grid. Needed only where it differs from the grid the code extends (an
     * exclusive grid under a general grid).
     *
     * @throws IllegalArgumentException for a community, which has no parent, or a grid's own code
     */
    public Builder parent(GridCode parent) {
      requireNonNull(parent, "parent");
      if (code.level() == GridLevel.COMMUNITY) {
        throw new IllegalArgumentException(
            "community total grid " + code + " is a root and cannot have parent " + parent);
      }
      if (parent.equals(code)) {
        throw new IllegalArgumentException("grid " + code + " cannot be its own parent");
      }
      this.parent = Optional.of(parent);
      return this;
    }

    /**
     * Sets the boundary.
     *
     * @throws IllegalArgumentException unless it is a valid, non-empty Polygon or MultiPolygon with
     *     coordinates in WGS 84 ranges
     */
    public Builder boundary(Geometry boundary) {
      requireNonNull(boundary, "boundary");
      Optional<String> problem = Wgs84.boundaryProblem(boundary);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("boundary of grid " + code + ": " + problem.get());
      }
      this.boundary = Optional.of(boundary.copy());
      this.boundary.get().setSRID(Wgs84.SRID);
      return this;
    }

    /** Sets urban or rural; urban by default. */
    public Builder settlement(Settlement settlement) {
      this.settlement = requireNonNull(settlement, "settlement");
      return this;
    }

    /**
     * Sets what an exclusive grid covers.
     *
     * @throws IllegalArgumentException if the grid is not exclusive
     */
    public Builder exclusiveKind(ExclusiveKind kind) {
      requireNonNull(kind, "kind");
      requireExclusive("an exclusive kind");
      this.exclusiveKind = Optional.of(kind);
      return this;
    }

    /**
     * Sets the body that manages an exclusive grid.
     *
     * @throws IllegalArgumentException if the grid is not exclusive or the name is blank
     */
    public Builder managingBody(String managingBody) {
      requireExclusive("a managing body");
      this.managingBody = Optional.of(Checks.nonBlank(managingBody, "managing body"));
      return this;
    }

    private void requireExclusive(String what) {
      if (code.level() != GridLevel.EXCLUSIVE) {
        throw new IllegalArgumentException(
            "only exclusive grids have "
                + what
                + "; "
                + code
                + " is a "
                + code.level().code()
                + " grid");
      }
    }

    /**
     * Builds the grid.
     *
     * @throws IllegalStateException if an exclusive grid has no exclusive kind
     */
    public Grid build() {
      if (code.level() == GridLevel.EXCLUSIVE && exclusiveKind.isEmpty()) {
        throw new IllegalStateException("exclusive grid " + code + " needs an exclusive kind");
      }
      return new Grid(this);
    }
  }
}
