package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Calibration plot for external validation: the binned calibration curve of {@link CalibrationChart} (mean predicted
 * probability against observed fraction, ideal diagonal) above a histogram of the predicted probabilities of the
 * positives and the negatives, on one probability axis.
 */
public final class CalibrationHistogramChart {
    private CalibrationHistogramChart() {}

    public static JFreeChart create(String title, double[] probability, boolean[] positive, int numBins) {
        XYSeries observed = new XYSeries("observed", false), ideal = new XYSeries("ideal", false);
        for (double[] b : CalibrationChart.bins(probability, positive, numBins)) observed.add(b[0], b[1]);
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYSeriesCollection curve = new XYSeriesCollection(observed);
        curve.addSeries(ideal);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesShapesVisible(1, false);
        lines.setSeriesPaint(1, java.awt.Color.GRAY);
        NumberAxis fraction = new NumberAxis("observed fraction positive");
        fraction.setRange(0, 1);
        XYPlot top = new XYPlot(curve, null, fraction, lines);

        int pos = 0;
        for (boolean b : positive) if (b) pos++;
        double[] p1 = new double[pos], p0 = new double[positive.length - pos];
        for (int i = 0, a = 0, c = 0; i < positive.length; i++) if (positive[i]) p1[a++] = probability[i]; else p0[c++] = probability[i];
        HistogramDataset hist = new HistogramDataset();
        hist.setType(HistogramType.FREQUENCY);
        if (p1.length > 0) hist.addSeries("positives", p1, 4 * numBins, 0, 1);
        if (p0.length > 0) hist.addSeries("negatives", p0, 4 * numBins, 0, 1);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYPlot bottom = new XYPlot(hist, null, new NumberAxis("patients"), bars);
        bottom.setForegroundAlpha(0.6f);

        NumberAxis predicted = new NumberAxis("predicted probability");
        predicted.setRange(0, 1);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(predicted);
        plot.add(top, 3);
        plot.add(bottom, 1);
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    public static void savePng(Path file, String title, double[] probability, boolean[] positive, int numBins,
                               int width, int height) throws IOException {
        ChartFiles.savePng(create(title, probability, positive, numBins), file, width, height);
    }
}
