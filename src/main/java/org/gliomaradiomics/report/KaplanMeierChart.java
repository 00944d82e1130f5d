package org.gliomaradiomics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.survival.KaplanMeierCurve;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Kaplan-Meier plot with JFreeChart: one step curve per group (optionally with dashed confidence bands), "+"
 * censoring marks, and a number-at-risk table drawn as a second plot sharing the time axis. The same chart object is
 * written as PNG ({@link #savePng}) and SVG ({@link ChartSvg}), so both show the same.
 */
public final class KaplanMeierChart {
    private KaplanMeierChart() {}

    /**
     * @param labels one legend label per curve
     * @param riskTimes times at which the number at risk is tabulated (null = the axis ticks)
     * @param showConfidence draw the pointwise confidence limits as dashed steps
     */
    public static JFreeChart create(String title, String timeLabel, List<KaplanMeierCurve> curves, List<String> labels,
            double[] riskTimes, boolean showConfidence) {
        return create(title, null, timeLabel, curves, labels, riskTimes, showConfidence);
    }

    /** @param subtitle a line under the title (e.g. the log-rank test), or null */
    public static JFreeChart create(String title, String subtitle, String timeLabel, List<KaplanMeierCurve> curves, List<String> labels,
            double[] riskTimes, boolean showConfidence) {
        if (curves.size() != labels.size()) throw new IllegalArgumentException(curves.size() + " curves but " + labels.size() + " labels");
        double maxTime = KaplanMeierSteps.maxTime(curves);
        double[] ticks = KaplanMeierSteps.ticks(maxTime);
        double[] tableTimes = riskTimes != null ? riskTimes : ticks;

        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        Shape plus = plusShape(4);
        int series = 0;
        for (int g = 0; g < curves.size(); g++) {
            KaplanMeierCurve c = curves.get(g);
            Paint colour = Palette.series(g);
            series = addSeries(data, renderer, labels.get(g), KaplanMeierSteps.polyline(c, c.survival()), series, colour, null, true);
            XYSeries marks = toSeries(labels.get(g) + " censored", KaplanMeierSteps.censorMarks(c));
            data.addSeries(marks);
            renderer.setSeriesLinesVisible(series, false);
            renderer.setSeriesShapesVisible(series, true);
            renderer.setSeriesShape(series, plus);
            renderer.setSeriesShapesFilled(series, false);
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesVisibleInLegend(series, false);
            series++;
            if (showConfidence) {
                BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
                series = addSeries(data, renderer, labels.get(g) + " lower", KaplanMeierSteps.polyline(c, c.lower()), series, colour, dashed, false);
                series = addSeries(data, renderer, labels.get(g) + " upper", KaplanMeierSteps.polyline(c, c.upper()), series, colour, dashed, false);
            }
        }
        NumberAxis survivalAxis = new NumberAxis("Survival probability");
        survivalAxis.setRange(0, 1.02);
        XYPlot curvePlot = new XYPlot(data, null, survivalAxis, renderer);
        curvePlot.setBackgroundPaint(Color.WHITE);
        curvePlot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        curvePlot.setRangeGridlinePaint(Color.LIGHT_GRAY);

        XYPlot table = riskTable(curves, labels, tableTimes);
        NumberAxis timeAxis = new NumberAxis(timeLabel);
        double span = Math.max(maxTime, 1e-9);
        timeAxis.setRange(-0.04 * span, span * 1.03);   // room for the at-risk numbers at time 0
        if (ticks.length > 1) timeAxis.setTickUnit(new NumberTickUnit(ticks[1]));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis);
        combined.setGap(4);
        combined.add(curvePlot, 4);
        combined.add(table, 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        if (subtitle != null) chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartFiles.savePng(chart, file, width, height);
    }

    /** The number-at-risk table: one row per group (top row = first group), counts as text annotations. */
    private static XYPlot riskTable(List<KaplanMeierCurve> curves, List<String> labels, double[] times) {
        int k = curves.size();
        String[] rowNames = new String[k];
        for (int g = 0; g < k; g++) rowNames[g] = labels.get(k - 1 - g);
        SymbolAxis rows = new SymbolAxis("At risk", rowNames);
        rows.setRange(-0.6, k - 0.4);
        rows.setGridBandsVisible(false);
        XYSeriesCollection anchor = new XYSeriesCollection();
        XYSeries invisible = new XYSeries("at risk", false, true);
        for (double t : times) invisible.add(t, 0);
        anchor.addSeries(invisible);
        XYLineAndShapeRenderer none = new XYLineAndShapeRenderer(false, false);
        none.setSeriesVisibleInLegend(0, false);
        XYPlot table = new XYPlot(anchor, null, rows, none);
        table.setBackgroundPaint(Color.WHITE);
        table.setDomainGridlinesVisible(false);
        table.setRangeGridlinesVisible(false);
        table.setOutlineVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (int g = 0; g < k; g++)
            for (double t : times) {
                XYTextAnnotation cell = new XYTextAnnotation(Integer.toString(curves.get(g).atRiskAt(t)), t, k - 1 - g);
                cell.setFont(font);
                cell.setPaint(Palette.series(g));
                table.addAnnotation(cell);
            }
        return table;
    }

    private static int addSeries(XYSeriesCollection data, XYLineAndShapeRenderer renderer, String key, double[][] xy,
            int series, Paint colour, BasicStroke stroke, boolean legend) {
        data.addSeries(toSeries(key, xy));
        renderer.setSeriesLinesVisible(series, true);
        renderer.setSeriesShapesVisible(series, false);
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesStroke(series, stroke != null ? stroke : new BasicStroke(2f));
        renderer.setSeriesVisibleInLegend(series, legend);
        return series + 1;
    }

    private static XYSeries toSeries(String key, double[][] xy) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < xy[0].length; i++) s.add(xy[0][i], xy[1][i]);
        return s;
    }

    private static Shape plusShape(float half) {
        GeneralPath p = new GeneralPath();
        p.moveTo(-half, 0); p.lineTo(half, 0);
        p.moveTo(0, -half); p.lineTo(0, half);
        return p;
    }
}
