package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.samples.internal.Draw;

/**
 * Splits a rectangle of mesh cells into {@code k} rectangles that tile it: the long side is cut
 * into ⌈k/2⌉ strips and each strip is cut across in two at a place of its own (one strip stays
 * whole when k is odd), which gives the staggered, T-junction look of a real block plan.
 */
final class Tiling {

  private Tiling() {}

  /**
   * The tiles, in strip order and then from the low side up.
   *
   * @param minSide the fewest cells a tile may have along either side
   * @throws IllegalArgumentException if the rectangle is too small for {@code k} tiles
   */
  static List<CellRect> split(CellRect r, int k, int minSide, SplittableRandom rnd) {
    if (k < 1) {
      throw new IllegalArgumentException("need at least one tile but got " + k);
    }
    if (k == 1) {
      return List.of(r);
    }
    boolean alongX = r.width() >= r.height();
    int longSide = alongX ? r.width() : r.height();
    int shortSide = alongX ? r.height() : r.width();
    int strips = (k + 1) / 2;
    int whole = k % 2 == 1 ? rnd.nextInt(strips) : -1;
    int[] stripCuts = Draw.cuts(rnd, longSide, strips, minSide);
    List<CellRect> out = new ArrayList<>();
    for (int s = 0; s < strips; s++) {
      int[] across = s == whole ? new int[] {0, shortSide} : Draw.cuts(rnd, shortSide, 2, minSide);
      for (int t = 0; t + 1 < across.length; t++) {
        int a0 = stripCuts[s];
        int a1 = stripCuts[s + 1];
        int b0 = across[t];
        int b1 = across[t + 1];
        out.add(
            alongX
                ? new CellRect(r.i0() + a0, r.j0() + b0, r.i0() + a1, r.j0() + b1)
                : new CellRect(r.i0() + b0, r.j0() + a0, r.i0() + b1, r.j0() + a1));
      }
    }
    return out;
  }

  /**
   * The largest number of tiles {@link #split} can make of {@code r} with sides of {@code minSide}.
   */
  static int capacity(CellRect r, int minSide) {
    int longSide = Math.max(r.width(), r.height());
    int shortSide = Math.min(r.width(), r.height());
    return shortSide >= 2 * minSide ? 2 * (longSide / minSide) : 1;
  }
}
