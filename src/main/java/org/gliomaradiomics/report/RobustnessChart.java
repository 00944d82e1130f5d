package org.gliomaradiomics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Features ranked by robustness: ICC(1,1) of each feature from the highest down, its 95% confidence interval as a
 * band, ICC(2,1) as a second line (its interval is in the table: two bands over each other do not read), and the
 * threshold as a dashed line. Features without an ICC are left out.
 */
public final class RobustnessChart {
    /** One feature's coefficients. */
    public record Point(String feature, double icc1, double lower1, double upper1, double icc2, double lower2, double upper2) {}

    private RobustnessChart() {}

    public static JFreeChart create(String title, List<Point> points, double threshold) {
        List<Point> ranked = points.stream().filter(p -> !Double.isNaN(p.icc1()))
            .sorted(Comparator.comparingDouble(Point::icc1).reversed().thenComparing(Point::feature)).toList();
        YIntervalSeries icc1 = new YIntervalSeries("ICC(1,1) with 95% CI"), icc2 = new YIntervalSeries("ICC(2,1)");
        for (int i = 0; i < ranked.size(); i++) {
            Point p = ranked.get(i);
            icc1.add(i + 1, p.icc1(), orValue(p.lower1(), p.icc1()), orValue(p.upper1(), p.icc1()));
            if (!Double.isNaN(p.icc2())) icc2.add(i + 1, p.icc2(), orValue(p.lower2(), p.icc2()), orValue(p.upper2(), p.icc2()));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(icc1);
        data.addSeries(icc2);
        DeviationRenderer r = new DeviationRenderer(true, false);
        Color[] colours = {Palette.BLUE, Palette.VERMILLION};
        for (int s = 0; s < 2; s++) {
            r.setSeriesPaint(s, colours[s]);
            r.setSeriesFillPaint(s, s == 0 ? colours[s] : new Color(0, 0, 0, 0));
            r.setSeriesStroke(s, new BasicStroke(s == 0 ? 2f : 1.2f));
        }
        r.setAlpha(0.25f);
        NumberAxis rank = new NumberAxis("feature rank (by ICC(1,1))");
        rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rank.setRange(0.5, Math.max(1, ranked.size()) + 0.5);
        NumberAxis icc = new NumberAxis("intraclass correlation");
        double low = ranked.stream().mapToDouble(p -> orValue(p.lower1(), p.icc1())).min().orElse(0);
        icc.setRange(Math.min(0, Math.floor(low * 10) / 10), 1.02);
        XYPlot plot = new XYPlot(data, rank, icc, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker line = new ValueMarker(threshold, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        long kept = ranked.stream().filter(p -> p.icc1() >= threshold).count();
        line.setLabel(String.format(java.util.Locale.ROOT, "ICC %.2f: %d of %d features at or above", threshold, kept, ranked.size()));
        line.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(line);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static double orValue(double bound, double value) {
        return Double.isNaN(bound) ? value : bound;
    }
}
