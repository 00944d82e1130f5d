package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gliomaradiomics.filters.LaplacianOfGaussianFilter;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.filters.WaveletCoefficients;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;
import org.gliomaradiomics.features.RoiData;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.DerivedImages;
import org.gliomaradiomics.features.RoiBox;

/**
 * PyRadiomics' derived image types checked against hand formulas, analytic responses and transform identities
 * (there are no PyRadiomics reference values for filtered images here).
 */
class PyRadiomicsImageTypesTest {

    /** 4x4x4 image, max|x| = 100 outside the ROI; ROI = the 2x2x2 block at (1..2)^3 with values 1, 4, ..., 64 (one negative). */
    private static final double[] ROI_VALUES = {1, 4, 9, 16, -25, 36, 49, 64};

    private static Map<String, Double> extractTiny(String imageType) {
        return extractTiny(imageType, "");
    }

    private static Map<String, Double> extractTiny(String imageType, String moreSettings) {
        Geometry g = Geometry.of(4, 4, 4, 1, 1, 1);
        double[] img = new double[64], m = new double[64];
        Arrays.fill(img, 2);
        img[0] = -100;
        int k = 0;
        for (int z = 1; z <= 2; z++) for (int y = 1; y <= 2; y++) for (int x = 1; x <= 2; x++) {
            img[g.index(x, y, z)] = ROI_VALUES[k++];
            m[g.index(x, y, z)] = 1;
        }
        Map<String, Object> yaml = new Yaml().load("imageType:\n  " + imageType + ": {}\nfeatureClass:\n  firstorder: [Mean, Maximum, Minimum]\nsetting:\n  binWidth: 1000\n" + moreSettings);
        return new PyRadiomicsExtractor().extract(new Volume(g, img, DataType.FLOAT64), new Volume(g, m, DataType.UINT8), PyRadiomicsParams.fromYaml(yaml));
    }

    private static void assertStats(Map<String, Double> f, String name, double mean, double max, double min) {
        assertEquals(mean, f.get(name + "_firstorder_Mean"), 1e-12 * Math.max(1, Math.abs(mean)), name + " Mean");
        assertEquals(max, f.get(name + "_firstorder_Maximum"), 1e-12 * Math.max(1, Math.abs(max)), name + " Maximum");
        assertEquals(min, f.get(name + "_firstorder_Minimum"), 1e-12 * Math.max(1, Math.abs(min)), name + " Minimum");
    }

    @Test
    void squareIsXSquaredOverTheImageMaximum() {
        // x^2/100: 0.01, 0.16, 0.81, 2.56, 6.25, 12.96, 24.01, 40.96
        assertStats(extractTiny("Square"), "square", (0.01 + 0.16 + 0.81 + 2.56 + 6.25 + 12.96 + 24.01 + 40.96) / 8, 40.96, 0.01);
    }

    @Test
    void preCropTakesTheMaximumOverTheCroppedImage() {
        // preCrop with padDistance 0: PyRadiomics filters the ROI box only, so max|x| = 64 there
        assertStats(extractTiny("Square", "  preCrop: true\n  padDistance: 0\n"), "square",
            (1 + 16 + 81 + 256 + 625 + 1296 + 2401 + 4096) / 64.0 / 8, 64, 1 / 64.0);
    }

    @Test
    void squareRootIsSignedRootOfXTimesMaximum() {
        // sign(x) sqrt(|x| 100) = 10, 20, 30, 40, -50, 60, 70, 80
        assertStats(extractTiny("SquareRoot"), "squareroot", 260.0 / 8, 80, -50);
    }

    @Test
    void logarithmIsRescaledToTheImageMaximum() {
        double c = 100 / Math.log(101);
        double sum = 0;
        for (double v : ROI_VALUES) sum += Math.signum(v) * Math.log(Math.abs(v) + 1) * c;
        assertStats(extractTiny("Logarithm"), "logarithm", sum / 8, Math.log(65) * c, -Math.log(26) * c);
    }

    @Test
    void exponentialIsMaximumToThePowerXOverMaximum() {
        double sum = 0;
        for (double v : ROI_VALUES) sum += Math.pow(100, v / 100);
        assertStats(extractTiny("Exponential"), "exponential", sum / 8, Math.pow(100, 0.64), Math.pow(100, -0.25));
    }

