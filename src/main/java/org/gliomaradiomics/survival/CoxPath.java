package org.gliomaradiomics.survival;

/**
 * A penalised Cox regularisation path: for each λ (decreasing) the coefficients on the ORIGINAL feature scale
 * (the fit is done on standardised features and mapped back), the Breslow log partial likelihood and the
 * number of non-zero coefficients. {@code lambdaMax} is the smallest λ at which all penalised coefficients are
 * zero. The path stops early (also for an explicit λ list) as glmnet does, once the fit saturates (deviance ratio {@literal >} 0.999) or flattens (after 5 λ, the deviance
 * ratio grows by less than 1e-5 of itself from one λ to the next).
 */
public record CoxPath(double alpha, double lambdaMax, double[] lambdas, double[][] coefficients, double[] logLikelihood,
        double nullLogLikelihood, double saturatedLogLikelihood, int[] nonZero) {

    public int size() { return lambdas.length; }

    /** Fraction of null deviance explained at path index k. */
    public double devianceRatio(int k) {
        return (logLikelihood[k] - nullLogLikelihood) / (saturatedLogLikelihood - nullLogLikelihood);
    }

    /** x·β for path index k (original feature scale, uncentred). */
    public double[] linearPredictor(int k, double[][] x) {
        double[] beta = coefficients[k];
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double e = 0;
            for (int j = 0; j < beta.length; j++) if (beta[j] != 0) e += x[i][j] * beta[j];
            lp[i] = e;
        }
        return lp;
    }
}
