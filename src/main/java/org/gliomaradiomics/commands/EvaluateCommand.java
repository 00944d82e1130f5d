package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClassificationMetrics;
import org.gliomaradiomics.learn.CrossValidation;
import org.gliomaradiomics.learn.CvResult;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DecisionCurve;
import org.gliomaradiomics.learn.NormalQuantile;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.report.CalibrationChart;
import org.gliomaradiomics.report.RocChart;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Evaluate Classifier",
    description = "Repeated stratified cross-validation of a pipeline, or validation by site (leave-one-site-out, grouped folds); every step (selection, harmonisation, scaling) is fitted inside the training folds")
public class EvaluateCommand extends DatasetCommand {
    @Section("Validation")
    @Parameter(label = "Folds (k)", required = false, description = "Folds", persist = false)
    private int folds = 5;

    @Parameter(label = "Repeats", required = false, description = "Repeats", persist = false)
    private int repeats = 10;

    @Parameter(label = "Permutations", required = false, description = "Label permutations for a p-value (0 = none)", persist = false)
    private int permutations;

    @Parameter(label = "Site column (ComBat)", required = false, description = "Clinical column with the site, for a ComBat step in the pipeline (default: the group column)", persist = false)
    private String batch_column = "";

    @Parameter(label = "Scheme", required = false, choices = {"stratified", "loso", "grouped-kfold"},
        description = "stratified: k-fold over patients; loso: leave one site (group) out; grouped-kfold: k-fold over whole sites", persist = false)
    private String scheme = "stratified";

    @Parameter(label = "Group column (site)", required = false, description = "Clinical column whose groups (sites) are held out whole, for --scheme loso or grouped-kfold", persist = false)
    private String group_column = "";

    @Parameter(label = "Threads", required = false, description = "Threads (0 = ImageJ's thread setting, all cores by default)", persist = false)
    private int threads;

    @Section("Output")
    @Parameter(label = "Output folder", style = "directory", description = "Folder for metrics.csv, predictions.csv, selected_features.csv, decision_curve.csv, roc.png, calibration.png, decision_curve.png", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        CrossValidation.Scheme how = Inputs.about("--scheme", () -> CrossValidation.Scheme.parse(scheme));
        boolean bySite = how != CrossValidation.Scheme.STRATIFIED;
        if (bySite && group_column.isBlank()) throw new CommandException("--scheme " + scheme + " needs --group-column (the site column)");
        if (!bySite && !group_column.isBlank()) throw new CommandException("--group-column needs --scheme loso or grouped-kfold");
        PipelineSpec spec = pipelineSpec();
        String batchColumn = batch_column.isBlank() && bySite && spec.usesComBat() ? group_column : batch_column;
        Dataset d = dataset(true, batchColumn);
        String[] groups = bySite ? clinicalValues(d, group_column) : null;
        CrossValidation cv = new CrossValidation(folds, repeats, seed, threadBudget().count());
        int fits = how == CrossValidation.Scheme.LEAVE_ONE_GROUP_OUT ? (int) java.util.Arrays.stream(groups).distinct().count() : folds * repeats;
        CvResult r = Inputs.about(pipeline, () -> cv.run(how, spec, d, groups,
            f -> progress().report("cross-validation, fold " + Math.round(f * fits) + " of " + fits + " done,", f)));
        Path dir = out.toPath();
        Files.createDirectories(dir);
        Table metrics = ClassifierReports.metricsTable();
        if (how != CrossValidation.Scheme.LEAVE_ONE_GROUP_OUT)
            for (int i = 0; i < r.perRepeat.size(); i++) metrics.addRow(ClassifierReports.metricsRow("repeat " + (i + 1), r.perRepeat.get(i)));
        Map<String, ClassificationMetrics> perSite = r.perGroup();
        for (Map.Entry<String, ClassificationMetrics> e : perSite.entrySet()) metrics.addRow(ClassifierReports.metricsRow("held-out site " + e.getKey(), e.getValue()));
        metrics.addRow(ClassifierReports.metricsRow("pooled", r.pooled));
        if (how != CrossValidation.Scheme.LEAVE_ONE_GROUP_OUT)
            metrics.addRow("mean over repeats", r.meanAuc(), r.meanAuc() - NormalQuantile.Z95 * r.sdAuc(), r.meanAuc() + NormalQuantile.Z95 * r.sdAuc(), "repeat sd",
                r.mean(ClassificationMetrics::balancedAccuracy), r.mean(ClassificationMetrics::sensitivity), r.mean(ClassificationMetrics::specificity),
                r.mean(ClassificationMetrics::brier), null, null, null, null, null, null, r.pooled.n());
        if (permutations > 0) {
            CrossValidation.PermutationResult p = cv.permutationTest(how, spec, d, groups, permutations, f -> progress().report("permutations", f));
            metrics.addRow("permutation p", p.observedAuc(), null, null, permutations + " permutations, p = " + p.pValue(), null, null, null, null,
                null, null, null, null, null, null, null);
        }
        CsvWriter.write(metrics, dir.resolve("metrics.csv"));
        CsvWriter.write(predictions(r), dir.resolve("predictions.csv"));
        Table selected = new Table("feature", "frequency");
        for (Map.Entry<String, Double> e : r.selectionFrequency.entrySet()) selected.addRow(e.getKey(), e.getValue());
        CsvWriter.write(selected, dir.resolve("selected_features.csv"));
        charts(r, classLabels(d), dir);
        if (bySite) {
            outputs().message(how == CrossValidation.Scheme.LEAVE_ONE_GROUP_OUT
                ? "leave-one-site-out over " + perSite.size() + " sites of '" + group_column + "': each site held out once"
                : "grouped " + folds + "-fold over the sites of '" + group_column + "', " + repeats + " repeats: every site held out whole");
            if (spec.usesComBat())
                outputs().message("ComBat (batch column '" + batchColumn + "') fitted on the training sites of each fold only; a held-out site not seen in "
                    + "training is harmonised with the training estimates (grand mean, pooled variance, covariate effects) and its own location and "
                    + "scale, estimated from its features alone, never its labels");
        }
        outputs().message(String.format(java.util.Locale.ROOT, "AUC %.3f (95%% CI %.3f-%.3f, %s)%s; wrote %s",
            r.pooled.auc(), r.pooled.aucLow(), r.pooled.aucHigh(), r.pooled.ciMethod(),
            how == CrossValidation.Scheme.LEAVE_ONE_GROUP_OUT ? " pooled over held-out sites"
                : String.format(java.util.Locale.ROOT, ", mean over %d repeats %.3f +- %.3f", repeats, r.meanAuc(), r.sdAuc()), dir));
        if (!commandLine()) outputs().table(metrics, null, "Classifier Metrics");
    }

