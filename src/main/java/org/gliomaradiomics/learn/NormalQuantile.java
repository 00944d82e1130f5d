package org.gliomaradiomics.learn;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Quantiles of the standard normal distribution for confidence intervals (exact, never a rounded 1.96). */
public final class NormalQuantile {
    private NormalQuantile() {}

    /** The two-sided 95% quantile, Φ⁻¹(0.975) = 1.959963984540054. */
    public static final double Z95 = twoSided(0.95);

    /** Φ⁻¹((1 + level) / 2): the multiplier of a two-sided interval at the given confidence level. */
    public static double twoSided(double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level " + level + " is not in (0, 1)");
        return new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    }
}
