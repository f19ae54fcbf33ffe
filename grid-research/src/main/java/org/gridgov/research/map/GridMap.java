package org.gridgov.research.map;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a community's grids as a map, offline (no tile server): the smallest grids filled by their
 * households or by their worst finding, the general grids outlined and named, special-group
 * households and open cases as marks, a legend, a scale bar and a north arrow. PNG through Java2D,
 * SVG written by hand with the same drawing. Longitude and latitude are drawn equirectangular,
 * scaled by the cosine of the middle latitude: true enough for a community.
 *
 * <p>Chinese names need a CJK font; without one installed, a PNG shows them as boxes and {@link
 * #warnings()} says so (an SVG names the font families and leaves it to the viewer).
 */
public final class GridMap {

  /** Width of the image, pixels. */
  public static final int WIDTH = 1000;

  /** Height of the image, pixels. */
  public static final int HEIGHT = 800;

  private static final int MARGIN = 40;
  private static final String SAMPLE_CHINESE = "网格社区";
  private static final String SVG_FONTS =
      "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Source Han Sans SC', sans-serif";

  private static final Color[] BLUES = {
    new Color(0xEFF3FF),
    new Color(0xBDD7E7),
    new Color(0x6BAED6),
    new Color(0x3182BD),
    new Color(0x08519C)
  };
  private static final Color NO_FINDING = new Color(0xC7E9C0);
  private static final ImmutableMap<Severity, Color> BY_SEVERITY =
      ImmutableMap.of(
          Severity.ERROR, new Color(0xE34A33),
          Severity.WARNING, new Color(0xFDBB84),
          Severity.INFO, new Color(0xFEE8C8));
  private static final Color SPECIAL = new Color(0x6A3D9A);
  private static final Color CASE = new Color(0xD7301F);

  private final GridTree tree;
  private final Optional<Map<GridCode, Severity>> findings;
  private final ImmutableList<Point> cases;
  private final List<String> warnings = new ArrayList<>();
  private final Envelope extent;
  private final double scale;
  private final double cosLat;

  /**
   * A map.
   *
   * @param tree the grids and households
   * @param findings the worst finding per grid, if the grids are coloured by findings; grids not
   *     listed have none
   * @param cases where the open cases are
   * @throws IllegalArgumentException if no grid has a boundary
   */
  public GridMap(GridTree tree, Optional<Map<GridCode, Severity>> findings, List<Point> cases) {
    this.tree = requireNonNull(tree, "tree");
    this.findings = requireNonNull(findings, "findings");
    this.cases = ImmutableList.copyOf(cases);
    Envelope e = new Envelope();
    tree.grids()
        .forEach(g -> g.boundary().ifPresent(b -> e.expandToInclude(b.getEnvelopeInternal())));
    if (e.isNull()) {
      throw new IllegalArgumentException("no grid has a boundary to draw");
    }
    this.extent = e;
    this.cosLat = Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2));
    double w = Math.max(1e-9, e.getWidth() * cosLat);
    double h = Math.max(1e-9, e.getHeight());
    this.scale = Math.min((WIDTH - 2.0 * MARGIN) / w, (HEIGHT - 2.0 * MARGIN - 60) / h);
  }

  /** Warnings for the user: a missing CJK font. */
  public ImmutableList<String> warnings() {
    return ImmutableList.copyOf(warnings);
  }

  /** The pixel x of a longitude. */
  public double x(double lon) {
    double used = extent.getWidth() * cosLat * scale;
    return (WIDTH - used) / 2 + (lon - extent.getMinX()) * cosLat * scale;
  }

  /** The pixel y of a latitude (north up). */
  public double y(double lat) {
    double used = extent.getHeight() * scale;
    return MARGIN + (HEIGHT - 2.0 * MARGIN - 60 - used) / 2 + (extent.getMaxY() - lat) * scale;
  }

  /** The map as a PNG image. */
  public byte[] png() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      draw(new Java2dCanvas(g, font()));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The map as an SVG document. */
  public String svg() {
    SvgCanvas c = new SvgCanvas();
    draw(c);
    return c.finish();
  }

  /** A font that shows Chinese, if one is installed; else the default with a warning. */
  private String font() {
    if (!needsChinese()) {
      return Font.SANS_SERIF;
    }
    for (String family :
        GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT)) {
      Font f = new Font(family, Font.PLAIN, 12);
      if (f.canDisplayUpTo(SAMPLE_CHINESE) == -1) {
        return family;
      }
    }
    warnings.add(
        "no font with Chinese characters is installed: grid names are drawn as boxes; install"
            + " one (Debian: apt-get install fonts-noto-cjk, or fonts-wqy-zenhei) or write SVG");
    return Font.SANS_SERIF;
  }

  private boolean needsChinese() {
    return tree.grids().stream().anyMatch(g -> g.name().codePoints().anyMatch(c -> c >= 0x2E80));
  }

  // ---- drawing ---------------------------------------------------------------------------

  /** The few things a map draws, on a PNG or in an SVG. */
  interface Canvas {
    void background(Color c);

    void polygon(List<double[]> rings, @Nullable Color fill, Color stroke, float width);

    void circle(double x, double y, double r, Color fill, @Nullable Color stroke);

    void line(double x1, double y1, double x2, double y2, Color stroke, float width);

    void rect(double x, double y, double w, double h, Color fill, @Nullable Color stroke);

    void text(String s, double x, double y, int size, Color c, boolean bold, boolean centred);
  }

  private void draw(Canvas c) {
    c.background(Color.WHITE);
    List<Grid> leaves = leaves();
    Map<GridCode, Integer> households = householdCounts();
    int most = households.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (Grid g : leaves) {
      Color fill =
          findings
              .map(
                  f ->
                      Optional.ofNullable(f.get(g.code())).map(BY_SEVERITY::get).orElse(NO_FINDING))
              .orElseGet(() -> blue(households.getOrDefault(g.code(), 0), most));
      g.boundary().ifPresent(b -> c.polygon(rings(b), fill, new Color(0x666666), 0.8f));
    }
    for (Grid g : tree.grids()) {
      if (g.level() == GridLevel.GENERAL || g.level() == GridLevel.COMMUNITY) {
        float width = g.level() == GridLevel.COMMUNITY ? 3f : 2f;
        g.boundary().ifPresent(b -> c.polygon(rings(b), null, Color.BLACK, width));
      }
    }
    for (Household h : tree.households()) {
      if (h.hasSpecialGroup()) {
        h.location().ifPresent(p -> c.circle(x(p.getX()), y(p.getY()), 2.5, SPECIAL, null));
      }
    }
    for (Point p : cases) {
      c.circle(x(p.getX()), y(p.getY()), 5, CASE, Color.WHITE);
    }
    for (Grid g : tree.grids(GridLevel.GENERAL)) {
      g.boundary()
          .ifPresent(
              b -> {
                Point at = b.getInteriorPoint();
                c.text(g.name(), x(at.getX()), y(at.getY()), 13, Color.BLACK, true, true);
              });
    }
    legend(c, most);
    scaleBar(c);
    northArrow(c);
  }

  /** The grids that are filled: those without children (micro, exclusive, or childless). */
  private List<Grid> leaves() {
    List<Grid> out = new ArrayList<>();
    for (Grid g : tree.grids()) {
      if (g.level() != GridLevel.COMMUNITY && tree.children(g.code()).isEmpty()) {
        out.add(g);
      }
    }
    return out;
  }

  private Map<GridCode, Integer> householdCounts() {
    Map<GridCode, Integer> out = new java.util.TreeMap<>();
    for (Grid g : leaves()) {
      out.put(g.code(), tree.households(g.code()).size());
    }
    return out;
  }

  private static Color blue(int households, int most) {
    if (most == 0) {
      return BLUES[0];
    }
    int k = Math.min(BLUES.length - 1, households * BLUES.length / (most + 1));
    return BLUES[k];
  }

  private List<double[]> rings(Geometry g) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        out.add(ring(p.getExteriorRing().getCoordinates()));
        for (int k = 0; k < p.getNumInteriorRing(); k++) {
          out.add(ring(p.getInteriorRingN(k).getCoordinates()));
        }
      }
    }
    return out;
  }

  private double[] ring(Coordinate[] cs) {
    double[] xy = new double[cs.length * 2];
    for (int i = 0; i < cs.length; i++) {
      xy[2 * i] = x(cs[i].x);
      xy[2 * i + 1] = y(cs[i].y);
    }
    return xy;
  }

  private void legend(Canvas c, int most) {
    double x0 = 20;
    double y0 = HEIGHT - 70;
    c.rect(x0 - 8, y0 - 18, 640, 62, new Color(255, 255, 255, 230), new Color(0x999999));
    if (findings.isPresent()) {
      c.text("worst finding:", x0, y0, 12, Color.BLACK, true, false);
      double x = x0 + 100;
      for (Map.Entry<Severity, Color> e : BY_SEVERITY.entrySet()) {
        c.rect(x, y0 - 11, 14, 14, e.getValue(), Color.GRAY);
        c.text(e.getKey().code(), x + 18, y0, 12, Color.BLACK, false, false);
        x += 85;
      }
      c.rect(x, y0 - 11, 14, 14, NO_FINDING, Color.GRAY);
      c.text("none", x + 18, y0, 12, Color.BLACK, false, false);
    } else {
      c.text("households per grid:", x0, y0, 12, Color.BLACK, true, false);
      double x = x0 + 150;
      for (int k = 0; k < BLUES.length; k++) {
        int from = (int) Math.ceil((double) k * (most + 1) / BLUES.length);
        int to = (int) Math.ceil((double) (k + 1) * (most + 1) / BLUES.length) - 1;
        c.rect(x, y0 - 11, 14, 14, BLUES[k], Color.GRAY);
        c.text(from + "–" + to, x + 18, y0, 12, Color.BLACK, false, false);
        x += 90;
      }
    }
    double y1 = y0 + 24;
    c.circle(x0 + 6, y1 - 4, 3, SPECIAL, null);
    c.text("special-group household", x0 + 16, y1, 12, Color.BLACK, false, false);
    c.circle(x0 + 206, y1 - 4, 5, CASE, Color.WHITE);
    c.text("open case", x0 + 216, y1, 12, Color.BLACK, false, false);
    c.line(x0 + 306, y1 - 4, x0 + 330, y1 - 4, Color.BLACK, 2f);
    c.text("general grid", x0 + 336, y1, 12, Color.BLACK, false, false);
  }

  private void scaleBar(Canvas c) {
    double metresPerPixel =
        Wgs84.distanceMetres(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMinY())
            / Math.max(1e-9, x(extent.getMaxX()) - x(extent.getMinX()));
    double target = metresPerPixel * 150;
    double nice = Math.pow(10, Math.floor(Math.log10(target)));
    for (double m : new double[] {5, 2, 1}) {
      if (m * Math.pow(10, Math.floor(Math.log10(target))) <= target) {
        nice = m * Math.pow(10, Math.floor(Math.log10(target)));
        break;
      }
    }
    double px = nice / metresPerPixel;
    double x0 = WIDTH - 30 - px;
    double y0 = HEIGHT - 30;
    c.rect(x0 - 8, y0 - 26, px + 16, 36, new Color(255, 255, 255, 230), null);
    c.line(x0, y0, x0 + px, y0, Color.BLACK, 3f);
    c.line(x0, y0 - 6, x0, y0 + 2, Color.BLACK, 2f);
    c.line(x0 + px, y0 - 6, x0 + px, y0 + 2, Color.BLACK, 2f);
    String label =
        nice >= 1000 ? String.format(Locale.ROOT, "%.0f km", nice / 1000) : (int) nice + " m";
    c.text(label, x0 + px / 2, y0 - 10, 12, Color.BLACK, false, true);
  }

  private void northArrow(Canvas c) {
    double x = WIDTH - 40;
    double y = 30;
    c.polygon(
        List.of(new double[] {x, y, x - 10, y + 30, x, y + 22, x + 10, y + 30, x, y}),
        Color.BLACK,
        Color.BLACK,
        1f);
    c.text("N", x, y + 48, 14, Color.BLACK, true, true);
  }

  // ---- canvases --------------------------------------------------------------------------

  /** Draws on a Java2D graphics. */
  private static final class Java2dCanvas implements Canvas {
    private final Graphics2D g;
    private final String family;

    Java2dCanvas(Graphics2D g, String family) {
      this.g = g;
      this.family = family;
    }

    @Override
    public void background(Color c) {
      g.setColor(c);
      g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    @Override
    public void polygon(List<double[]> rings, @Nullable Color fill, Color stroke, float width) {
      Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (double[] r : rings) {
        path.moveTo(r[0], r[1]);
        for (int i = 2; i < r.length; i += 2) {
          path.lineTo(r[i], r[i + 1]);
        }
        path.closePath();
      }
      if (fill != null) {
        g.setColor(fill);
        g.fill(path);
      }
      g.setColor(stroke);
      g.setStroke(new BasicStroke(width));
      g.draw(path);
    }

    @Override
    public void circle(double x, double y, double r, Color fill, @Nullable Color stroke) {
      Ellipse2D.Double e = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      g.setColor(fill);
      g.fill(e);
      if (stroke != null) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke(1f));
        g.draw(e);
      }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, float width) {
      g.setColor(stroke);
      g.setStroke(new BasicStroke(width));
      g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, @Nullable Color stroke) {
      java.awt.geom.Rectangle2D.Double r = new java.awt.geom.Rectangle2D.Double(x, y, w, h);
      g.setColor(fill);
      g.fill(r);
      if (stroke != null) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
      }
    }

    @Override
    public void text(
        String s, double x, double y, int size, Color c, boolean bold, boolean centred) {
      g.setFont(new Font(family, bold ? Font.BOLD : Font.PLAIN, size));
      g.setColor(c);
      float w = centred ? g.getFontMetrics().stringWidth(s) : 0;
      g.drawString(s, (float) (x - w / 2), (float) y);
    }
  }

  /** Writes SVG elements. */
  private static final class SvgCanvas implements Canvas {
    private final StringBuilder sb = new StringBuilder();

    SvgCanvas() {
      sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(WIDTH)
          .append("\" height=\"")
          .append(HEIGHT)
          .append("\" viewBox=\"0 0 ")
          .append(WIDTH)
          .append(' ')
          .append(HEIGHT)
          .append("\" font-family=\"")
          .append(SVG_FONTS)
          .append("\">\n");
    }

    String finish() {
      return sb.append("</svg>\n").toString();
    }

    private static String n(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String colour(@Nullable Color c) {
      if (c == null) {
        return "none";
      }
      String rgb =
          String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
      return c.getAlpha() == 255
          ? rgb
          : rgb + "\" fill-opacity=\"" + String.format(Locale.ROOT, "%.2f", c.getAlpha() / 255.0);
    }

    @Override
    public void background(Color c) {
      sb.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(colour(c)).append("\"/>\n");
    }

    @Override
    public void polygon(List<double[]> rings, @Nullable Color fill, Color stroke, float width) {
      sb.append("<path fill-rule=\"evenodd\" d=\"");
      for (double[] r : rings) {
        sb.append('M').append(n(r[0])).append(',').append(n(r[1]));
        for (int i = 2; i < r.length; i += 2) {
          sb.append('L').append(n(r[i])).append(',').append(n(r[i + 1]));
        }
        sb.append('Z');
      }
      sb.append("\" fill=\"")
          .append(colour(fill))
          .append("\" stroke=\"")
          .append(colour(stroke))
          .append("\" stroke-width=\"")
          .append(n(width))
          .append("\"/>\n");
    }

    @Override
    public void circle(double x, double y, double r, Color fill, @Nullable Color stroke) {
      sb.append("<circle cx=\"")
          .append(n(x))
          .append("\" cy=\"")
          .append(n(y))
          .append("\" r=\"")
          .append(n(r))
          .append("\" fill=\"")
          .append(colour(fill))
          .append("\" stroke=\"")
          .append(colour(stroke))
          .append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, float width) {
      sb.append("<line x1=\"")
          .append(n(x1))
          .append("\" y1=\"")
          .append(n(y1))
          .append("\" x2=\"")
          .append(n(x2))
          .append("\" y2=\"")
          .append(n(y2))
          .append("\" stroke=\"")
          .append(colour(stroke))
          .append("\" stroke-width=\"")
          .append(n(width))
          .append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, @Nullable Color stroke) {
      sb.append("<rect x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(y))
          .append("\" width=\"")
          .append(n(w))
          .append("\" height=\"")
          .append(n(h))
          .append("\" fill=\"")
          .append(colour(fill))
          .append("\" stroke=\"")
          .append(colour(stroke))
          .append("\"/>\n");
    }

    @Override
    public void text(
        String s, double x, double y, int size, Color c, boolean bold, boolean centred) {
      sb.append("<text x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(y))
          .append("\" font-size=\"")
          .append(size)
          .append(bold ? "\" font-weight=\"bold" : "")
          .append(centred ? "\" text-anchor=\"middle" : "")
          .append("\" fill=\"")
          .append(colour(c))
          .append("\">")
          .append(escape(s))
          .append("</text>\n");
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
