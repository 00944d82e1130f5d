package org.gliomaradiomics.filters;

import static org.gliomaradiomics.filters.FourierTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** The Simoncelli wavelet against its analytic Fourier profile (IBSI 2 manual), computed independently here. */
class SimoncelliFilterTest {

    /** DFT of the response to an impulse at x0 = profile(|w|) exp(-i w . x0): exact with periodic padding. */
    @Test
    void impulseResponseSpectrumIsTheProfile() {
        // 14 and 11 are not 2-3-5-smooth (Bluestein path), 12 is
        int[][] sizes = {{12, 14, 11}, {16, 15, 10}};
        for (int[] n : sizes)
            for (int level = 1; level <= 2; level++) {
                int[] x0 = {n[0] / 2, n[1] / 2, n[2] / 2};
                double[] v = new double[n[0] * n[1] * n[2]];
                v[x0[0] + n[0] * (x0[1] + n[1] * x0[2])] = 1;
                Volume out = new SimoncelliFilter(level, Dimensionality.THREE_D, Padding.PERIODIC).apply(volume(n[0], n[1], n[2], v));
                double[][] f = dft(out.voxels(), n, true);
                double worst = 0;
                for (int kz = 0; kz < n[2]; kz++)
                    for (int ky = 0; ky < n[1]; ky++)
                        for (int kx = 0; kx < n[0]; kx++) {
                            double wx = omega(kx, n[0]), wy = omega(ky, n[1]), wz = omega(kz, n[2]);
                            double p = simoncelli(Math.sqrt(wx * wx + wy * wy + wz * wz), level);
                            double ph = -(2 * Math.PI * ((double) kx * x0[0] / n[0] + (double) ky * x0[1] / n[1] + (double) kz * x0[2] / n[2]));
                            int i = kx + n[0] * (ky + n[1] * kz);
                            worst = Math.max(worst, Math.hypot(f[0][i] - p * Math.cos(ph), f[1][i] - p * Math.sin(ph)));
                        }
                assertTrue(worst < 1e-9, "level " + level + " size " + n[0] + "x" + n[1] + "x" + n[2] + ": spectrum off the profile by " + worst);
            }
    }

    /** 2D: each axial slice's 2D spectrum is the 2D profile; slices are independent. */
    @Test
    void impulseResponseSpectrumIsTheProfileIn2D() {
        int[] n = {18, 13, 3};
        double[] v = new double[n[0] * n[1] * n[2]];
        v[9 + n[0] * (6 + n[1])] = 1; // impulse in slice 1 only
        Volume out = new SimoncelliFilter(1, Dimensionality.TWO_D, Padding.PERIODIC).apply(volume(n[0], n[1], n[2], v));
        double[][] f = dft(out.voxels(), n, false);
        for (int z = 0; z < n[2]; z++)
            for (int ky = 0; ky < n[1]; ky++)
                for (int kx = 0; kx < n[0]; kx++) {
                    double wx = omega(kx, n[0]), wy = omega(ky, n[1]);
                    double p = z == 1 ? simoncelli(Math.hypot(wx, wy), 1) : 0;
                    double ph = -(wx * 9 + wy * 6);
                    int i = kx + n[0] * (ky + n[1] * z);
                    assertEquals(p * Math.cos(ph), f[0][i], 1e-9);
                    assertEquals(p * Math.sin(ph), f[1][i], 1e-9);
                }
    }

    /**
     * With zero padding the response is the kernel of the padded grid cut to the image: its spectrum approximates
     * the profile, the error coming from the kernel's tails beyond the image (a few percent of the peak of 1).
     */
    @Test
    void zeroPaddedImpulseResponseApproximatesTheProfile() {
        int[] n = {32, 32, 32};
        double[] v = new double[n[0] * n[1] * n[2]];
        v[16 + n[0] * (16 + n[1] * 16)] = 1;
        Volume out = new SimoncelliFilter(1, Dimensionality.THREE_D, Padding.ZERO).apply(volume(n[0], n[1], n[2], v));
        double[][] f = dft(out.voxels(), n, true);
        double worst = 0;
        for (int kz = 0; kz < n[2]; kz++)
            for (int ky = 0; ky < n[1]; ky++)
                for (int kx = 0; kx < n[0]; kx++) {
                    double wx = omega(kx, n[0]), wy = omega(ky, n[1]), wz = omega(kz, n[2]);
                    int i = kx + n[0] * (ky + n[1] * kz);
                    double magnitude = Math.hypot(f[0][i], f[1][i]);
                    worst = Math.max(worst, Math.abs(magnitude - simoncelli(Math.sqrt(wx * wx + wy * wy + wz * wz), 1)));
                }
        System.out.printf("Simoncelli zero-padded impulse: spectrum within %.4f of the profile%n", worst);
        assertTrue(worst < 0.05, "zero-padded spectrum off the profile by " + worst);
    }