    @Test
    void gradientOfALinearRampIsItsSlope() {
        int[] dims = {9, 8, 7};
        double[] sp = {0.5, 1, 2};
        double[] v = new double[9 * 8 * 7];
        for (int z = 0, i = 0; z < 7; z++) for (int y = 0; y < 8; y++) for (int x = 0; x < 9; x++, i++) v[i] = 3 * x * sp[0] + 2 * y * sp[1] - z * sp[2];
        int centre = 4 + 9 * (4 + 8 * 3);
        assertEquals(Math.sqrt(14), ImageTypeFilters.gradientMagnitude(v, dims, sp)[centre], 1e-12);
        assertEquals(Math.sqrt(1.5 * 1.5 + 2 * 2 + 2 * 2), ImageTypeFilters.gradientMagnitude(v, dims, new double[] {1, 1, 1})[centre], 1e-12);
        // edge voxel repeated outside (ITK zero-flux Neumann): one-sided half difference along x at x = 0
        double edge = Math.sqrt(Math.pow(1.5 / 1, 2) + 4 + 1);
        assertEquals(edge, ImageTypeFilters.gradientMagnitude(v, dims, sp)[9 * (4 + 8 * 3)], 1e-12);
    }

    /** sigma^2 * Laplacian of (G_sigma * exp(-r^2 / 2 s0^2)) = sigma^2 A (r^2/S^4 - 3/S^2) exp(-r^2/2S^2), S^2 = s0^2 + sigma^2. */
    private static double analyticLoG(double r, double s0, double sigma) {
        double s2 = s0 * s0 + sigma * sigma, a = Math.pow(s0 * s0 / s2, 1.5);
        return sigma * sigma * a * (r * r / (s2 * s2) - 3 / s2) * Math.exp(-r * r / (2 * s2));
    }

    @Test
    void logOfAGaussianBlobMatchesTheAnalyticResponse() {
        // anisotropic grid (1, 1, 2) mm; blob s0 = 3 mm, sigma = 2 mm: the response is spacing-aware and scale-normalised
        double[] sp = {1, 1, 2};
        int[] dims = {41, 41, 21};
        double s0 = 3, sigma = 2;
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        for (int z = 0, i = 0; z < dims[2]; z++) for (int y = 0; y < dims[1]; y++) for (int x = 0; x < dims[0]; x++, i++) {
            double r2 = Math.pow((x - 20) * sp[0], 2) + Math.pow((y - 20) * sp[1], 2) + Math.pow((z - 10) * sp[2], 2);
            v[i] = Math.exp(-r2 / (2 * s0 * s0));
        }
        double[] log = ImageTypeFilters.laplacianOfGaussian(v, dims, sp, sigma, Convention.Filters.SIMPLEITK_PYWAVELETS);
        double centre = analyticLoG(0, s0, sigma);
        // ITK's recursive approximation at sigma = 1 voxel (along z) is ~1% off: agreement within 1.5% of the centre response
        for (int[] p : new int[][] {{20, 20, 10}, {23, 20, 10}, {20, 26, 10}, {20, 20, 12}, {25, 22, 11}}) {
            double r = Math.sqrt(Math.pow((p[0] - 20) * sp[0], 2) + Math.pow((p[1] - 20) * sp[1], 2) + Math.pow((p[2] - 10) * sp[2], 2));
            double got = log[p[0] + dims[0] * (p[1] + dims[1] * p[2])];
            assertEquals(analyticLoG(r, s0, sigma), got, 0.015 * Math.abs(centre), "r = " + r);
        }
    }

