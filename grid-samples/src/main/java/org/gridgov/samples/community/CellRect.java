package org.gridgov.samples.community;

/**
 * A rectangle of mesh cells: columns {@code i0} (inclusive) to {@code i1} (exclusive), rows {@code
 * j0} to {@code j1}. Grids are made of such rectangles so that neighbours share mesh nodes exactly.
 */
record CellRect(int i0, int j0, int i1, int j1) {

  CellRect {
    if (i1 <= i0 || j1 <= j0) {
      throw new IllegalArgumentException(
          "empty cell rectangle " + i0 + "," + j0 + "-" + i1 + "," + j1);
    }
  }

  int width() {
    return i1 - i0;
  }

  int height() {
    return j1 - j0;
  }

  int cells() {
    return width() * height();
  }
}
