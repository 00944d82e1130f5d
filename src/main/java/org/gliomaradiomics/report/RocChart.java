package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gliomaradiomics.learn.RocAuc;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** ROC curves (one series per score vector) with the chance diagonal, as a JFreeChart or a PNG (works headless). */
public final class RocChart {
    private RocChart() {}

    /** One curve: scores (higher = more likely positive) and the true positive flags. */
    public record Series(String name, double[] score, boolean[] positive) {}

    /** ROC points (false-positive rate, true-positive rate), from (0,0) to (1,1); tied scores form one step. */
    public static double[][] points(double[] score, boolean[] positive) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
        int p = 0, n = 0;
        for (boolean b : positive) if (b) p++;
        else n++;
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 0});
        int tp = 0, fp = 0;
        for (int i = 0; i < idx.length; i++) {
            if (positive[idx[i]]) tp++;
            else fp++;
            if (i + 1 == idx.length || score[idx[i + 1]] != score[idx[i]])
                pts.add(new double[] {fp / (double) Math.max(n, 1), tp / (double) Math.max(p, 1)});
        }
        return pts.toArray(new double[0][]);
    }

    public static JFreeChart create(String title, List<Series> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : curves) {
            XYSeries xy = new XYSeries(String.format(Locale.ROOT, "%s (AUC %.3f)", s.name(), RocAuc.auc(s.score(), s.positive())), false);
            for (double[] pt : points(s.score(), s.positive())) xy.add(pt[0], pt[1]);
            data.addSeries(xy);
        }
        XYSeries chance = new XYSeries("chance", false);
        chance.add(0, 0);
        chance.add(1, 1);
        data.addSeries(chance);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "1 - specificity", "sensitivity", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < curves.size(); i++) {
            r.setSeriesPaint(i, Palette.series(i));
            r.setSeriesStroke(i, new java.awt.BasicStroke(2f));
        }
        r.setSeriesPaint(curves.size(), java.awt.Color.GRAY);
        r.setSeriesStroke(curves.size(), new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        Palette.light(chart);
        return chart;
    }

    public static void savePng(Path file, String title, List<Series> curves, int width, int height) throws IOException {
        ChartFiles.savePng(create(title, curves), file, width, height);
    }
}
