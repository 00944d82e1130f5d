package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.survival.Concordance;
import org.gliomaradiomics.survival.CoxFit;
import org.gliomaradiomics.survival.CoxRegression;
import org.gliomaradiomics.survival.CsvTable;
import org.gliomaradiomics.survival.ProportionalHazardsResult;
import org.gliomaradiomics.survival.ProportionalHazardsTest;
import org.gliomaradiomics.survival.SurvivalModel;
import org.gliomaradiomics.survival.Ties;
import org.gliomaradiomics.survival.TimeTransform;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Survival>Cox Regression",
    description = "Cox proportional hazards (Efron or Breslow ties): coefficients, hazard ratios with CI, Wald and likelihood-ratio tests, C-index, Schoenfeld PH test")
public class CoxCommand extends SurvivalTableCommand {
    /** The model file written into the output folder. */
    static final String MODEL_FILE = "cox.model";

    @Parameter(label = "Covariates", required = false, description = "Covariates, comma-separated (empty = every other numeric column)", persist = false)
    private String covariates = "";

    @Parameter(label = "Tie handling", choices = {"efron", "breslow"}, description = "Handling of tied event times", persist = false)
    private String ties = "efron";

    @Parameter(label = "Output folder", style = "directory", description = "Folder for coefficients.csv, model.csv, ph_test.csv and cox.model (for Validate Model)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        CsvTable t = CsvTable.read(data.toPath());
        List<String> names = covariates.isBlank() ? numericColumnsExcept(t) : DatasetCommand.list(covariates);
        if (names.isEmpty()) throw new CommandException(data + ": no numeric covariate column besides time and event");
        SurvivalInputs in = SurvivalInputs.read(t, time, event, names, null);
        Ties tieMethod = ties.equals("breslow") ? Ties.BRESLOW : Ties.EFRON;
        String[] n = names.toArray(new String[0]);
        CoxFit fit = Inputs.about(data, () -> CoxRegression.fit(in.time, in.event, in.covariates, null, tieMethod, n));
        Table coef = new Table("covariate", "coef", "se", "hr", "hr_lower", "hr_upper", "z", "p");
        for (int j = 0; j < n.length; j++)
            coef.addRow(n[j], fit.coefficients()[j], fit.standardErrors()[j], fit.hazardRatio(j), fit.hazardRatioLower(j), fit.hazardRatioUpper(j), fit.z(j), fit.pValue(j));
        if (!fit.converged()) outputs().warning("Cox regression did not converge in " + fit.iterations() + " iterations: its estimates are not reliable");
        else if (!fit.possiblyInfiniteCoefficients().isEmpty())
            outputs().warning("the log-likelihood converged before " + String.join(", ", fit.possiblyInfiniteCoefficients())
                + ": the coefficient may be infinite (monotone likelihood, e.g. a covariate that separates events perfectly); its CI and p are not meaningful");
        double[] risk = fit.linearPredictor(in.covariates);
        Table model = new Table("statistic", "value");
        model.addRow("n", in.time.length).addRow("events", count(in.event)).addRow("rows_left_out", in.dropped)
            .addRow("ties", ties).addRow("log_likelihood", fit.logLikelihood()).addRow("null_log_likelihood", fit.nullLogLikelihood())
            .addRow("likelihood_ratio_chi_square", fit.likelihoodRatioChiSquare()).addRow("likelihood_ratio_df", n.length)
            .addRow("likelihood_ratio_p", fit.likelihoodRatioPValue()).addRow("score_chi_square", fit.scoreChiSquare())
            .addRow("score_p", fit.scorePValue()).addRow("harrell_c", Concordance.harrell(in.time, in.event, risk, Concordance.TiedTimes.CENSORED_OUTLIVES))
            .addRow("harrell_c_convention", Concordance.TiedTimes.CENSORED_OUTLIVES.description)
            .addRow("converged", fit.converged()).addRow("iterations", fit.iterations())
            .addRow("possibly_infinite", String.join(";", fit.possiblyInfiniteCoefficients()));
        ProportionalHazardsResult ph = ProportionalHazardsTest.test(in.time, in.event, in.covariates, null, fit, TimeTransform.KM);
        Table phTable = new Table("covariate", "chi_square", "df", "p");
        for (int j = 0; j < n.length; j++) phTable.addRow(n[j], ph.chiSquare()[j], 1, ph.pValue()[j]);
        phTable.addRow("GLOBAL", ph.globalChiSquare(), n.length, ph.globalPValue());
        Path dir = out.toPath();
        Files.createDirectories(dir);
        CsvWriter.write(coef, dir.resolve("coefficients.csv"));
        CsvWriter.write(model, dir.resolve("model.csv"));
        CsvWriter.write(phTable, dir.resolve("ph_test.csv"));
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("data", data.getName());
        details.put("time_column", time);
        details.put("event_column", event);
        details.put("subjects", Integer.toString(in.time.length));
        details.put("events", Integer.toString(count(in.event)));
        ModelFiles.save(dir.resolve(MODEL_FILE), SurvivalModel.KIND, SurvivalModel.cox(fit, in.time, in.event, in.covariates, details));
        outputs().message(String.format(java.util.Locale.ROOT, "%d subjects, %d events; log-likelihood %.4f, LR chi-square %.3f (p %.3g); wrote %s",
            in.time.length, count(in.event), fit.logLikelihood(), fit.likelihoodRatioChiSquare(), fit.likelihoodRatioPValue(), dir));
        if (!commandLine()) outputs().table(coef, null, "Cox Regression");
    }

    private List<String> numericColumnsExcept(CsvTable t) {
        List<String> out = new ArrayList<>();
        for (String c : t.columns()) {
            if (c.equals(time) || c.equals(event)) continue;
            boolean numeric = true;
            for (int r = 0; r < t.rowCount() && numeric; r++) {
                if (t.isMissing(r, c)) continue;
                try {
                    Double.parseDouble(t.text(r, c).trim());
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric) out.add(c);
        }
        return out;
    }

    static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) if (x) c++;
        return c;
    }
}
