package org.gliomaradiomics.survival;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted Cox model as saved by {@code cox} and {@code survival} and read by {@code validate}: everything needed to
 * score a new cohort and predict its survival, in plain values (numbers, names, two enums of this package), so the
 * file loads through the model-file allow-list without running anything.
 * <p>
 * Per variable, in order: its name, the value a missing one is replaced by (NaN: none, the row is left out), the
 * training range it is clipped to (±∞: none), and the scaling: η = Σ_j β_j·(x_j − centre_j)/scale_j. The linear
 * predictor is thus centred on the training mean, as R's {@code predict.coxph}, and the baseline hazard is that of
 * η = 0. Harrell's C is reported with the stored {@link Concordance.TiedTimes} convention.
 */
public final class SurvivalModel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The kind of model in the model-file header. */
    public static final String KIND = "survival";

    private final String description;
    private final String[] variables;
    private final double[] centre, scale, coefficients, missingValue, lower, upper;
    private final BaselineHazard baseline;
    private final Concordance.TiedTimes concordance;
    private final LinkedHashMap<String, String> details;

    private SurvivalModel(String description, String[] variables, double[] centre, double[] scale, double[] coefficients,
            double[] missingValue, double[] lower, double[] upper, BaselineHazard baseline, Concordance.TiedTimes concordance,
            Map<String, String> details) {
        int p = variables.length;
        for (double[] a : new double[][] {centre, scale, coefficients, missingValue, lower, upper})
            if (a.length != p) throw new IllegalArgumentException(p + " variables but an array of " + a.length + " values");
        this.description = description;
        this.variables = variables.clone();
        this.centre = centre.clone();
        this.scale = scale.clone();
        this.coefficients = coefficients.clone();
        this.missingValue = missingValue.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.baseline = baseline;
        this.concordance = concordance;
        this.details = new LinkedHashMap<>(details);
    }

    /**
     * An unpenalised Cox fit: coefficients on the covariates' own scale, centred on the training means, no
     * imputation and no clipping; the baseline hazard follows the fit's tie handling (see {@link BaselineHazard}).
     */
    public static SurvivalModel cox(CoxFit fit, double[] time, boolean[] event, double[][] x, Map<String, String> details) {
        int p = fit.size();
        double[] mean = columnMeans(x, p), ones = filled(p, 1), nan = filled(p, Double.NaN);
        double[] eta = centredPredictor(fit.coefficients(), mean, ones, x);
        return new SurvivalModel("Cox regression (" + fit.ties().name().toLowerCase(java.util.Locale.ROOT) + " ties)", fit.names(), mean, ones,
            fit.coefficients(), nan, filled(p, Double.NEGATIVE_INFINITY), filled(p, Double.POSITIVE_INFINITY),
            BaselineHazard.estimate(time, event, eta, fit.ties()), Concordance.TiedTimes.CENSORED_OUTLIVES, details);
    }

    /**
     * A penalised Cox fit (Breslow ties) from the risk score: {@code coefficients} on the original scale are stored
     * per standardised variable (training mean, population sd), values are clipped to the training range
     * {@code lower..upper} and missing ones replaced by {@code missingValue} before scoring.
     *
     * @param x the training rows (missing values already replaced)
     */
    public static SurvivalModel penalised(String[] names, double[] coefficients, double[] missingValue, double[] lower, double[] upper,
            double[] time, boolean[] event, double[][] x, Map<String, String> details) {
        int p = names.length;
        double[] mean = columnMeans(x, p), sd = new double[p], standardised = new double[p];
        for (double[] row : x) for (int j = 0; j < p; j++) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
        for (int j = 0; j < p; j++) {
            sd[j] = Math.sqrt(sd[j]) > 0 ? Math.sqrt(sd[j]) : 1;
            standardised[j] = coefficients[j] * sd[j];
        }
        double[] eta = centredPredictor(standardised, mean, sd, x);
        return new SurvivalModel("penalised Cox regression (Breslow ties)", names, mean, sd, standardised, missingValue, lower, upper,
            BaselineHazard.estimate(time, event, eta, Ties.BRESLOW), Concordance.TiedTimes.CENSORED_OUTLIVES, details);
    }

    /**
     * η of one row of {@link #variables()} values: missing values (NaN) replaced where the model has a value for
     * them, then clipped and scaled. NaN when a value is still missing.
     */
    public double linearPredictor(double[] row) {
        if (row.length != variables.length) throw new IllegalArgumentException(row.length + " values for " + variables.length + " variables");
        double eta = 0;
        for (int j = 0; j < row.length; j++) {
            double v = Double.isNaN(row[j]) ? missingValue[j] : row[j];
            if (Double.isNaN(v)) return Double.NaN;
            eta += coefficients[j] * (Math.min(upper[j], Math.max(lower[j], v)) - centre[j]) / scale[j];
        }
        return eta;
    }

    /** Whether a missing value of variable j is replaced (by the training median) rather than leaving the row out. */
    public boolean imputes(int j) {
        return !Double.isNaN(missingValue[j]);
    }

    /** S(t|η). */
    public double survival(double t, double linearPredictor) {
        return baseline.survival(t, linearPredictor);
    }

    public String description() { return description; }

    public String[] variables() { return variables.clone(); }

    /** Coefficients per scaled variable (per unit of the variable itself when its scale is 1). */
    public double[] coefficients() { return coefficients.clone(); }

    public double[] centre() { return centre.clone(); }

    public double[] scale() { return scale.clone(); }

    public BaselineHazard baseline() { return baseline; }

    public Concordance.TiedTimes concordance() { return concordance; }

    /** What the fit was (subjects, events, time and event columns, λ ...), for the report. */
    public Map<String, String> details() { return Collections.unmodifiableMap(details); }

    private static double[] centredPredictor(double[] beta, double[] centre, double[] scale, double[][] x) {
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < beta.length; j++) eta[i] += beta[j] * (x[i][j] - centre[j]) / scale[j];
        return eta;
    }

    private static double[] columnMeans(double[][] x, int p) {
        double[] mean = new double[p];
        for (double[] row : x) for (int j = 0; j < p; j++) mean[j] += row[j];
        for (int j = 0; j < p; j++) mean[j] /= x.length;
        return mean;
    }

    private static double[] filled(int p, double v) {
        double[] a = new double[p];
        Arrays.fill(a, v);
        return a;
    }
}
