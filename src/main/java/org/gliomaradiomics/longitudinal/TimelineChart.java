package org.gliomaradiomics.longitudinal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A patient's timeline (JFreeChart, works headless): ET, TC and WT volumes (cm³, left axis) and SPD (cm², right
 * axis) over time; treatment events as vertical markers, radiotherapy shaded; the RANO thresholds as horizontal
 * lines on the SPD axis (baseline − 50 % for PR, nadir + 25 % for PD).
 */
public final class TimelineChart {
    private TimelineChart() {}

    public static JFreeChart create(String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings) {
        TimeSeries et = new TimeSeries("ET volume (cm³)"), tc = new TimeSeries("TC volume (cm³)"), wt = new TimeSeries("WT volume (cm³)");
        TimeSeries spd = new TimeSeries("SPD (cm²)");
        double baselineSpd = Double.NaN, nadirSpd = Double.NaN;
        for (Assessment a : rows) {
            Day d = day(a.date());
            ScanMeasurement m = a.measurement();
            et.addOrUpdate(d, m.etVolumeMm3() / 1000);
            tc.addOrUpdate(d, m.tcVolumeMm3() / 1000);
            wt.addOrUpdate(d, m.wtVolumeMm3() / 1000);
            spd.addOrUpdate(d, m.spdMm2() / 100);
            if (a.bidimensional() == Response.BASELINE) baselineSpd = nadirSpd = m.spdMm2() / 100;
            else if (!Double.isNaN(nadirSpd) && a.bidimensional() != Response.PRE_BASELINE) nadirSpd = Math.min(nadirSpd, m.spdMm2() / 100);
        }
        TimeSeriesCollection volumes = new TimeSeriesCollection();
        volumes.addSeries(et);
        volumes.addSeries(tc);
        volumes.addSeries(wt);
        DateAxis time = new DateAxis("date");
        NumberAxis volumeAxis = new NumberAxis("volume (cm³)");
        XYLineAndShapeRenderer volumeRenderer = new XYLineAndShapeRenderer(true, true);
        volumeRenderer.setSeriesPaint(0, new Color(200, 30, 30));
        volumeRenderer.setSeriesPaint(1, new Color(230, 140, 20));
        volumeRenderer.setSeriesPaint(2, new Color(60, 120, 200));
        XYPlot plot = new XYPlot(volumes, time, volumeAxis, volumeRenderer);
        NumberAxis spdAxis = new NumberAxis("SPD (cm²)");
        plot.setRangeAxis(1, spdAxis);
        plot.setDataset(1, new TimeSeriesCollection(spd));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer spdRenderer = new XYLineAndShapeRenderer(true, true);
        spdRenderer.setSeriesPaint(0, Color.BLACK);
        spdRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(1, spdRenderer);
        if (!Double.isNaN(baselineSpd) && baselineSpd > 0)
            plot.addRangeMarker(1, threshold(baselineSpd * (1 - settings.bidimensionalResponseDecrease), "PR threshold", new Color(0, 140, 0)), Layer.FOREGROUND);
        if (!Double.isNaN(nadirSpd) && nadirSpd > 0)
            plot.addRangeMarker(1, threshold(nadirSpd * (1 + settings.bidimensionalProgressionIncrease), "PD threshold (nadir +" +
                Math.round(100 * settings.bidimensionalProgressionIncrease) + "%)", new Color(190, 0, 0)), Layer.FOREGROUND);
        LocalDate rtStart = null;
        for (TreatmentEvents.Event e : events.of(patient)) {
            if (e.type() == TreatmentEvents.Type.RT_START) rtStart = e.date();
            if (e.type() == TreatmentEvents.Type.RT_END && rtStart != null) {
                IntervalMarker rt = new IntervalMarker(millis(rtStart), millis(e.date()), new Color(255, 230, 150, 90));
                plot.addDomainMarker(rt, Layer.BACKGROUND);
            }
            ValueMarker m = new ValueMarker(millis(e.date()), Color.GRAY, new BasicStroke(1f));
            m.setLabel(e.type().key());
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(m);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return new JFreeChart(patient + ": volumes and SPD", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    public static void writePng(OutputStream out, String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings,
                                int width, int height) throws IOException {
        ChartUtils.writeChartAsPNG(out, create(patient, rows, events, settings), width, height);
    }

    public static void savePng(Path file, String patient, List<Assessment> rows, TreatmentEvents events, LongitudinalSettings settings,
                               int width, int height) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        ChartUtils.saveChartAsPNG(file.toFile(), create(patient, rows, events, settings), width, height);
    }

    private static ValueMarker threshold(double value, String label, Color colour) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static double millis(LocalDate d) {
        // Day periods are placed at local-time noon by JFreeChart; markers at UTC midnight are within that day
        return d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