    @Test
    void constantImageGivesZero() {
        double[] v = new double[10 * 9 * 8];
        java.util.Arrays.fill(v, 42);
        for (Padding p : new Padding[] {Padding.MIRROR, Padding.NEAREST, Padding.PERIODIC})
            for (Dimensionality d : Dimensionality.values())
                for (int level = 1; level <= 3; level++) {
                    double[] out = new SimoncelliFilter(level, d, p).apply(volume(10, 9, 8, v)).voxels();
                    for (double o : out) assertEquals(0, o, 1e-10, p + " " + d + " level " + level);
                }
    }

    /** cos(w0 . x) with w0 on the DFT grid and periodic padding comes out multiplied by profile(|w0|). */
    @Test
    void planeWaveIsScaledByTheProfile() {
        int[] n = {16, 20, 15}, k = {2, 3, 1};
        double w0 = Math.sqrt(Math.pow(2 * Math.PI * 2 / 16, 2) + Math.pow(2 * Math.PI * 3 / 20, 2) + Math.pow(2 * Math.PI / 15, 2));
        // |w0| = 1.2969 rad/voxel: inside level 1 (pi/4, pi] and level 2 (pi/8, pi/2] is beyond: 2 |w0| = 2.594 <= pi
        for (int level = 1; level <= 3; level++) {
            double gain = level == 1 ? Math.cos(Math.PI / 2 * log2(2 * w0 / Math.PI))
                : level == 2 ? Math.cos(Math.PI / 2 * log2(4 * w0 / Math.PI)) : 0; // level 3: 4 |w0| > pi
            Volume out = new SimoncelliFilter(level, Dimensionality.THREE_D, Padding.PERIODIC).apply(planeWave(n, k, Math::cos));
            Volume want = planeWave(n, k, t -> Math.cos(t));
            for (int i = 0; i < want.voxels().length; i++)
                assertEquals(gain * want.voxels()[i], out.voxels()[i], 1e-10, "level " + level + " voxel " + i);
        }
        assertEquals(0.9068, Math.cos(Math.PI / 2 * log2(2 * w0 / Math.PI)), 1e-4); // by hand: 2|w0|/pi = 0.8253, log2 = -0.2770
    }

    /**
     * Tight frame: adjacent levels' squared profiles are cos^2 and sin^2 of the same angle, so the levels 1..J
     * sum to 1 over the frequencies they all cover, (pi / 2^J, pi / 2]; above pi / 2 only level 1 is left (a
     * high-pass residual would complete it), below pi / 2^J the low-pass.
     */
    @Test
    void squaredProfilesOfAllLevelsSumToOne() {
        int levels = 4;
        for (int i = 1; i <= 2000; i++) {
            double r = Math.PI / Math.pow(2, levels) + i * (Math.PI / 2 - Math.PI / Math.pow(2, levels)) / 2000;
            double sum = 0;
            for (int j = 1; j <= levels; j++) sum += Math.pow(SimoncelliFilter.profile(r, j), 2);
            assertEquals(1, sum, 1e-12, "radius " + r);
        }
        // and the bands are where the IBSI definition puts them: level j is (pi / 2^(j+1), pi / 2^(j-1)]
        assertEquals(0, SimoncelliFilter.profile(Math.PI / 4, 1), 1e-15);
        assertEquals(1, SimoncelliFilter.profile(Math.PI / 2, 1), 1e-15);
        assertEquals(1, SimoncelliFilter.profile(Math.PI / 4, 2), 1e-15);
        assertEquals(0, SimoncelliFilter.profile(Math.PI * 1.01, 1), 0);
        assertEquals(0, SimoncelliFilter.profile(0, 1), 0);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