    /** The LoG implementation IBSI's convention names (IBSI 2's sampled kernel, in voxel units: IBSI resamples to
     * isotropic voxels first) against the same analytic response on a 1 mm grid; sigma = 2 voxels. */
    @Test
    void ibsiConventionLogOfAGaussianBlobMatchesTheAnalyticResponse() {
        int[] dims = {41, 41, 41};
        double s0 = 3, sigma = 2;
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        for (int z = 0, i = 0; z < dims[2]; z++) for (int y = 0; y < dims[1]; y++) for (int x = 0; x < dims[0]; x++, i++)
            v[i] = Math.exp(-((x - 20) * (x - 20) + (y - 20) * (y - 20) + (z - 20) * (z - 20)) / (2 * s0 * s0));
        double[] log = ImageTypeFilters.laplacianOfGaussian(v, dims, new double[] {1, 1, 1}, sigma, Convention.IBSI.filters());
        double centre = analyticLoG(0, s0, sigma);
        for (int[] p : new int[][] {{20, 20, 20}, {23, 20, 20}, {20, 26, 20}, {20, 20, 24}, {25, 22, 21}}) {
            double r = Math.sqrt(Math.pow(p[0] - 20, 2) + Math.pow(p[1] - 20, 2) + Math.pow(p[2] - 20, 2));
            assertEquals(analyticLoG(r, s0, sigma), log[p[0] + dims[0] * (p[1] + dims[1] * p[2])], 1e-3 * Math.abs(centre), "r = " + r);
        }
    }

