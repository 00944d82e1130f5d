package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.FeatureTable;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.learn.MedianImputation;
import org.gliomaradiomics.report.KaplanMeierChart;
import org.gliomaradiomics.settings.YamlDocuments;
import org.gliomaradiomics.survival.Concordance;
import org.gliomaradiomics.survival.ConfidenceType;
import org.gliomaradiomics.survival.KaplanMeier;
import org.gliomaradiomics.survival.KaplanMeierCurve;
import org.gliomaradiomics.survival.RadiomicRiskScore;
import org.gliomaradiomics.survival.SurvivalModel;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Survival>Radiomic Risk Score",
    description = "Cross-validated radiomic risk score: penalised Cox fitted inside the folds, held-out patients scored and split at the training median")
public class SurvivalCommand extends RadiomicsCommand {
    /** The model file written into the output folder: the risk score fitted on all patients. */
    static final String MODEL_FILE = "risk_score.model";

    @Parameter(label = "Feature table(s) (CSV)", description = "Feature table CSV(s), comma-separated", persist = false)
    private String features;

    @Parameter(label = "Clinical table (CSV)", style = "open", description = "Clinical CSV with time, event and covariates", persist = false)
    private File clinical;

    @Parameter(label = "Patient ID column", required = false, description = "Patient ID column (empty = detect)", persist = false)
    private String id = "";

    @Parameter(label = "Time column", description = "Survival time column (e.g. OS)", persist = false)
    private String time;

    @Parameter(label = "Event column", description = "Event column (non-zero = event)", persist = false)
    private String event;

    @Parameter(label = "Covariates", required = false, description = "Clinical covariates entered unpenalised, comma-separated (e.g. Age)", persist = false)
    private String covariates = "";

    @Parameter(label = "Folds", required = false, description = "Outer folds", persist = false)
    private int folds = 5;

    @Parameter(label = "Elastic-net alpha", required = false, description = "Elastic-net mixing: 1 = lasso, 0 = ridge", persist = false)
    private double alpha = 1;

    @Parameter(label = "Seed", required = false, description = "Random seed", persist = false)
    private long seed = 1;

    @Parameter(label = "Pipeline (YAML)", style = "open", required = false, description = "YAML with the risk-score model: alpha, folds, innerFolds, lambdaCount, seed (overrides the options)", persist = false)
    private File pipeline;

    @Parameter(label = "Evaluation times", required = false, description = "Times for time-dependent AUCs of the risk score, comma-separated (e.g. 365,730)", persist = false)
    private String times = "";

    @Parameter(label = "Threads", required = false, description = "Threads (0 = ImageJ's thread setting, all cores by default)", persist = false)
    private int threads;

    @Parameter(label = "Time unit", choices = {"auto", "days", "weeks", "months", "years"}, persist = false,
        description = "Unit of the time column, for the time axis of km.png (auto: from the column's name, e.g. OS_days)")
    private String time_unit = "auto";

