package org.gridgov.research;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws an experiment's charts with XChart: a metric's mean against the x parameter, one line per
 * value of the lines parameter, each with its 95 % confidence band shaded. Labels are in English,
 * so the charts need no CJK font.
 */
public final class ExperimentCharts {

  private static final Color[] PALETTE = {
    new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E),
    new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F)
  };

  private ExperimentCharts() {}

  /** The chart of a metric as a PNG image, 800 × 500 pixels. */
  public static byte[] png(Experiment.Result result, Metric metric) {
    try {
      return BitmapEncoder.getBitmapBytes(chart(result, metric), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chart of a metric. */
  public static XYChart chart(Experiment.Result result, Metric metric) {
    ExperimentConfig.Charts spec = result.config().charts();
    Parameter x = spec.x();
    Optional<Parameter> lines = spec.lines();
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(500)
            .title(title(metric) + " — " + result.config().name())
            .xAxisTitle(x.key())
            .yAxisTitle(metric.column())
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendVisible(lines.isPresent());
    // Group the points: line value → x value → interval. Other swept parameters are averaged in
    // only when the config sweeps more than two; the README says to chart two at a time.
    Map<Double, Map<Double, List<Statistics.Interval>>> groups = new TreeMap<>();
    List<Statistics.Interval> summary = result.summary(metric);
    var points = result.byPoint();
    for (int i = 0; i < points.size(); i++) {
      ParameterPoint p = points.get(i).get(0).point();
      double line = lines.map(p::get).orElse(0.0);
      groups
          .computeIfAbsent(line, k -> new TreeMap<>())
          .computeIfAbsent(p.get(x), k -> new ArrayList<>())
          .add(summary.get(i));
    }
    int colour = 0;
    for (Map.Entry<Double, Map<Double, List<Statistics.Interval>>> g : groups.entrySet()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      List<Double> lows = new ArrayList<>();
      List<Double> highs = new ArrayList<>();
      for (Map.Entry<Double, List<Statistics.Interval>> e : g.getValue().entrySet()) {
        Statistics.Interval s = e.getValue().get(0);
        if (Double.isNaN(s.mean())) {
          continue;
        }
        xs.add(e.getKey());
        ys.add(s.mean());
        lows.add(Double.isNaN(s.low()) ? s.mean() : s.low());
        highs.add(Double.isNaN(s.high()) ? s.mean() : s.high());
      }
      if (xs.isEmpty()) {
        continue;
      }
      Color c = PALETTE[colour++ % PALETTE.length];
      String name =
          lines.map(l -> l.key() + " = " + Parameter.format(g.getKey())).orElse(metric.column());
      List<Double> bandX = new ArrayList<>(xs);
      List<Double> bandY = new ArrayList<>(highs);
      for (int i = xs.size() - 1; i >= 0; i--) {
        bandX.add(xs.get(i));
        bandY.add(lows.get(i));
      }
      XYSeries band = chart.addSeries(name + " (95% CI)", bandX, bandY);
      band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      band.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
      band.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
      band.setMarker(SeriesMarkers.NONE);
      band.setShowInLegend(false);
      XYSeries mean = chart.addSeries(name, xs, ys);
      mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      mean.setLineColor(c);
      mean.setMarkerColor(c);
      mean.setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }

  private static String title(Metric m) {
    return switch (m) {
      case ACCEPTANCE_MEDIAN -> "Median hours from hazard to acceptance";
      case COVERAGE_3H -> "Share of households reached within 3 hours";
      case DISCOVERY_MEDIAN -> "Median hours from hazard to discovery";
      case REPORT_MEDIAN -> "Median hours from hazard to report";
      case CLOSURE_MEDIAN -> "Median hours from hazard to closure";
      case REPORTS_LOST -> "Reports lost";
      default -> m.column();
    };
  }
}
