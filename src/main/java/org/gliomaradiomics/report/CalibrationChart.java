package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    /** One calibration curve: a class's predicted probabilities and whether each row is of that class. */
    public record Series(String name, double[] probability, boolean[] positive) {}

    public static JFreeChart create(String title, double[] probability, boolean[] positive, int numBins) {
        return create(title, List.of(new Series("observed", probability, positive)), numBins);
    }

    /** One curve per series (e.g. per class, one-vs-rest), each in its palette colour, and the ideal diagonal. */
    public static JFreeChart create(String title, List<Series> curves, int numBins) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : curves) {
            XYSeries observed = new XYSeries(s.name(), false);
            for (double[] b : bins(s.probability(), s.positive(), numBins)) observed.add(b[0], b[1]);
            data.addSeries(observed);
        }
        XYSeries ideal = new XYSeries("ideal", false);
        ideal.add(0, 0);
        ideal.add(1, 1);
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "predicted probability",
                curves.size() == 1 ? "observed fraction positive" : "observed fraction of the class",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesShapesVisible(i, true);
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        renderer.setSeriesPaint(curves.size(), java.awt.Color.GRAY);
        return chart;
    }

    public static void savePng(Path file, String title, List<Series> curves, int numBins, int width, int height) throws IOException {
        ChartFiles.savePng(create(title, curves, numBins), file, width, height);
    }

    public static void savePng(Path file, String title, double[] probability, boolean[] positive, int numBins,
                               int width, int height) throws IOException {
        ChartFiles.savePng(create(title, probability, positive, numBins), file, width, height);
    }
}
