package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Calibration (reliability) plot: predicted probabilities grouped into equal-width bins; per non-empty bin the mean
 * predicted probability against the observed fraction of positives, with the ideal diagonal.
 */
public final class CalibrationChart {
    private CalibrationChart() {}

    /** Rows {mean predicted, observed fraction, count} for the non-empty bins, in bin order. */
    public static double[][] bins(double[] probability, boolean[] positive, int numBins) {
        double[] sumP = new double[numBins], sumY = new double[numBins];
        int[] count = new int[numBins];
        for (int i = 0; i < probability.length; i++) {
            int b = Math.min(numBins - 1, Math.max(0, (int) Math.floor(probability[i] * numBins)));
            sumP[b] += probability[i];
            sumY[b] += positive[i] ? 1 : 0;
            count[b]++;
        }
        int used = 0;
        for (int c : count) if (c > 0) used++;
        double[][] out = new double[used][];
        int r = 0;
        for (int b = 0; b < numBins; b++)
            if (count[b] > 0) out[r++] = new double[] {sumP[b] / count[b], sumY[b] / count[b], count[b]};
        return out;
    }

    public static JFreeChart create(String title, double[] probability, boolean[] positive, int numBins) {
        XYSeries observed = new XYSeries("observed", false);
        for (double[] b : bins(probability, positive, numBins)) observed.add(b[0], b[1]);
        XYSeries ideal = new XYSeries("ideal", false);
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYSeriesCollection data = new XYSeriesCollection(observed);
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "predicted probability", "observed fraction positive",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(1, java.awt.Color.GRAY);
        return chart;
    }

    public static void savePng(Path file, String title, double[] probability, boolean[] positive, int numBins,
                               int width, int height) throws IOException {
        ChartFiles.savePng(create(title, probability, positive, numBins), file, width, height);
    }
}
