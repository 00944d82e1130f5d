package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;

import org.gliomaradiomics.learn.DecisionCurve;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Decision curve: net benefit of the model against the threshold probability, with treat-all and treat-none. The
 * net-benefit axis runs from a little below 0 to a little above the prevalence (the most any strategy can reach),
 * so that treat-all's steep fall at high thresholds does not flatten the curves that matter.
 */
public final class DecisionCurveChart {
    private DecisionCurveChart() {}

    public static JFreeChart create(String title, DecisionCurve curve) {
        XYSeries model = new XYSeries("model", false), all = new XYSeries("treat all", false), none = new XYSeries("treat none", false);
        for (int k = 0; k < curve.threshold().length; k++) {
            model.add(curve.threshold()[k], curve.netBenefit()[k]);
            all.add(curve.threshold()[k], curve.treatAll()[k]);
            none.add(curve.threshold()[k], 0.0);
        }
        XYSeriesCollection data = new XYSeriesCollection(model);
        data.addSeries(all);
        data.addSeries(none);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "threshold probability", "net benefit", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        double top = Math.max(curve.prevalence(), 0.01);
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(-0.1 * top - 0.01, 1.1 * top);
        plot.getRenderer().setSeriesPaint(2, java.awt.Color.GRAY);
        return chart;
    }

    public static void savePng(Path file, String title, DecisionCurve curve, int width, int height) throws IOException {
        ChartFiles.savePng(create(title, curve), file, width, height);
    }
}
