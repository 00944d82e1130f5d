package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.Resampler;
import org.junit.jupiter.api.Test;

/** The extractor's partial resampling (only the target sub-grid around the ROI) against simple expectations. */
class ExtractorResamplingTest {
    static Volume[] ball(Geometry g, double radiusMm, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] img = new double[(int) g.voxelCount()], lab = new double[img.length];
        double[] c = g.world((g.nx - 1) / 2.0 + 0.3, (g.ny - 1) / 2.0 - 0.2, (g.nz - 1) / 2.0);
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) {
                    double[] p = g.world(x, y, z);
                    double d2 = Math.pow(p[0] - c[0], 2) + Math.pow(p[1] - c[1], 2) + Math.pow(p[2] - c[2], 2);
                    lab[i] = d2 <= radiusMm * radiusMm ? 1 : 0;
                    img[i] = Math.round(100 + 20 * Math.sin(p[0] / 5) + 10 * rnd.nextGaussian());
                }
        return new Volume[] {new Volume(g, img, DataType.INT16), new Volume(g, lab, DataType.UINT8)};
    }

    static ExtractionSettings settings() {
        ExtractionSettings s = ExtractionSettings.builder()
            .families(new java.util.LinkedHashSet<>(List.of("morphology", "intensity_statistics", "local_intensity")))
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER)
            .build();
        return s;
    }

    @Test
    void resamplingOntoTheSameSpacingChangesNothing() {
        Volume[] v = ball(Geometry.of(40, 36, 30, 1.5, 1.5, 2), 12, 1);
        ExtractionSettings plain = settings();
        for (Resampler.Interpolator ip : Resampler.Interpolator.values()) {
            ExtractionSettings same = plain.toBuilder().resampledSpacing(new double[] {1.5, 1.5, 2}).interpolator(ip).build();
            // Same box, same masks, same intensities (the B-spline reproduces its samples up to rounding).
            RoiData a = FeatureExtractor.prepare(v[0], v[1], 1, plain), b = FeatureExtractor.prepare(v[0], v[1], 1, same);
            assertEquals(a.nx * 1000000 + a.ny * 1000 + a.nz, b.nx * 1000000 + b.ny * 1000 + b.nz, ip + " box");
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.morphMask, b.morphMask, ip + " mask");
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.image, b.image, 1e-9, ip + " intensities");
            if (ip == Resampler.Interpolator.TRICUBIC_BSPLINE) continue; // rank-based features may flip on 1e-13 ties
            List<ExtractedFeature> fa = FeatureExtractor.extract(v[0], v[1], 1, plain), fb = FeatureExtractor.extract(v[0], v[1], 1, same);
            assertEquals(fa, fb, ip.name());
        }
    }

    @Test
    void resampledBallKeepsItsVolume() {
        // A 12 mm ball on a 2 mm grid, resampled to 1 mm: the mesh volume stays near 4/3 pi r^3 (within 3 %).
        Volume[] v = ball(Geometry.of(24, 24, 24, 2, 2, 2), 12, 2);
        ExtractionSettings s = settings().toBuilder()
            .resampledSpacing(new double[] {1, 1, 1})
            .build();
        double volume = FeatureExtractor.extract(v[0], v[1], 1, s).stream().filter(f -> f.ibsiCode().equals("RNU0")).findFirst().orElseThrow().value();
        assertEquals(4.0 / 3 * Math.PI * 12 * 12 * 12, volume, 0.03 * 7238.2);
    }

    /**
     * The convention of {@link FeatureExtractor#prepare(Volume, Volume, int, ExtractionSettings, Convention)} picks bin
     * edges only: the IBSI pipeline resamples on the IBSI grid (SimpleITK's corner-anchored grid would put 2 mm voxels
     * resampled to 1.3 mm elsewhere) and has no correctMask to suggest.
     */
    @Test
    void conventionOfPrepareDoesNotChangeTheResampling() {
        Volume[] v = ball(Geometry.of(24, 24, 24, 2, 2, 2), 12, 3);
        ExtractionSettings s = settings().toBuilder().resampledSpacing(new double[] {1.3, 1.3, 1.3}).build();
        RoiData ibsi = FeatureExtractor.prepare(v[0], v[1], 1, s, Convention.IBSI);
        RoiData py = FeatureExtractor.prepare(v[0], v[1], 1, s, Convention.PYRADIOMICS);
        assertEquals(ibsi.nx * 1000000 + ibsi.ny * 1000 + ibsi.nz, py.nx * 1000000 + py.ny * 1000 + py.nz, "box");
        org.junit.jupiter.api.Assertions.assertArrayEquals(ibsi.morphMask, py.morphMask, "mask");
        org.junit.jupiter.api.Assertions.assertArrayEquals(ibsi.image, py.image, 0, "intensities");
        Volume shifted = v[1].withGeometry(v[1].geometry().withOrigin(new double[] {0, 0, 1}));
        String m = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> FeatureExtractor.prepare(v[0], shifted, 1, settings(), Convention.PYRADIOMICS)).getMessage();
        org.junit.jupiter.api.Assertions.assertFalse(m.contains("correctMask"), m);
    }
}
