package org.gliomaradiomics.survival;

/**
 * A fitted Cox proportional-hazards model. Per covariate: coefficient β, standard error (from the inverse
 * information at β̂), hazard ratio exp(β) with its 95% Wald interval, Wald z and two-sided p. Model: partial
 * log-likelihood at β̂ and at β = 0, the likelihood-ratio and score tests (df = number of covariates).
 */
public record CoxFit(String[] names, double[] coefficients, double[] standardErrors, double[][] covariance,
        double logLikelihood, double nullLogLikelihood, double scoreChiSquare, Ties ties, int iterations,
        boolean converged, int subjects, int events, boolean[] possiblyInfinite) {

    /** The covariates whose coefficient may be infinite (monotone likelihood, e.g. perfect separation), as R warns. */
    public java.util.List<String> possiblyInfiniteCoefficients() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int j = 0; j < names.length; j++) if (possiblyInfinite[j]) out.add(names[j]);
        return out;
    }

    public int size() { return coefficients.length; }

    public double hazardRatio(int j) { return Math.exp(coefficients[j]); }

    public double hazardRatioLower(int j) { return Math.exp(coefficients[j] - Distributions.Z95 * standardErrors[j]); }

    public double hazardRatioUpper(int j) { return Math.exp(coefficients[j] + Distributions.Z95 * standardErrors[j]); }

    public double z(int j) { return coefficients[j] / standardErrors[j]; }

    public double pValue(int j) { return Distributions.normalTwoSided(z(j)); }

    public double likelihoodRatioChiSquare() { return 2 * (logLikelihood - nullLogLikelihood); }

    public double likelihoodRatioPValue() { return Distributions.chiSquareUpperTail(likelihoodRatioChiSquare(), size()); }

    public double scorePValue() { return Distributions.chiSquareUpperTail(scoreChiSquare, size()); }

    /** Linear predictor x·β for each row (not centred; add any constant and rankings are unchanged). */
    public double[] linearPredictor(double[][] x) {
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double e = 0;
            for (int j = 0; j < coefficients.length; j++) e += x[i][j] * coefficients[j];
            lp[i] = e;
        }
        return lp;
    }
}
