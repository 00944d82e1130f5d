package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.learn.ClassificationMetrics;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetBuilder;
import org.gliomaradiomics.learn.DatasetReport;
import org.gliomaradiomics.learn.DecisionCurve;
import org.gliomaradiomics.learn.FeatureTable;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.survival.SurvivalModel;
import org.gliomaradiomics.report.CalibrationHistogramChart;
import org.gliomaradiomics.report.RocChart;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Validate Model",
    description = "External validation of a saved model on another cohort. A classifier: AUC with DeLong CI, balanced accuracy, Brier, calibration "
        + "intercept and slope, calibration plot, decision curve. A survival model (from Cox Regression or Radiomic Risk Score): Harrell's C with CI, "
        + "time-dependent AUC, Brier score and calibration of the predicted survival at chosen times")
public class ValidateCommand extends RadiomicsCommand {
    @Parameter(label = "Model", style = "open", description = "Model written by Train Classifier, or cox.model / risk_score.model written by Cox Regression / Radiomic Risk Score", persist = false)
    private File model;

    @Parameter(label = "Feature table(s) (CSV)", required = false, persist = false,
        description = "Feature table CSV(s) of the validation cohort, comma-separated (may be empty for a survival model whose variables are all in the clinical table)")
    private String features = "";

    @Parameter(label = "Clinical table (CSV)", style = "open", description = "Clinical CSV of the validation cohort with the target (and the model's covariates)", persist = false)
    private File clinical;

    @Parameter(label = "Patient ID column", required = false, description = "Patient ID column (empty = detect)", persist = false)
    private String id = "";

    @Parameter(label = "Target column (classifier)", required = false, description = "Target column of the validation cohort's clinical table", persist = false)
    private String target = "";

    @Parameter(label = "Positive class (regex)", required = false, description = "Values counted as positive in this cohort (empty = the model's own rule)", persist = false)
    private String positive_regex = "";

    @Parameter(label = "Site column (ComBat)", required = false, description = "Clinical column with the site, when the model harmonises with ComBat: a site the model has not seen is harmonised from its own features", persist = false)
    private String batch_column = "";

    @Parameter(label = "Time column (survival model)", required = false, description = "Survival time column of the validation cohort's clinical table", persist = false)
    private String time = "";

    @Parameter(label = "Event column (survival model)", required = false, description = "Event column (1 = event, 0 = censored) of the validation cohort's clinical table", persist = false)
    private String event = "";

    @Parameter(label = "Evaluation times (survival model)", required = false, persist = false,
        description = "Times for the time-dependent AUC, Brier score and calibration, comma-separated, in the unit of the time column (e.g. 365,730)")
    private String times = "";

    @Parameter(label = "Output folder", style = "directory", persist = false, description = "Folder for metrics.csv, predictions.csv and calibration.png; "
        + "for a classifier also decision_curve.csv, roc.png, decision_curve.png; for a survival model also calibration.csv")
    private File out;

    @Override
    protected void execute() throws Exception {
        if (SurvivalModel.KIND.equals(ModelFiles.kind(model.toPath()))) {
            SurvivalModel m = ModelFiles.load(model.toPath(), SurvivalModel.KIND, SurvivalModel.class);
            new SurvivalValidationRun(this, m).run(DatasetCommand.list(features).stream().map(Path::of).toList(), clinical, id, time, event,
                SurvivalInputs.times(times), out.toPath());
            return;
        }
        if (features.isBlank() || target.isBlank())
            throw new CommandException(model + ": a classifier; give the validation cohort's --features and --target");
        SavedModel m = Inputs.about(model, () -> ModelFiles.load(model.toPath(), SavedModel.KIND, SavedModel.class));
        if (!m.target.isBinary())
            throw new CommandException(model + ": validate takes a binary model; this one has the classes " + Arrays.toString(m.classNames()));
        if (m.usesComBat() && batch_column.isBlank())
            throw new CommandException(model + ": the model harmonises sites with ComBat; name the site column with --batch-column");
        progress().report("reading tables", 0);
        DatasetReport report = new DatasetReport();
        FeatureTable table = FeatureTableReader.readAll(CsvReader.readAll(DatasetCommand.list(features).stream().map(Path::of).toList()),
            id.isEmpty() ? null : id, report.unmatchedBetweenFeatureTables);
        ClinicalTable clin = ClinicalTable.read(CsvReader.read(clinical.toPath()), id.isEmpty() ? null : id);
        TargetDefinition rule = new TargetDefinition(target, positive_regex.isEmpty() ? m.target.positiveRegex : positive_regex,
            positive_regex.isEmpty() ? m.target.negativeRegex : null, m.target.missingRegex);
        DatasetBuilder b = new DatasetBuilder(table, clin).covariateEncoding(m.covariates).target(rule);
        if (m.covariates != null) b.covariates(new ArrayList<>(m.covariates.levels.keySet()));
        if (!batch_column.isBlank()) b.batchColumn(batch_column);
        Dataset d = Inputs.about(clinical, () -> b.build(report));
        if (d.rows() == 0) throw new CommandException("no patient left after joining the tables: " + report);
        outputs().message(d.rows() + " patients " + Arrays.toString(d.classCounts()) + " (" + rule + "); " + report);
        double[][] p = Inputs.about(null, () -> m.predict(d, true));
        ClassificationMetrics metrics = ClassificationMetrics.compute(p, d.y, 2, 1);
        double[] score = new double[p.length];
        boolean[] positive = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            score[i] = p[i][1];
            positive[i] = d.y[i] == 1;
        }
        Path dir = out.toPath();
        Files.createDirectories(dir);
        Table t = ClassifierReports.metricsTable();
        t.addRow(ClassifierReports.metricsRow("external", metrics));
        CsvWriter.write(t, dir.resolve("metrics.csv"));
        List<String> cols = new ArrayList<>(List.of("id", "true_class"));
        for (String c : m.classNames()) cols.add("p_" + c);
        Table pred = new Table(cols);
        for (int i = 0; i < d.rows(); i++) pred.addRow(d.ids[i], d.classNames[d.y[i]], p[i][0], p[i][1]);
        CsvWriter.write(pred, dir.resolve("predictions.csv"));
        String name = m.classNames()[1];
        ClassifierReports.writeDecisionCurve(DecisionCurve.of(score, positive), name, dir);
        CalibrationHistogramChart.savePng(dir.resolve("calibration.png"), "Calibration (" + name + ")", score, positive, 10, 640, 560);
        RocChart.savePng(dir.resolve("roc.png"), String.format(java.util.Locale.ROOT, "ROC, AUC %.3f", metrics.auc()),
            List.of(new RocChart.Series(name, score, positive)), 640, 480);
        if (m.usesComBat())
            outputs().message("ComBat: sites seen in training get the training estimates; a new site is harmonised with the training "
                + "grand mean, pooled variance and covariate effects and its own location and scale, estimated from its features alone");
        outputs().message(String.format(java.util.Locale.ROOT, "AUC %.3f (95%% CI %.3f-%.3f, DeLong), calibration slope %.2f, intercept %.2f; wrote %s",
            metrics.auc(), metrics.aucLow(), metrics.aucHigh(), metrics.calibration().slope(), metrics.calibration().intercept(), dir));
        if (!commandLine()) outputs().table(t, null, "Validation Metrics");
    }
}
