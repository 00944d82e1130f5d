package org.gliomaradiomics.survival;

/**
 * Settings of a penalised Cox path. The penalty on standardised coefficients b is
 * λ·Σ_j f_j·(α|b_j| + (1−α)/2·b_j²) added to −ℓ(b)/n (glmnet's parametrisation): α = 1 lasso, α = 0 ridge.
 *
 * @param alpha elastic-net mixing in [0, 1]
 * @param lambdaCount number of λ values on the automatic path (glmnet: 100)
 * @param lambdaMinRatio smallest λ as a fraction of λ_max; NaN = 1e-4 when n {@literal >} p, else 1e-2
 * @param lambdas explicit decreasing λ sequence (overrides the automatic path), or null
 * @param penaltyFactors f_j per feature (0 = unpenalised, e.g. clinical covariates), or null for all 1
 * @param tolerance convergence threshold on max_j x̃ᵀWx̃_j/n·Δb_j² (default 1e-7; glmnet's thresh plays the same role)
 */
public record PenaltySettings(double alpha, int lambdaCount, double lambdaMinRatio, double[] lambdas,
        double[] penaltyFactors, double tolerance) {

    public PenaltySettings {
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha " + alpha + " is not in [0, 1]");
        if (lambdas == null && lambdaCount < 1) throw new IllegalArgumentException("lambdaCount must be positive, got " + lambdaCount);
        if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
    }

    public static PenaltySettings lasso() { return elasticNet(1); }

    public static PenaltySettings ridge() { return elasticNet(0); }

    public static PenaltySettings elasticNet(double alpha) {
        return new PenaltySettings(alpha, 100, Double.NaN, null, null, 1e-7);
    }

    public PenaltySettings withLambdas(double... sequence) {
        return new PenaltySettings(alpha, sequence.length, lambdaMinRatio, sequence.clone(), penaltyFactors, tolerance);
    }

    public PenaltySettings withPenaltyFactors(double... factors) {
        return new PenaltySettings(alpha, lambdaCount, lambdaMinRatio, lambdas, factors.clone(), tolerance);
    }

    public PenaltySettings withTolerance(double threshold) {
        return new PenaltySettings(alpha, lambdaCount, lambdaMinRatio, lambdas, penaltyFactors, threshold);
    }

    public PenaltySettings withLambdaCount(int count, double minRatio) {
        return new PenaltySettings(alpha, count, minRatio, null, penaltyFactors, tolerance);
    }
}