    @Test
    void logAgreesWithTheIbsiFilterTimesSigmaSquaredOnAnIsotropicGrid() {
        // IBSI 2 LoG: sampled, unnormalised kernel in voxel units; PyRadiomics: ITK's recursive (Deriche) Gaussian,
        // normalised across scale (x sigma^2). The IBSI kernel truncated at 4 sigma leaks ~1e-3 of the local mean,
        // so compare on zero-mean noise; Deriche's fourth-order approximation departs from the true Gaussian most at
        // the high frequencies white noise has: agreement within 1.5% of the response range.
        int[] dims = {24, 22, 20};
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        Random rnd = new Random(3);
        for (int i = 0; i < v.length; i++) v[i] = 20 * rnd.nextGaussian();
        double sigma = 2;
        double[] ours = ImageTypeFilters.laplacianOfGaussian(v, dims, new double[] {1, 1, 1}, sigma, Convention.Filters.SIMPLEITK_PYWAVELETS);
        double[] ibsi = new LaplacianOfGaussianFilter(sigma, 4, org.gliomaradiomics.filters.Dimensionality.THREE_D, Padding.NEAREST)
            .apply(new Volume(Geometry.of(dims[0], dims[1], dims[2], 1, 1, 1), v, DataType.FLOAT64)).voxels();
        double maxDiff = 0, range = 0;
        for (int i = 0; i < v.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(ours[i] - sigma * sigma * ibsi[i]));
            range = Math.max(range, Math.abs(ours[i]));
        }
        assertTrue(maxDiff < 1.5e-2 * range, "max difference " + maxDiff + " of range " + range);
    }

    @Test
    void haarStepMatchesPywtDocumentationExample() {
        // pywt.swt([1..8], 'db1', level=1): cA = [2.1213, 3.5355, ..., 10.6066, 6.3640], cD = [-0.7071 x 7, 4.9497].
        // Constant along y and z (size 2): each low-pass along them multiplies by sqrt(2)^... = 2 in total.
        int[] dims = {8, 2, 2};
        double[] v = new double[32];
        for (int i = 0; i < 32; i++) v[i] = i % 8 + 1;
        Map<String, double[]> b = StationaryWavelet.decompose(v, dims, new boolean[] {true, true, true}, "haar", 0, 1);
        double s = Math.sqrt(0.5);
        double[] ca = {3 * s, 5 * s, 7 * s, 9 * s, 11 * s, 13 * s, 15 * s, 9 * s};
        double[] cd = {-s, -s, -s, -s, -s, -s, -s, 7 * s};
        for (int i = 0; i < 32; i++) {
            assertEquals(2 * ca[i % 8], b.get("wavelet-LLL")[i], 1e-12);
            assertEquals(2 * cd[i % 8], b.get("wavelet-HLL")[i], 1e-12);
            assertEquals(0, b.get("wavelet-LHL")[i], 1e-12);
        }
        assertEquals(Arrays.asList("wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL"),
            b.keySet().stream().toList());
    }

    @Test
    void waveletOfAConstantImage() {
        int[] dims = {7, 6, 5};
        double[] v = new double[7 * 6 * 5];
        Arrays.fill(v, 10);
        Map<String, double[]> b = StationaryWavelet.decompose(v, dims, new boolean[] {true, true, true}, "coif1", 0, 2);
        for (Map.Entry<String, double[]> e : b.entrySet()) {
            // orthonormal filters: sum(dec_lo) = sqrt(2), sum(dec_hi) = 0; level 2 filters the level-1 approximation again
            double expected = e.getKey().equals("wavelet2-LLL") ? 10 * 8 : 0;
            if (e.getKey().startsWith("wavelet-")) expected = 0;
            for (double x : e.getValue()) assertEquals(expected, x, 1e-9, e.getKey());
        }
        assertEquals(15, b.size());
        double[] one = StationaryWavelet.decompose(v, dims, new boolean[] {true, true, true}, "coif1", 0, 1).get("wavelet-LLL");
        for (double x : one) assertEquals(10 * 2 * Math.sqrt(2), x, 1e-9);
    }

    @Test
    void waveletKeepsEnergyAndReconstructsPerfectly() {
        int[] dims = {8, 6, 4};
        double[] v = new double[8 * 6 * 4];
        Random rnd = new Random(7);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextGaussian();
        for (String w : new String[] {"coif1", "db3", "sym4"}) {
            Map<String, double[]> b = StationaryWavelet.decompose(v, dims, new boolean[3], w, 0, 1);
            double in = 0, out = 0;
            for (double x : v) in += x * x;
            for (double[] band : b.values()) for (double x : band) out += x * x;
            assertEquals(8 * in, out, 1e-9 * in, w + " energy"); // |H0|^2 + |H1|^2 = 2 per axis
            // inverse of the undecimated transform: (1/8) sum over bands of the adjoint (time-reversed) filters
            Kernel1D lo = Kernel1D.centred(WaveletCoefficients.decompositionLowPass(w)).reversed();
            Kernel1D hi = Kernel1D.centred(WaveletCoefficients.decompositionHighPass(w)).reversed();
            double[] rec = new double[v.length];
            for (Map.Entry<String, double[]> e : b.entrySet()) {
                String letters = e.getKey().substring(e.getKey().indexOf('-') + 1);
                double[] x = e.getValue();
                for (int a = 0; a < 3; a++) x = Convolution.along(x, dims, a, letters.charAt(a) == 'L' ? lo : hi, BorderExtension.PERIODIC);
                for (int i = 0; i < v.length; i++) rec[i] += x[i] / 8;
            }
            for (int i = 0; i < v.length; i++) assertEquals(v[i], rec[i], 1e-10, w + " reconstruction");
        }
    }

    @Test
    void waveletOnTheCropEqualsTheWholeImageTransform() {
        // odd sizes: PyRadiomics wraps one voxel on those axes; the ROI near the x edge takes the whole x axis
        int[] dims = {31, 28, 25};
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        Random rnd = new Random(11);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(200);
        boolean[] roi = new boolean[v.length];
        for (int z = 10; z < 14; z++) for (int y = 12; y < 16; y++) for (int x = 1; x < 6; x++) roi[x + dims[0] * (y + dims[1] * z)] = true;
        RoiBox box = new RoiBox(roi, dims[0], dims[1], dims[2]);
        PyRadiomicsSettings s = PyRadiomicsSettings.builder().disableAllClasses().level(2).build();
        var filtered = responses("Wavelet", v, roi, dims, new double[] {1, 1, 1}, s, Convention.PYRADIOMICS);
        Map<String, double[]> whole = StationaryWavelet.decompose(v, dims, new boolean[] {true, true, true}, "coif1", 0, 2);
        assertEquals(15, filtered.size());
        for (DerivedImages.Response f : filtered) {
            RoiData expected = RoiData.crop(whole.get(f.name()), roi, dims, box, new double[] {1, 1, 1});
            assertEquals(expected.nx * expected.ny * expected.nz, f.roi().image.length);
            for (int i = 0; i < expected.image.length; i++)
                if (expected.intensityMask[i]) assertEquals(expected.image[i], f.roi().image[i], 1e-9, f.name());
        }
    }

    @Test
    void force2DWaveletTransformsTheSliceAxesOnly() {
        // z slices (force2Ddimension 0): x and y only, two letters; an image varying along z only has no detail in x, y
        int[] dims = {6, 5, 4};
        double[] v = new double[6 * 5 * 4];
        for (int i = 0; i < v.length; i++) v[i] = 3 + i / 30;
        boolean[] roi = new boolean[v.length];
        roi[2 + 6 * (2 + 5)] = roi[3 + 6 * (2 + 5 * 2)] = true;
        PyRadiomicsSettings s = PyRadiomicsSettings.builder().disableAllClasses().force2D(true).build();
        var images = responses("Wavelet", v, roi, dims, new double[] {1, 1, 1}, s, Convention.PYRADIOMICS);
        assertEquals(List.of("wavelet-LH", "wavelet-HL", "wavelet-HH", "wavelet-LL"), images.stream().map(DerivedImages.Response::name).toList());
        for (DerivedImages.Response f : images)
            for (int i = 0; i < f.roi().image.length; i++) {
                if (!f.roi().intensityMask[i]) continue;
                int z = 1 + i / (f.roi().nx * f.roi().ny);
                assertEquals(f.name().endsWith("LL") ? 2 * (3 + z) : 0, f.roi().image[i], 1e-9, f.name());
            }
    }

    @Test
    void recursiveGaussianHasUnitGainAndExactParabolaResponse() {
        // ITK normalises order 0 to unit DC gain (edges included: lines start from their edge value) and order 2 to
        // respond 2 to i^2 (voxel units), times sigma^2 (mm) when normalised across scale
        int len = 200;
        double[] one = new double[len], parabola = new double[len];
        for (int i = 0; i < len; i++) { one[i] = 5; parabola[i] = (double) i * i; }
        double[] smooth = new RecursiveGaussian(3, 1.5, 0, false).along(one, new int[] {len, 1, 1}, 0);
        for (double v : smooth) assertEquals(5, v, 1e-9);
        double[] second = new RecursiveGaussian(3, 1.5, 2, true).along(parabola, new int[] {len, 1, 1}, 0);
        assertEquals(2 * 9, second[100], 1e-6);
    }

    @Test
    void logOnTheCropEqualsTheWholeImageLoG() {
        // margins 31 voxels in x, 11 in z: the crop is smaller than the image along x and z
        int[] dims = {140, 50, 40};
        double[] sp = {0.8, 0.8, 3};
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        Random rnd = new Random(9);
        for (int i = 0; i < v.length; i++) v[i] = 300 + 50 * rnd.nextGaussian();
        boolean[] roi = new boolean[v.length];
        for (int z = 18; z < 22; z++) for (int y = 20; y < 28; y++) for (int x = 60; x < 68; x++) roi[x + dims[0] * (y + dims[1] * z)] = true;
        RoiBox box = new RoiBox(roi, dims[0], dims[1], dims[2]);
        PyRadiomicsSettings s = PyRadiomicsSettings.builder().disableAllClasses().sigma(1.5).build();
        assertTrue(box.grown(new int[] {ImageTypeFilters.recursiveReach(1.5, 0.8), 0, ImageTypeFilters.recursiveReach(1.5, 3)}, dims, true).size(0) < dims[0]);
        for (Convention c : new Convention[] {Convention.PYRADIOMICS, Convention.IBSI}) {
            DerivedImages.Response f = responses("LoG", v, roi, dims, sp, s, c).get(0);
            assertEquals("log-sigma-1-5-mm-3D", f.name());
            RoiData expected = RoiData.crop(ImageTypeFilters.laplacianOfGaussian(v, dims, sp, 1.5, c.filters()), roi, dims, box, sp);
            double range = 0;
            for (double x : expected.image) range = Math.max(range, Math.abs(x));
            for (int i = 0; i < expected.image.length; i++)
                if (expected.intensityMask[i]) assertEquals(expected.image[i], f.roi().image[i], 1e-7 * range, c.name());
        }
    }

    /** The responses of PyRadiomics' image type {@code type} as the extractor computes them, on the image {@code v}. */
    static List<DerivedImages.Response> responses(String type, double[] v, boolean[] roi, int[] dims, double[] sp, PyRadiomicsSettings s, Convention c) {
        List<DerivedImages.Response> out = new java.util.ArrayList<>();
        Volume image = new Volume(Geometry.of(dims[0], dims[1], dims[2], sp[0], sp[1], sp[2]), v, DataType.FLOAT64);
        DerivedImages.forEach(ImageTypeFilters.of(type, s, c), new DerivedImages.Source(image, roi), (t, r) -> out.add(r));
        return out;
    }
}
