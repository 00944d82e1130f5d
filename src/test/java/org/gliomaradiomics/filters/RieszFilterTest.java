package org.gliomaradiomics.filters;

import static org.gliomaradiomics.filters.FourierTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/**
 * The Riesz transform against hand derivations from its multiplier (-i)^|L| sqrt(|L|!/prod l!) prod w^l / |w|^|L|.
 * cos(w0 . x) = (e^{i w0 x} + e^{-i w0 x}) / 2; order (1,0,0) multiplies e^{+-i w0 x} by -+i w0x / |w0|, giving
 * (w0x / |w0|) (-i)(e^{i w0 x} - e^{-i w0 x}) / 2 = (w0x / |w0|) sin(w0 . x). Order 2 multiplies both by
 * -sqrt(2!/(l!)) w^l / |w|^2 (even), giving that real factor times cos(w0 . x).
 */
class RieszFilterTest {
    private static final int[] N = {16, 20, 15}, K = {2, -3, 1};
    private static final double W0X = 2 * Math.PI * 2 / 16, W0Y = -2 * Math.PI * 3 / 20, W0Z = 2 * Math.PI / 15;
    private static final double W0 = Math.sqrt(W0X * W0X + W0Y * W0Y + W0Z * W0Z);

    @Test
    void firstOrderOfCosineIsScaledSine() {
        Volume wave = planeWave(N, K, Math::cos), sine = planeWave(N, K, Math::sin);
        double[][] orders = {{1, 0, 0, W0X / W0}, {0, 1, 0, W0Y / W0}, {0, 0, 1, W0Z / W0}};
        for (double[] o : orders) {
            int[] order = {(int) o[0], (int) o[1], (int) o[2]};
            double[] out = new RieszFilter(order, Dimensionality.THREE_D, Padding.PERIODIC).apply(wave).voxels();
            for (int i = 0; i < out.length; i++) assertEquals(o[3] * sine.voxels()[i], out[i], 1e-10, java.util.Arrays.toString(order));
        }
    }

    @Test
    void secondOrderOfCosineIsScaledCosine() {
        Volume wave = planeWave(N, K, Math::cos);
        double w2 = W0 * W0;
        Object[][] cases = {
            {new int[] {2, 0, 0}, -W0X * W0X / w2},
            {new int[] {1, 1, 0}, -Math.sqrt(2) * W0X * W0Y / w2},
            {new int[] {0, 1, 1}, -Math.sqrt(2) * W0Y * W0Z / w2}};
        for (Object[] c : cases) {
            double[] out = new RieszFilter((int[]) c[0], Dimensionality.THREE_D, Padding.PERIODIC).apply(wave).voxels();
            for (int i = 0; i < out.length; i++) assertEquals((double) c[1] * wave.voxels()[i], out[i], 1e-10);
        }
    }

    /** 2D: the z frequency plays no part; each slice's wave (2, -3) gives (w0x / |w0|_xy) sin. */
    @Test
    void firstOrderIn2DUsesTheSliceFrequency() {
        Volume wave = planeWave(N, K, Math::cos), sine = planeWave(N, K, Math::sin);
        double[] out = new RieszFilter(new int[] {1, 0}, Dimensionality.TWO_D, Padding.PERIODIC).apply(wave).voxels();
        double gain = W0X / Math.hypot(W0X, W0Y);
        for (int i = 0; i < out.length; i++) assertEquals(gain * sine.voxels()[i], out[i], 1e-10);
    }

    @Test
    void orderZeroIsTheIdentity() {
        Volume in = random(9, 11, 7, 3);
        for (Padding p : Padding.values())
            for (Dimensionality d : Dimensionality.values()) {
                double[] out = new RieszFilter(new int[d.axes], d, p).apply(in).voxels();
                for (int i = 0; i < out.length; i++) assertEquals(in.voxels()[i], out[i], 1e-10, p + " " + d);
            }
    }

    /**
     * Tight frame: sum over |L| = N of the squared multipliers is (sum w_a^2)^N / |w|^2N = 1 except at w = 0, so by
     * Parseval the responses' energies add up to the energy of the image minus its mean. Odd sizes: no Nyquist
     * frequency, where an odd multiplier cannot be Hermitian.
     */
    @Test
    void ordersOfOneDegreeFormATightFrame() {
        int nx = 15, ny = 21, nz = 9; // 21 is not 2-3-5-smooth: Bluestein path
        Volume in = random(nx, ny, nz, 5);
        double mean = 0;
        for (double v : in.voxels()) mean += v;
        mean /= in.voxels().length;
        double centred = 0;
        for (double v : in.voxels()) centred += (v - mean) * (v - mean);
        int[][][] degrees = {
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}}};
        for (int[][] orders : degrees) {
            double sum = 0;
            for (int[] o : orders) sum += energy(new RieszFilter(o, Dimensionality.THREE_D, Padding.PERIODIC).apply(in).voxels());
            assertEquals(1, sum / centred, 1e-12, "degree " + orders[0].length);
        }
    }

    /** The Fourier route with order (0,0,0) reproduces the spatial LoG: the pad / FFT / crop matches Convolution. */
    @Test
    void orderZeroLogEqualsSpatialLog() {
        Volume in = random(13, 10, 9, 11);
        for (Padding p : Padding.values())
            for (Dimensionality d : Dimensionality.values()) {
                LaplacianOfGaussianFilter log = new LaplacianOfGaussianFilter(1.5, 4, d, p);
                double[] want = log.apply(in).voxels(), got = new RieszFilter(new int[d.axes], log).apply(in).voxels();
                for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-7, p + " " + d + " voxel " + i);
            }
    }

    /** With periodic padding both steps are circular convolutions, which commute: Riesz(LoG) = Riesz applied to LoG's map. */
    @Test
    void rieszLogEqualsRieszOfLogResponse() {
        Volume in = random(12, 15, 10, 13);
        ImageFilter combined = FilterFactory.create(Map.of("type", "log", "sigma_mm", 2, "dimensionality", "3D",
            "padding", "periodic", "riesz_order", List.of(1, 0, 0)));
        double[] logMap = new LaplacianOfGaussianFilter(2, 4, Dimensionality.THREE_D, Padding.PERIODIC).apply(in).voxels();
        double[] want = new RieszFilter(new int[] {1, 0, 0}, Dimensionality.THREE_D, Padding.PERIODIC)
            .apply(volume(12, 15, 10, logMap)).voxels();
        double[] got = combined.apply(in).voxels();
        double scale = Math.sqrt(energy(want) / want.length);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-10 * scale, "voxel " + i);
    }

    /** Simoncelli band then Riesz (1,0,0) on cos: profile(|w0|) (w0x / |w0|) sin. */
    @Test
    void rieszSimoncelliOfCosine() {
        Volume wave = planeWave(N, K, Math::cos), sine = planeWave(N, K, Math::sin);
        double profile = Math.cos(Math.PI / 2 * Math.log(2 * W0 / Math.PI) / Math.log(2));
        double[] out = FilterFactory.create(Map.of("type", "simoncelli", "level", 1, "dimensionality", "3D",
            "padding", "periodic", "riesz_order", "1,0,0")).apply(wave).voxels();
        assertTrue(profile > 0.5);
        for (int i = 0; i < out.length; i++) assertEquals(profile * W0X / W0 * sine.voxels()[i], out[i], 1e-10);
    }
}