    private static Table predictions(CvResult r) {
        List<String> cols = new ArrayList<>(List.of("id", "repeat", "true_class"));
        if (r.groups != null) cols.add("site");
        for (String c : r.classNames) cols.add("p_" + c);
        Table t = new Table(cols);
        int first = r.groups != null ? 4 : 3;
        for (int rep = 0; rep < r.oofProbabilities.length; rep++)
            for (int i = 0; i < r.ids.length; i++) {
                Object[] row = new Object[cols.size()];
                row[0] = r.ids[i];
                row[1] = rep + 1;
                row[2] = r.classNames[r.y[i]];
                if (r.groups != null) row[3] = r.groups[i];
                for (int k = 0; k < r.classNames.length; k++) row[first + k] = r.oofProbabilities[rep][i][k];
                t.addRow(row);
            }
        return t;
    }

    /**
     * ROC (one-vs-rest per class when multi-class, the AUC then the macro average of the one-vs-rest AUCs),
     * calibration and, for binary targets, the decision curve of the repeat-averaged out-of-fold probabilities;
     * classes named by {@code labels}.
     */
    private void charts(CvResult r, String[] labels, Path dir) throws Exception {
        double[][] p = r.meanProbabilities();
        int k = r.classNames.length;
        List<RocChart.Series> curves = new ArrayList<>();
        List<CalibrationChart.Series> calibration = new ArrayList<>();
        for (int c = (k == 2 ? 1 : 0); c < k; c++) {
            double[] score = new double[p.length];
            boolean[] positive = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                score[i] = p[i][c];
                positive[i] = r.y[i] == c;
            }
            curves.add(new RocChart.Series(k == 2 ? labels[1] + " vs " + labels[0] : labels[c] + " vs rest", score, positive));
            calibration.add(new CalibrationChart.Series(k == 2 ? labels[1] : labels[c] + " vs rest", score, positive));
            if (k == 2) ClassifierReports.writeDecisionCurve(DecisionCurve.of(score, positive), r.classNames[c], dir);
        }
        CalibrationChart.savePng(dir.resolve("calibration.png"), k == 2 ? "Calibration (" + labels[1] + ")"
            : "Calibration per class (one-vs-rest)", calibration, 10, 640, 480);
        if (k != 2) {
            ClassifierReports.writeCalibrationPerClass(calibration, dir);
            outputs().message("decision curve: only for a binary target (" + k + " classes here)");
        }
        RocChart.savePng(dir.resolve("roc.png"), k == 2
            ? String.format(java.util.Locale.ROOT, "ROC of the out-of-fold probabilities, AUC %.3f", r.pooled.auc())
            : String.format(java.util.Locale.ROOT, "ROC one-vs-rest, macro-average AUC %.3f", r.pooled.auc()), curves, 640, 480);
    }
}
