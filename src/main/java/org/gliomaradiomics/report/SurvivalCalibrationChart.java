package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.gliomaradiomics.survival.SurvivalCalibration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Calibration of predicted survival at one or more time points: per risk group the mean predicted S(t) against the
 * Kaplan-Meier S(t) observed in the group, with its 95% interval as a vertical bar, one series per time point, and
 * the ideal diagonal.
 */
public final class SurvivalCalibrationChart {
    private SurvivalCalibrationChart() {}

    /** One time point: its label (e.g. "t = 365") and its risk groups. */
    public record Series(String label, List<SurvivalCalibration.Group> groups) {}

    public static JFreeChart create(String title, String subtitle, List<Series> series) {
        YIntervalSeriesCollection observed = new YIntervalSeriesCollection();
        for (Series s : series) {
            YIntervalSeries points = new YIntervalSeries(s.label(), false, true);
            for (SurvivalCalibration.Group g : s.groups()) {
                double lo = Double.isNaN(g.lower()) ? g.observed() : g.lower(), hi = Double.isNaN(g.upper()) ? g.observed() : g.upper();
                points.add(g.meanPredicted(), g.observed(), lo, hi);
            }
            observed.addSeries(points);
        }
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setDrawYError(true);
        bars.setDefaultLinesVisible(true);
        bars.setCapLength(6);
        for (int i = 0; i < series.size(); i++) {
            bars.setSeriesPaint(i, Palette.series(i));
            bars.setSeriesShapesVisible(i, true);
        }
        NumberAxis predicted = new NumberAxis("predicted survival S(t)"), km = new NumberAxis("observed survival (Kaplan-Meier, 95% CI)");
        predicted.setRange(0, 1);
        km.setRange(0, 1);
        XYPlot plot = new XYPlot(observed, predicted, km, bars);
        XYSeries ideal = new XYSeries("ideal", false);
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYLineAndShapeRenderer diagonal = new XYLineAndShapeRenderer(true, false);
        diagonal.setSeriesPaint(0, java.awt.Color.GRAY);
        plot.setDataset(1, new XYSeriesCollection(ideal));
        plot.setRenderer(1, diagonal);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (subtitle != null) chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        return chart;
    }

    public static void savePng(Path file, String title, String subtitle, List<Series> series, int width, int height) throws IOException {
        ChartFiles.savePng(create(title, subtitle, series), file, width, height);
    }
}
