package org.gliomaradiomics.longitudinal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.gliomaradiomics.report.Palette;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A patient's timeline (JFreeChart, works headless): ET, TC and WT volumes (cm³, left axis) and SPD (cm², right
 * axis) over time, each SPD point labelled with its bidimensional category; treatment events as vertical markers,
 * radiotherapy and the following preliminary-PD window shaded; the RANO thresholds that applied to each scan as step
 * lines on the SPD axis (baseline − 50 % for PR, nadir + 25 % for PD).
 */
public final class TimelineChart {
    private TimelineChart() {}

    public static JFreeChart create(String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings) {
        TimeSeries et = new TimeSeries("ET volume (cm³)"), tc = new TimeSeries("TC volume (cm³)"), wt = new TimeSeries("WT volume (cm³)");
        TimeSeries spd = new TimeSeries("SPD (cm²)");
        TimeSeries prLine = new TimeSeries("PR threshold (baseline −" + Math.round(100 * settings.bidimensionalResponseDecrease()) + "%)");
        TimeSeries pdLine = new TimeSeries("PD threshold (nadir +" + Math.round(100 * settings.bidimensionalProgressionIncrease()) + "%)");
        double baselineSpd = Double.NaN, nadirSpd = Double.NaN;
        List<XYTextAnnotation> labels = new java.util.ArrayList<>();
        for (Assessment a : rows) {
            Day d = day(a.date());
            ScanMeasurement m = a.measurement();
            double s = m.spdMm2() / 100;
            et.addOrUpdate(d, m.etVolumeMm3() / 1000);
            tc.addOrUpdate(d, m.tcVolumeMm3() / 1000);
            wt.addOrUpdate(d, m.wtVolumeMm3() / 1000);
            spd.addOrUpdate(d, s);
            if (!Double.isNaN(baselineSpd)) {
                // thresholds that applied to this scan: baseline for PR, nadir up to the previous scan for PD
                prLine.addOrUpdate(d, baselineSpd * (1 - settings.bidimensionalResponseDecrease()));
                pdLine.addOrUpdate(d, nadirSpd * (1 + settings.bidimensionalProgressionIncrease()));
                nadirSpd = Math.min(nadirSpd, s);
            }
            if (a.bidimensional() == Response.BASELINE) {
                baselineSpd = nadirSpd = s;
                prLine.addOrUpdate(d, baselineSpd * (1 - settings.bidimensionalResponseDecrease()));
                pdLine.addOrUpdate(d, nadirSpd * (1 + settings.bidimensionalProgressionIncrease()));
            }
            String text = a.revisedBidimensional() == a.bidimensional() ? a.bidimensional().label
                : a.bidimensional().label + " → " + a.revisedBidimensional().label; // what was known then → in the light of later scans
            XYTextAnnotation label = new XYTextAnnotation(text, d.getMiddleMillisecond(), s);
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            label.setBackgroundPaint(new Color(255, 255, 255, 210)); // readable over the lines it sits on
            labels.add(label);
        }
        TimeSeriesCollection volumes = new TimeSeriesCollection();
        volumes.addSeries(et);
        volumes.addSeries(tc);
        volumes.addSeries(wt);
        DateAxis time = new DateAxis("date");
        NumberAxis volumeAxis = new NumberAxis("volume (cm³)");
        XYLineAndShapeRenderer volumeRenderer = new XYLineAndShapeRenderer(true, true);
        volumeRenderer.setSeriesPaint(0, Palette.VERMILLION);
        volumeRenderer.setSeriesPaint(1, Palette.ORANGE);
        volumeRenderer.setSeriesPaint(2, Palette.BLUE);
        XYPlot plot = new XYPlot(volumes, time, volumeAxis, volumeRenderer);
        // headroom: the event labels take the top rows of the plot, the category labels sit above their points
        volumeAxis.setUpperMargin(0.35);
        NumberAxis spdAxis = new NumberAxis("SPD (cm²)");
        spdAxis.setUpperMargin(0.35);
        plot.setRangeAxis(1, spdAxis);
        plot.setDataset(1, new TimeSeriesCollection(spd));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer spdRenderer = new XYLineAndShapeRenderer(true, true);
        spdRenderer.setSeriesPaint(0, Color.BLACK);
        spdRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(1, spdRenderer);
        TimeSeriesCollection thresholds = new TimeSeriesCollection();
        thresholds.addSeries(prLine);
        thresholds.addSeries(pdLine);
        plot.setDataset(2, thresholds);
        plot.mapDatasetToRangeAxis(2, 1);
        // the value at a scan is drawn from the previous scan up to it: the threshold that scan was judged against
        XYStepRenderer thresholdRenderer = new XYStepRenderer();
        thresholdRenderer.setStepPoint(0);
        float[] dash = {5f, 4f};
        thresholdRenderer.setSeriesPaint(0, Palette.GREEN);
        thresholdRenderer.setSeriesPaint(1, Palette.REDDISH_PURPLE);
        for (int k = 0; k < 2; k++) thresholdRenderer.setSeriesStroke(k, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, dash, 0f));
        plot.setRenderer(2, thresholdRenderer);
        for (XYTextAnnotation a : labels) spdRenderer.addAnnotation(a);
        double first = Double.POSITIVE_INFINITY, last = Double.NEGATIVE_INFINITY;
        for (Assessment a : rows) {
            first = Math.min(first, millis(a.date()));
            last = Math.max(last, millis(a.date()));
        }
        for (TreatmentEvents.Event e : events.of(patient)) {
            first = Math.min(first, millis(e.date()));
            last = Math.max(last, millis(e.date()));
        }
        double margin = Math.max(0.04 * (last - first), 7 * 86_400_000.0);
        if (first < last || !rows.isEmpty()) time.setRange(first - margin, last + margin);
        LocalDate rtStart = null;
        int eventIndex = 0;
        for (TreatmentEvents.Event e : events.of(patient)) {
            if (e.type() == TreatmentEvents.Type.RT_START) rtStart = e.date();
            if (e.type() == TreatmentEvents.Type.RT_END && rtStart != null) {
                IntervalMarker rt = new IntervalMarker(millis(rtStart), millis(e.date()), new Color(255, 230, 150, 90));
                plot.addDomainMarker(rt, Layer.BACKGROUND);
                IntervalMarker window = new IntervalMarker(millis(e.date()), millis(e.date().plusDays(settings.preliminaryWindowDays())), new Color(200, 200, 200, 60));
                window.setLabel("preliminary-PD window");
                window.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
                window.setLabelAnchor(RectangleAnchor.BOTTOM);
                window.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addDomainMarker(window, Layer.BACKGROUND);
            }
            ValueMarker m = new ValueMarker(millis(e.date()), Color.GRAY, new BasicStroke(1f));
            m.setLabel(e.type().key());
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            // stagger the labels of events that fall close together
            m.setLabelOffset(new RectangleInsets(4 + 12 * (eventIndex++ % 4), 2, 2, 2));
            plot.addDomainMarker(m);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(patient + ": volumes and SPD", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static void writePng(OutputStream out, String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings,
                                int width, int height) throws IOException {
        ChartUtils.writeChartAsPNG(out, create(patient, rows, events, settings), width, height);
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static double millis(LocalDate d) {
        // Day periods are placed at local-time noon by JFreeChart; markers at UTC midnight are within that day
        return d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
