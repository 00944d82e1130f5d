package org.gliomaradiomics.survival;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Upper-tail probabilities computed without the 1 − cdf cancellation (accurate for tiny p-values). */
final class Distributions {
    private Distributions() {}

    /** Φ⁻¹(0.975) = 1.959963984540054, the multiplier of a two-sided 95% interval. */
    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    static double chiSquareUpperTail(double x, int df) {
        if (!(x > 0)) return 1.0;
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }
}
