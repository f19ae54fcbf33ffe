package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.samples.internal.Draw;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A street mesh: two families of straight, slightly irregular lines (the streets and lanes) whose
 * crossings are the nodes. Every grid boundary is a ring of these nodes, so neighbouring grids
 * share their edges coordinate for coordinate and the union of a grid's children is the grid
 * itself: a coverage check then finds no gaps or overlaps, not even slivers.
 *
 * <p>The mesh is laid out in metres on a local plane around a centre point, rotated as a whole (a
 * street grid is rarely aligned with north), and only then turned into WGS 84 degrees, rounded to
 * 1e-7° (about 1 cm) so that files stay readable.
 */
final class Mesh {

  private static final double METRES_PER_DEGREE = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;
  private static final double ROUND = 1e7;

  private final int nx;
  private final int ny;
  private final double[][] lon;
  private final double[][] lat;

  private Mesh(int nx, int ny, double[][] lon, double[][] lat) {
    this.nx = nx;
    this.ny = ny;
    this.lon = lon;
    this.lat = lat;
  }

  /**
   * Lays out a mesh of {@code nx} × {@code ny} cells of about {@code cellMetres} around a centre.
   *
   * @param offsetNoise how far a line may be shifted from its regular place, as a share of a cell
   * @param tiltNoise how much a line may lean against its neighbours (metres per metre); kept small
   *     enough that lines of one family never cross inside the mesh
   * @param rotationDegrees rotation of the whole street grid, counter-clockwise
   */
  static Mesh create(
      double centreLon,
      double centreLat,
      int nx,
      int ny,
      double cellMetres,
      double offsetNoise,
      double tiltNoise,
      double rotationDegrees,
      SplittableRandom rnd) {
    double w = nx * cellMetres;
    double h = ny * cellMetres;
    double[] xs = new double[nx + 1];
    double[] slopeX = new double[nx + 1];
    for (int i = 0; i <= nx; i++) {
      xs[i] = i * cellMetres + Draw.between(rnd, -offsetNoise, offsetNoise) * cellMetres;
      slopeX[i] = Draw.between(rnd, -tiltNoise, tiltNoise);
    }
    double[] ys = new double[ny + 1];
    double[] slopeY = new double[ny + 1];
    for (int j = 0; j <= ny; j++) {
      ys[j] = j * cellMetres + Draw.between(rnd, -offsetNoise, offsetNoise) * cellMetres;
      slopeY[j] = Draw.between(rnd, -tiltNoise, tiltNoise);
    }
    double cos = Math.cos(Math.toRadians(rotationDegrees));
    double sin = Math.sin(Math.toRadians(rotationDegrees));
    double metresPerDegreeLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(centreLat));
    double[][] lon = new double[nx + 1][ny + 1];
    double[][] lat = new double[nx + 1][ny + 1];
    for (int i = 0; i <= nx; i++) {
      for (int j = 0; j <= ny; j++) {
        // Line i: x = xs[i] + slopeX[i] (y - h/2); line j: y = ys[j] + slopeY[j] (x - w/2).
        double s = slopeX[i];
        double t = slopeY[j];
        double x = (xs[i] + s * (ys[j] - t * w / 2 - h / 2)) / (1 - s * t);
        double y = ys[j] + t * (x - w / 2);
        double dx = x - w / 2;
        double dy = y - h / 2;
        double east = dx * cos - dy * sin;
        double north = dx * sin + dy * cos;
        lon[i][j] = round(centreLon + east / metresPerDegreeLon);
        lat[i][j] = round(centreLat + north / METRES_PER_DEGREE);
      }
    }
    return new Mesh(nx, ny, lon, lat);
  }

  private static double round(double degrees) {
    return Math.round(degrees * ROUND) / ROUND;
  }

  /** The whole mesh as a rectangle of cells. */
  CellRect all() {
    return new CellRect(0, 0, nx, ny);
  }

  /**
   * The polygon of a rectangle of cells: every mesh node on its outline, counter-clockwise, so that
   * it shares its edges exactly with the rectangles beside it.
   */
  Polygon polygon(CellRect r) {
    List<Coordinate> ring = new ArrayList<>();
    for (int i = r.i0(); i < r.i1(); i++) {
      ring.add(node(i, r.j0()));
    }
    for (int j = r.j0(); j < r.j1(); j++) {
      ring.add(node(r.i1(), j));
    }
    for (int i = r.i1(); i > r.i0(); i--) {
      ring.add(node(i, r.j1()));
    }
    for (int j = r.j1(); j > r.j0(); j--) {
      ring.add(node(r.i0(), j));
    }
    ring.add(node(r.i0(), r.j0()));
    return Wgs84.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
  }

  /**
   * A quadrilateral inside a rectangle of cells, its corners {@code inset} (a share of a cell) in
   * from the rectangle's corner cells; used for compounds that sit on top of the territorial grids
   * without following their edges.
   */
  Polygon insetQuad(CellRect r, double inset) {
    Coordinate[] ring = {
      coordinate(r.i0(), r.j0(), inset, inset),
      coordinate(r.i1() - 1, r.j0(), 1 - inset, inset),
      coordinate(r.i1() - 1, r.j1() - 1, 1 - inset, 1 - inset),
      coordinate(r.i0(), r.j1() - 1, inset, 1 - inset),
      null
    };
    ring[4] = ring[0].copy();
    return Wgs84.FACTORY.createPolygon(ring);
  }

  /**
   * A point in cell ({@code i}, {@code j}) at cell parameters {@code u}, {@code v} (0–1 across and
   * up the cell). Parameters strictly between 0 and 1 give a point strictly inside the cell.
   */
  Point point(int i, int j, double u, double v) {
    Coordinate c = coordinate(i, j, u, v);
    return Wgs84.point(c.x, c.y);
  }

  private Coordinate coordinate(int i, int j, double u, double v) {
    double x =
        (1 - u) * (1 - v) * lon[i][j]
            + u * (1 - v) * lon[i + 1][j]
            + u * v * lon[i + 1][j + 1]
            + (1 - u) * v * lon[i][j + 1];
    double y =
        (1 - u) * (1 - v) * lat[i][j]
            + u * (1 - v) * lat[i + 1][j]
            + u * v * lat[i + 1][j + 1]
            + (1 - u) * v * lat[i][j + 1];
    return new Coordinate(round(x), round(y));
  }

  private Coordinate node(int i, int j) {
    return new Coordinate(lon[i][j], lat[i][j]);
  }
}
