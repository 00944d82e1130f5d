package org.gliomaradiomics.survival;

import java.util.SplittableRandom;

/** Simulated survival data for tests: exponential event times with hazard exp(x·β), uniform censoring. */
final class SyntheticSurvival {
    final double[][] x;
    final double[] time;
    final boolean[] event;

    private SyntheticSurvival(double[][] x, double[] time, boolean[] event) {
        this.x = x;
        this.time = time;
        this.event = event;
    }

    /** n subjects, p standard-normal features (pairwise correlation rho), the first beta.length with effects. */
    static SyntheticSurvival proportionalHazards(int n, int p, double rho, double[] beta, double censorMax, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] x = new double[n][p];
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        for (int i = 0; i < n; i++) {
            double shared = gaussian(rnd);
            double lp = 0;
            for (int j = 0; j < p; j++) {
                x[i][j] = Math.sqrt(rho) * shared + Math.sqrt(1 - rho) * gaussian(rnd);
                if (j < beta.length) lp += beta[j] * x[i][j];
            }
            double t = -Math.log(1 - rnd.nextDouble()) / Math.exp(lp);
            double c = censorMax * rnd.nextDouble();
            time[i] = Math.min(t, c);
            event[i] = t <= c;
        }
        return new SyntheticSurvival(x, time, event);
    }

    static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
