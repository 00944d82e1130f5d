package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.report.SurvivalCalibrationChart;
import org.gliomaradiomics.survival.Concordance;
import org.gliomaradiomics.survival.SurvivalCalibration;
import org.gliomaradiomics.survival.SurvivalModel;
import org.gliomaradiomics.survival.SurvivalValidation;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;

/**
 * Validate Model for a survival model: reads the cohort, scores it and writes metrics.csv (Harrell's C with its
 * 95% CI, and per time point the IPCW AUC and the Brier scores of the model and of the null model),
 * calibration.csv and calibration.png (predicted S(t) against Kaplan-Meier by risk group) and predictions.csv.
 */
final class SurvivalValidationRun {
    private final RadiomicsCommand command;
    private final SurvivalModel model;

    SurvivalValidationRun(RadiomicsCommand command, SurvivalModel model) {
        this.command = command;
        this.model = model;
    }

    void run(List<Path> features, File clinical, String id, String time, String event, double[] times, Path dir) throws Exception {
        if (time.isBlank() || event.isBlank())
            throw new CommandException("a survival model (" + model.description() + "): name the validation cohort's --time and --event columns");
        if (times.length == 0)
            throw new CommandException("a survival model: give --times, the time points for the AUC, Brier score and calibration (e.g. 365,730)");
        command.progress().report("reading tables", 0);
        SurvivalCohort cohort = SurvivalCohort.read(features, clinical, id, time, event, model.variables());
        List<Integer> kept = new ArrayList<>();
        List<Double> eta = new ArrayList<>();
        for (int i = 0; i < cohort.ids().length; i++) {
            double e = model.linearPredictor(cohort.values()[i]);
            if (!Double.isNaN(e)) { kept.add(i); eta.add(e); }
        }
        int missing = cohort.ids().length - kept.size();
        if (kept.size() < 2) throw new CommandException(clinical + ": fewer than 2 patients with time, event and the model's variables");
        double[] t = new double[kept.size()], lp = eta.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] e = new boolean[kept.size()];
        String[] ids = new String[kept.size()];
        for (int k = 0; k < t.length; k++) {
            int i = kept.get(k);
            t[k] = cohort.time()[i];
            e[k] = cohort.event()[i];
            ids[k] = cohort.ids()[i];
        }
        command.progress().report("validating", 0.5);
        int groups = SurvivalCalibration.defaultGroups(t.length);
        SurvivalValidation.Result r = Inputs.about(clinical, () -> SurvivalValidation.of(model, t, e, lp, times, groups));
        for (int k = 0; k < times.length; k++)
            if (Double.isNaN(r.auc()[k]))
                command.outputs().warning("time " + Table.format(times[k]) + ": no patient had an event by then or none was followed beyond it; its AUC is undefined (NaN)");
        Files.createDirectories(dir);
        Table metrics = metrics(r, t, e, cohort.leftOut(), missing);
        CsvWriter.write(metrics, dir.resolve("metrics.csv"));
        writeCalibration(r, dir, time);
        writePredictions(r, ids, t, e, dir);
        command.progress().report("done", 1);
        double[] ci = r.harrell().interval(0.95);
        StringBuilder auc = new StringBuilder();
        for (int k = 0; k < times.length; k++)
            auc.append(String.format(Locale.ROOT, "%s AUC(%s) %.3f", k == 0 ? "," : ";", Table.format(times[k]), r.auc()[k]));
        command.outputs().message(String.format(Locale.ROOT, "%d patients, %d events: Harrell's C %.3f (95%% CI %.3f-%.3f)%s; wrote %s",
            t.length, CoxCommand.count(e), r.harrell().c(), ci[0], ci[1], auc, dir));
        if (!command.commandLine()) command.outputs().table(metrics, null, "Validation Metrics");
    }

    private Table metrics(SurvivalValidation.Result r, double[] t, boolean[] e, int withoutOutcome, int withoutVariables) {
        Concordance.HarrellC c = r.harrell();
        double[] ci = c.interval(0.95);
        Table m = new Table("statistic", "value");
        m.addRow("model", model.description());
        for (Map.Entry<String, String> d : model.details().entrySet()) m.addRow("model_" + d.getKey(), d.getValue());
        m.addRow("patients", t.length).addRow("events", CoxCommand.count(e))
            .addRow("left_out_without_clinical_time_or_event", withoutOutcome).addRow("left_out_missing_variable", withoutVariables)
            .addRow("harrell_c", c.c()).addRow("harrell_c_se", c.standardError()).addRow("harrell_c_ci_low", ci[0]).addRow("harrell_c_ci_high", ci[1])
            .addRow("harrell_c_ci_method", "C +/- z(0.975) se, se by R survival::concordance's infinitesimal jackknife")
            .addRow("harrell_c_convention", model.concordance().description)
            .addRow("concordant_pairs", c.concordant()).addRow("discordant_pairs", c.discordant())
            .addRow("tied_risk_pairs", c.tiedRisk()).addRow("tied_time_event_pairs", c.tiedTimes());
        for (int k = 0; k < r.times().length; k++) {
            String at = Table.format(r.times()[k]);
            m.addRow("auc_at_" + at, r.auc()[k]).addRow("brier_at_" + at, r.brier()[k]).addRow("brier_null_model_at_" + at, r.nullBrier()[k]);
        }
        m.addRow("auc_method", "cumulative/dynamic, IPCW with the Kaplan-Meier of censoring (as timeROC and riskRegression::Score)");
        m.addRow("brier_method", "IPCW (Graf 1999), as riskRegression::Score; null model = the cohort's Kaplan-Meier");
        return m;
    }

    private void writeCalibration(SurvivalValidation.Result r, Path dir, String timeColumn) throws Exception {
        Table cal = new Table("time", "group", "patients", "events_by_time", "mean_predicted_survival", "observed_survival_km", "observed_lower", "observed_upper");
        List<SurvivalCalibrationChart.Series> series = new ArrayList<>();
        for (int k = 0; k < r.times().length; k++) {
            for (SurvivalCalibration.Group g : r.calibration().get(k))
                cal.addRow(r.times()[k], g.group(), g.size(), g.eventsByTime(), g.meanPredicted(), g.observed(), g.lower(), g.upper());
            series.add(new SurvivalCalibrationChart.Series(timeColumn + " = " + Table.format(r.times()[k]), r.calibration().get(k)));
        }
        CsvWriter.write(cal, dir.resolve("calibration.csv"));
        int groups = r.calibration().get(0).size();
        SurvivalCalibrationChart.savePng(dir.resolve("calibration.png"), "Calibration of predicted survival",
            groups + " risk groups; Brier " + brierText(r), series, 640, 560);
    }

    private static String brierText(SurvivalValidation.Result r) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < r.times().length; k++)
            b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f at %s (null %.3f)", r.brier()[k], Table.format(r.times()[k]), r.nullBrier()[k]));
        return b.toString();
    }

    private static void writePredictions(SurvivalValidation.Result r, String[] ids, double[] t, boolean[] e, Path dir) throws Exception {
        List<String> cols = new ArrayList<>(List.of("id", "time", "event", "linear_predictor"));
        for (double at : r.times()) cols.add("survival_at_" + Table.format(at));
        Table p = new Table(cols);
        for (int i = 0; i < ids.length; i++) {
            Object[] row = new Object[cols.size()];
            row[0] = ids[i];
            row[1] = t[i];
            row[2] = e[i] ? 1 : 0;
            row[3] = r.linearPredictor()[i];
            for (int k = 0; k < r.times().length; k++) row[4 + k] = r.predictedSurvival()[k][i];
            p.addRow(row);
        }
        CsvWriter.write(p, dir.resolve("predictions.csv"));
    }
}