    @Parameter(label = "Output folder", style = "directory", description = "Folder for risk_scores.csv, metrics.csv, folds.csv, km.png and risk_score.model (for Validate Model)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        double[] at = SurvivalInputs.times(times);
        progress().report("reading tables", 0);
        List<String> unmatched = new ArrayList<>();
        FeatureTable ft = FeatureTableReader.readAll(DatasetCommand.list(features).stream().map(Path::of).toList(), id.isEmpty() ? null : id, unmatched);
        ClinicalTable clin = ClinicalTable.read(clinical.toPath(), id.isEmpty() ? null : id);
        List<String> covs = DatasetCommand.list(covariates);
        for (String c : concat(List.of(time, event), covs)) Inputs.about(clinical, () -> { clin.requireColumn(c); return null; });
        List<Integer> rows = new ArrayList<>();
        List<double[]> tv = new ArrayList<>();
        for (int i = 0; i < ft.ids.length; i++) {
            Map<String, String> r = clin.rows.get(ft.ids[i]);
            if (r == null) continue;
            double[] v = new double[2 + covs.size()];
            boolean ok = true;
            int k = 0;
            for (String c : concat(List.of(time, event), covs)) {
                try {
                    v[k++] = Double.parseDouble(r.getOrDefault(c, "").trim());
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (ok && !Double.isNaN(v[0]) && !Double.isNaN(v[1])) {
                rows.add(i);
                tv.add(v);
            }
        }
        int n = rows.size();
        if (n < 2 * folds) throw new CommandException(clinical + ": only " + n + " patients have features, " + time + " and " + event);
        double[][] x = new double[n][];
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[][] cov = covs.isEmpty() ? null : new double[n][covs.size()];
        for (int i = 0; i < n; i++) {
            x[i] = ft.values[rows.get(i)].clone();
            t[i] = tv.get(i)[0];
            e[i] = tv.get(i)[1] != 0;
            if (cov != null) for (int j = 0; j < covs.size(); j++) cov[i][j] = tv.get(i)[2 + j];
        }
        // Missing values become the column median: unsupervised (no outcome is used), so fitting it on all rows leaks nothing.
        String[] rowIds = rows.stream().map(i -> ft.ids[i]).toArray(String[]::new);
        Dataset table = new Dataset(x, ft.names, rowIds, new int[n], null, null);
        MedianImputation imputation = MedianImputation.fit(table);
        double[][] imputed = imputation.apply(table).x;
        RadiomicRiskScore.Settings s = settings();
        RadiomicRiskScore.Result r = Inputs.about(clinical, () -> RadiomicRiskScore.crossValidate(imputed, t, e, cov, s,
            f -> progress().report("cross-validation", 0.8 * f)));
        progress().report("final model on all patients", 0.8);
        SurvivalModel finalModel = Inputs.about(clinical, () -> RadiomicRiskScore.finalModel(imputed, t, e, cov, concat(List.of(ft.names), covs).toArray(new String[0]),
            missingValues(imputation.medians(), covs.size()), s, modelDetails(covs)));
        Path dir = out.toPath();
        Files.createDirectories(dir);
        ModelFiles.save(dir.resolve(MODEL_FILE), SurvivalModel.KIND, finalModel);
        Table scores = new Table("id", "time", "event", "risk_score", "high_risk");
        for (int i = 0; i < n; i++) scores.addRow(ft.ids[rows.get(i)], t[i], e[i] ? 1 : 0, r.outOfFoldScore()[i], r.highRisk()[i] ? 1 : 0);
        CsvWriter.write(scores, dir.resolve("risk_scores.csv"));
        Table metrics = new Table("statistic", "value");
        metrics.addRow("patients", n).addRow("events", CoxCommand.count(e)).addRow("features", ft.names.length)
            .addRow("covariates", String.join(" ", covs)).addRow("harrell_c_out_of_fold", r.harrellC())
            .addRow("harrell_c_mean_within_fold", RadiomicRiskScore.meanHeldOutC(r))
            .addRow("harrell_c_convention", Concordance.TiedTimes.CENSORED_OUTLIVES.description)
            .addRow("logrank_high_vs_low_chi_square", r.highVsLow().chiSquare()).addRow("logrank_high_vs_low_p", r.highVsLow().pValue());
        double tau = 0;
        for (int i = 0; i < n; i++) if (e[i]) tau = Math.max(tau, t[i]);
        metrics.addRow("uno_c_out_of_fold", Concordance.uno(t, e, r.outOfFoldScore(), tau));
        if (at.length > 0) {
            double[] auc = Concordance.timeDependentAuc(t, e, r.outOfFoldScore(), at);
            for (int k = 0; k < auc.length; k++) metrics.addRow("auc_at_" + Table.format(at[k]), auc[k]);
        }
        CsvWriter.write(metrics, dir.resolve("metrics.csv"));
        Table fold = new Table("fold", "lambda", "nonzero_coefficients", "held_out_c");
        for (RadiomicRiskScore.Fold f : r.folds())
            fold.addRow(f.index(), f.lambda(), Arrays.stream(f.coefficients()).filter(c -> c != 0).count(), f.heldOutC());
        CsvWriter.write(fold, dir.resolve("folds.csv"));
        int[] group = new int[n];
        for (int i = 0; i < n; i++) group[i] = r.highRisk()[i] ? 1 : 0;
        List<KaplanMeierCurve> curves = new ArrayList<>(KaplanMeier.byGroup(t, e, group, ConfidenceType.LOG, 0.95).values());
        KaplanMeierChart.savePng(KaplanMeierChart.create(String.format(java.util.Locale.ROOT, "Radiomic risk score: out-of-fold C-index %.3f", r.harrellC()),
            "high vs low risk (split at the training median): log-rank " + KmCommand.pValue(r.highVsLow().pValue()),
            SurvivalInputs.timeAxis(time, time_unit, outputs()), curves, List.of("risk=low", "risk=high"), null, true), dir.resolve("km.png"), 800, 600);
        outputs().message(String.format(java.util.Locale.ROOT, "%d patients: out-of-fold C-index %.3f (mean within-fold %.3f), high vs low log-rank p = %.3g; wrote %s",
            n, r.harrellC(), RadiomicRiskScore.meanHeldOutC(r), r.highVsLow().pValue(), dir));
    }

    /** A missing feature is replaced by its training median; a missing covariate leaves the patient out, as in training. */
    private static double[] missingValues(double[] featureMedians, int covariates) {
        double[] out = Arrays.copyOf(featureMedians, featureMedians.length + covariates);
        Arrays.fill(out, featureMedians.length, out.length, Double.NaN);
        return out;
    }

    private Map<String, String> modelDetails(List<String> covs) {
        Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("time_column", time);
        d.put("event_column", event);
        d.put("covariates", String.join(" ", covs));
        return d;
    }

    /** The model settings: options, overridden by the keys of a pipeline file (an unknown key is an error). */
    private RadiomicRiskScore.Settings settings() throws Exception {
        double a = alpha;
        int k = folds, inner = 5, lambdas = 100;
        long sd = seed;
        if (pipeline != null) {
            Object root = YamlDocuments.read(pipeline.toPath());
            if (!(root instanceof Map)) throw new CommandException(pipeline + ": expected keys alpha, folds, innerFolds, lambdaCount, seed");
            for (Map.Entry<?, ?> en : ((Map<?, ?>) root).entrySet()) {
                if (!(en.getValue() instanceof Number)) throw new CommandException(pipeline + ": " + en.getKey() + ": expected a number");
                Number v = (Number) en.getValue();
                switch (String.valueOf(en.getKey())) {
                    case "alpha" -> a = v.doubleValue();
                    case "folds" -> k = v.intValue();
                    case "innerFolds" -> inner = v.intValue();
                    case "lambdaCount" -> lambdas = v.intValue();
                    case "seed" -> sd = v.longValue();
                    default -> throw new CommandException(pipeline + ": unknown key '" + en.getKey() + "' (alpha, folds, innerFolds, lambdaCount, seed)");
                }
            }
        }
        return new RadiomicRiskScore.Settings(k, inner, sd, a, lambdas, threadBudget().count());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
