package org.gliomaradiomics.commands;

import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.learn.ClassificationMetrics;
import org.gliomaradiomics.learn.DecisionCurve;
import org.gliomaradiomics.learn.LogisticCalibration;
import org.gliomaradiomics.report.CalibrationChart;
import org.gliomaradiomics.report.DecisionCurveChart;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;

/** The tables and charts that evaluate and validate write alike: metrics rows and the decision curve. */
final class ClassifierReports {
    private ClassifierReports() {}

    /** metrics.csv: one row per scope (a repeat, a held-out site, pooled, an external cohort). */
    static Table metricsTable() {
        return new Table("scope", "auc", "auc_ci_low", "auc_ci_high", "ci_method", "balanced_accuracy", "sensitivity", "specificity", "brier",
            "calibration_intercept", "calibration_intercept_ci_low", "calibration_intercept_ci_high",
            "calibration_slope", "calibration_slope_ci_low", "calibration_slope_ci_high", "n");
    }

    static Object[] metricsRow(String scope, ClassificationMetrics m) {
        LogisticCalibration c = m.calibration();
        return new Object[] {scope, m.auc(), m.aucLow(), m.aucHigh(), m.ciMethod(), m.balancedAccuracy(), m.sensitivity(), m.specificity(), m.brier(),
            c == null ? null : c.intercept(), c == null ? null : c.interceptLow(), c == null ? null : c.interceptHigh(),
            c == null ? null : c.slope(), c == null ? null : c.slopeLow(), c == null ? null : c.slopeHigh(), m.n()};
    }

    /**
     * calibration.csv for a multi-class target: per class (one-vs-rest) the logistic recalibration intercept and
     * slope with their CIs, then the binned curve of the chart.
     */
    static void writeCalibrationPerClass(List<CalibrationChart.Series> classes, Path dir) throws Exception {
        Table t = new Table("class", "calibration_intercept", "calibration_intercept_ci_low", "calibration_intercept_ci_high",
            "calibration_slope", "calibration_slope_ci_low", "calibration_slope_ci_high", "bins_mean_predicted", "bins_observed", "bins_n");
        for (CalibrationChart.Series s : classes) {
            LogisticCalibration c = LogisticCalibration.of(s.probability(), s.positive());
            double[][] bins = CalibrationChart.bins(s.probability(), s.positive(), 10);
            t.addRow(s.name(), c.intercept(), c.interceptLow(), c.interceptHigh(), c.slope(), c.slopeLow(), c.slopeHigh(),
                column(bins, 0, "%.4f"), column(bins, 1, "%.4f"), column(bins, 2, "%.0f"));
        }
        CsvWriter.write(t, dir.resolve("calibration.csv"));
    }

    private static String column(double[][] rows, int c, String format) {
        StringBuilder b = new StringBuilder();
        for (double[] r : rows) b.append(b.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, format, r[c]));
        return b.toString();
    }

    /** decision_curve.csv and .png: net benefit of the model, treat all and treat none per threshold probability. */
    static void writeDecisionCurve(DecisionCurve dc, String positiveClass, Path dir) throws Exception {
        Table t = new Table("threshold", "net_benefit_model", "net_benefit_treat_all", "net_benefit_treat_none");
        for (int i = 0; i < dc.threshold().length; i++) t.addRow(dc.threshold()[i], dc.netBenefit()[i], dc.treatAll()[i], 0.0);
        CsvWriter.write(t, dir.resolve("decision_curve.csv"));
        DecisionCurveChart.savePng(dir.resolve("decision_curve.png"), "Decision curve (" + positiveClass + ")", dc, 640, 480);
    }
}
