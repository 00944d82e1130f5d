package org.gliomaradiomics.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.FeatureExtractor;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Threads;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;

/** Perturbation studies on constructed cases whose answers are known without our code. */
class PerturbationStudyTest {
    private static final String VOLUME = "original_morphology_VolumeVoxelCounting", VARIANCE = "original_intensity_statistics_Variance";

    private static CaseExtraction.RegionExtractor extractor(String... families) {
        ExtractionSettings s = ExtractionSettings.builder()
            .families(new java.util.LinkedHashSet<>(List.of(families)))
            .binWidth(5)
            .build();
        return (image, mask, label) -> FeatureExtractor.extract(image, mask, label, s);
    }

    /** A ball of the given radius (voxels) at the centre of an n³ grid of 1 mm voxels; the image is {@code value(x, y, z)}. */
    private static PerturbationStudy.Target ball(String name, int n, double radius, double noiseSd, Image value) {
        Geometry g = Geometry.of(n, n, n, 1, 1, 1);
        double[] v = new double[n * n * n];
        boolean[] m = new boolean[v.length];
        double c = (n - 1) / 2.0;
        for (int z = 0, i = 0; z < n; z++)
            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++, i++) {
                    v[i] = value.at(x, y, z);
                    m[i] = (x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c) <= radius * radius;
                }
        return new PerturbationStudy.Target(name, ImagePerturber.crop(new Volume(g, v, DataType.FLOAT64), m, 0, 4), noiseSd);
    }

    interface Image {
        double at(int x, int y, int z);
    }

    private static int feature(FeatureValues v, String name) {
        int f = v.features().indexOf(name);
        assertTrue(f >= 0, name + " not among " + v.features());
        return f;
    }

    private static RobustnessTable.Row row(FeatureValues v, String name) {
        return RobustnessTable.of(v).get(feature(v, name));
    }

    @Test
    void volumeUnderWholeVoxelShiftsAndQuarterTurnsHasIccOne() throws Exception {
        // Shifting by whole voxels and rotating by multiples of 90° about a voxel centre map voxels onto voxels:
        // the voxel count of every ball is unchanged, so all variance is between the balls: ICC(1,1) = ICC(2,1) = 1, CV 0.
        List<PerturbationStudy.Target> balls = List.of(ball("r3", 21, 3, 0, (x, y, z) -> x + 2 * y),
            ball("r4", 21, 4, 0, (x, y, z) -> x + 2 * y), ball("r5.5", 25, 5.5, 0, (x, y, z) -> x + 2 * y));
        PerturbationPlan plan = new PerturbationPlan();
        plan.translations = List.of(0.0, 1.0, 2.0);
        plan.rotations = List.of(0.0, 90.0, 180.0);
        plan.contour = false;
        FeatureValues v = Threads.of(2).call(() -> PerturbationStudy.run(balls, plan.perturbations(), extractor("morphology"), ImageWarper.Interpolation.LINEAR, (d, t) -> { }));
        assertEquals(9, v.conditions().size());
        double[][] volumes = v.values()[feature(v, VOLUME)];
        long[] expected = {123, 257, 739}; // lattice points x²+y²+z² <= r² (OEIS A000605: 123 and 257 for radius 3 and 4), counted below
        for (int t = 0; t < 3; t++) for (double vol : volumes[t]) assertEquals(expected[t], vol, 1e-9, v.targets().get(t));
        RobustnessTable.Row r = row(v, VOLUME);
        assertEquals(1, r.icc1().icc());
        assertEquals(1, r.icc2().icc());
        assertEquals(0, r.cv());
        assertEquals(1, r.definedFraction());
    }

    @Test
    void ballVoxelCountsUsedAbove() {
        // the expected counts of the test above, by brute force over integer offsets from the centre
        assertEquals(123, count(3));
        assertEquals(257, count(4));
        assertEquals(739, count(5.5));
    }

    private static long count(double r) {
        long n = 0;
        int R = (int) Math.ceil(r) + 1;
        for (int x = -R; x <= R; x++) for (int y = -R; y <= R; y++) for (int z = -R; z <= R; z++) if (x * x + y * y + z * z <= r * r) n++;
        return n;
    }

    @Test
    void noiseAddsItsVarianceToTheIntensityVariance() throws Exception {
        // A checkerboard of 100 ± 10 has variance 100; independent noise of SD 5 adds 25: expect 125 (the sample
        // variance of ~4,000 voxels has an SD of about 125·sqrt(2/4000) = 2.8, so ±6% is over 2.5 SD per copy).
        PerturbationStudy.Target t = ball("board", 32, 10, 5, (x, y, z) -> (x + y + z) % 2 == 0 ? 110 : 90);
        PerturbationPlan plan = new PerturbationPlan();
        plan.noise = true;
        plan.count = 4;
        FeatureValues v = Threads.of(2).call(() -> PerturbationStudy.run(List.of(t), plan.perturbations(), extractor("intensity_statistics"), ImageWarper.Interpolation.LINEAR, (d, n) -> { }));
        double[] variances = v.values()[feature(v, VARIANCE)][0];
        double mean = Arrays.stream(variances).average().orElseThrow();
        for (double x : variances) assertEquals(125, x, 125 * 0.06);
        assertEquals(125, mean, 125 * 0.03);
        assertEquals(4, Arrays.stream(variances).distinct().count(), "each copy has its own noise");
    }

    @Test
    void noiseLevelOfASmoothImageIsTheAddedNoise() {
        Geometry g = Geometry.of(40, 40, 30, 1, 1, 2);
        double[] v = new double[(int) g.voxelCount()];
        Random r = new Random(7);
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) v[i] = 500 + 3 * x - 2 * y + z + 7 * r.nextGaussian(); // a linear ramp has no diagonal detail
        assertEquals(7, NoiseLevel.estimate(new Volume(g, v, DataType.FLOAT64)), 7 * 0.05);
        Arrays.fill(v, 0, v.length / 2, 0); // a zero background is left out, not taken as noise-free
        assertEquals(7, NoiseLevel.estimate(new Volume(g, v, DataType.FLOAT64)), 7 * 0.07);
    }

    @Test
    void volumeAdaptationHitsTheRelativeVolumeExactly() {
        Geometry g = Geometry.of(30, 30, 20, 1, 1, 2);
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = 5, i; z < 15; z++) for (int y = 8; y < 20; y++) for (int x = 10; x < 21; x++) m[g.index(x, y, z)] = true;
        long n = Masks.count(m); // 10 * 12 * 11 = 1320
        assertEquals(1320, n);
        for (double change : new double[] {-0.2, -0.05, 0.1, 0.2}) {
            boolean[] a = ImagePerturber.adaptVolume(m, g, change, 3);
            assertEquals(Math.round(n * (1 + change)), Masks.count(a), "change " + change);
            for (int i = 0; i < m.length; i++) if (change > 0 ? m[i] : !m[i]) assertEquals(m[i], a[i], "growing keeps, shrinking adds nothing");
        }
    }

    @Test
    void sameSeedSameBitsWhateverTheThreadsAndAnotherSeedDiffers() throws Exception {
        List<PerturbationStudy.Target> balls = new ArrayList<>();
        Random r = new Random(11);
        double[] texture = new double[26 * 26 * 26];
        for (int i = 0; i < texture.length; i++) texture[i] = 100 + 20 * r.nextGaussian();
        for (double radius : new double[] {4, 5.2, 6.1}) balls.add(ball("r" + radius, 26, radius, 4, (x, y, z) -> texture[x + 26 * (y + 26 * z)]));
        PerturbationPlan plan = new PerturbationPlan();
        plan.rotations = List.of(-12.0, 0.0, 7.0);
        plan.translations = List.of(0.0, 0.4);
        plan.volumeChanges = List.of(-0.1, 0.0, 0.15);
        plan.spacings = Arrays.asList(null, new double[] {1.3, 1.3, 1.3});
        plan.noise = true;
        plan.contour = true;
        plan.count = 6;
        CaseExtraction.RegionExtractor ex = extractor("morphology", "intensity_statistics", "glcm");
        FeatureValues one = Threads.of(1).call(() -> PerturbationStudy.run(balls, plan.perturbations(), ex, ImageWarper.Interpolation.BSPLINE, (d, t) -> { }));
        FeatureValues four = Threads.of(4).call(() -> PerturbationStudy.run(balls, plan.perturbations(), ex, ImageWarper.Interpolation.BSPLINE, (d, t) -> { }));
        assertEquals(one.features(), four.features());
        for (int f = 0; f < one.features().size(); f++)
            for (int t = 0; t < balls.size(); t++) assertArrayEquals(one.values()[f][t], four.values()[f][t], 0.0, one.features().get(f));
        plan.seed = 2;
        FeatureValues other = Threads.of(4).call(() -> PerturbationStudy.run(balls, plan.perturbations(), ex, ImageWarper.Interpolation.BSPLINE, (d, t) -> { }));
        assertFalse(Arrays.equals(one.values()[feature(one, VARIANCE)][0], other.values()[feature(other, VARIANCE)][0]));
        // every ICC lies within its confidence interval
        for (RobustnessTable.Row row : RobustnessTable.of(one))
            if (!Double.isNaN(row.icc1().icc())) assertTrue(row.icc1().lower() <= row.icc1().icc() && row.icc1().icc() <= row.icc1().upper(), row.feature());
        assertEquals(6, Set.copyOf(one.conditions()).size());
    }
}
