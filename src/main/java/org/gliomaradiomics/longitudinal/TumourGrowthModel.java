package org.gliomaradiomics.longitudinal;

import java.util.function.DoubleUnaryOperator;

/**
 * Proliferation-invasion (Fisher–Kolmogorov) model of tumour cell density u (fraction of the carrying
 * capacity) in a radially symmetric domain: ∂u/∂t = D ∇²u + g(t) u (1 − u), with ∇²u = u_rr + (2/r) u_r and
 * no flux at r = 0 and at the outer radius. g(t) is the net proliferation rate: ρ without treatment, lowered by
 * radiotherapy or chemotherapy and negative when cell kill exceeds proliferation (the front then retreats, since
 * 1 − u obeys the same equation with rate −g). With a diffusion tensor D·diag(e²) the solution is this one in
 * the coordinates x/e, which is how the phantom makes ellipsoidal tumours. Visible borders follow Swanson's
 * thresholds: T1-Gd enhancement where u ≥ 0.8, T2/FLAIR abnormality where u ≥ 0.16.
 *
 * <p>Written by hand (explicit finite differences on a 1D radial grid, a few milliseconds per series): no
 * reaction-diffusion solver is on the classpath.
 */
public final class TumourGrowthModel {
    public static final double ENHANCING_THRESHOLD = 0.8, FLAIR_THRESHOLD = 0.16;

    private final double diffusion, dr, dt;
    private final DoubleUnaryOperator netRate;
    private double[] u, next;
    private double time;

    /**
     * @param diffusion D in mm²/day
     * @param netRate g(t) in 1/day, t in days
     * @param initialRadiusMm radius of the initial u = 0.5 contour (a logistic profile of width {@code widthMm})
     */
    public TumourGrowthModel(double diffusion, DoubleUnaryOperator netRate, double initialRadiusMm, double widthMm, double domainRadiusMm) {
        if (!(diffusion > 0)) throw new IllegalArgumentException("diffusion must be positive: " + diffusion);
        this.diffusion = diffusion;
        this.netRate = netRate;
        this.dr = 0.25;
        this.dt = 0.2 * dr * dr / diffusion;
        int n = (int) Math.ceil(domainRadiusMm / dr) + 1;
        u = new double[n];
        next = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1 / (1 + Math.exp((i * dr - initialRadiusMm) / widthMm));
    }

    public double time() {
        return time;
    }

    /** Integrates up to {@code day} (no-op when already there). */
    public void advanceTo(double day) {
        while (time < day - 1e-12) {
            double h = Math.min(dt, day - time), g = netRate.applyAsDouble(time), c = diffusion / (dr * dr);
            int n = u.length;
            next[0] = u[0] + h * (6 * c * (u[1] - u[0]) + g * u[0] * (1 - u[0]));
            for (int i = 1; i < n - 1; i++) {
                double lap = c * (u[i + 1] - 2 * u[i] + u[i - 1]) + diffusion * (u[i + 1] - u[i - 1]) / (dr * i * dr);
                next[i] = u[i] + h * (lap + g * u[i] * (1 - u[i]));
            }
            next[n - 1] = u[n - 1] + h * (2 * c * (u[n - 2] - u[n - 1]) + g * u[n - 1] * (1 - u[n - 1]));
            for (int i = 0; i < n; i++) next[i] = Math.min(1, Math.max(0, next[i]));
            double[] t = u;
            u = next;
            next = t;
            time += h;
        }
    }

    /** Outermost radius (mm) where u reaches {@code threshold} (linear interpolation); 0 when u never does. */
    public double radius(double threshold) {
        for (int i = u.length - 1; i >= 0; i--)
            if (u[i] >= threshold) {
                if (i == u.length - 1) return i * dr;
                return (i + (u[i] - threshold) / (u[i] - u[i + 1])) * dr;
            }
        return 0;
    }
}
