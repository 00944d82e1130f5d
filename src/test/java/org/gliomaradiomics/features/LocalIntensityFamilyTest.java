package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Local and global intensity peaks against a brute-force sphere mean over every voxel of the box. */
class LocalIntensityFamilyTest {
    @Test
    void peaksEqualBruteForceOnRandomAnisotropicRois() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 10; trial++) {
            int nx = 5 + rnd.nextInt(12), ny = 5 + rnd.nextInt(12), nz = 3 + rnd.nextInt(8);
            double sx = 0.6 + rnd.nextDouble() * 1.5, sy = 0.6 + rnd.nextDouble() * 1.5, sz = 1 + rnd.nextDouble() * 3;
            check(rnd, nx, ny, nz, sx, sy, sz, 2 + rnd.nextDouble() * 5, "trial " + trial);
        }
    }

    /** Runs wider than the box (0.3 mm in x: half-widths up to 10 voxels in a box 7 wide) are cut at both x edges. */
    @Test
    void runsWiderThanTheBoxAreCutAtBothEdges() {
        check(new SplittableRandom(5), 7, 6, 5, 0.3, 1, 1.5, 3, "runs wider than the box");
    }

    /**
     * The peaks are maxima, which a wrong sphere sum at a few centres rarely changes: a one-voxel ROI in every plane
     * in turn makes the global and local peaks that one centre's sphere mean, so each plane, the box's first and last
     * included, is checked on its own.
     */
    @Test
    void aOneVoxelRoiInEveryPlaneHasItsOwnSphereMean() {
        SplittableRandom rnd = new SplittableRandom(23);
        int nx = 9, ny = 8, nz = 45, n = nx * ny * nz;
        double radius = 2.5, sz = 1.2;
        double[] image = new double[n];
        for (int i = 0; i < n; i++) image[i] = rnd.nextInt(100);
        for (int z = 0; z < nz; z++) {
            boolean[] mask = new boolean[n];
            int centre = 4 + nx * (3 + ny * z);
            mask[centre] = true;
            double sum = 0;
            int count = 0;
            for (int j = 0; j < n; j++) {
                int du = j % nx - 4, dv = (j / nx) % ny - 3, dw = j / (nx * ny) - z;
                if (du * du + dv * dv + dw * sz * (dw * sz) <= radius * radius) {
                    sum += image[j];
                    count++;
                }
            }
            RoiData roi = new RoiData(nx, ny, nz, 1, 1, sz, image, mask, mask, new int[n], 1, new double[] {1}, new double[] {1});
            double[] got = new double[2];
            new LocalIntensityFamily().compute(roi, FeatureSettings.builder().localIntensityRadiusMm(radius).build(),
                (d, a, v) -> got[d.name().startsWith("Local") ? 0 : 1] = v);
            assertEquals(sum / count, got[1], 1e-9, "global peak of the one voxel in plane " + z);
            assertEquals(sum / count, got[0], 1e-9, "local peak of the one voxel in plane " + z);
        }
    }

    private static void check(SplittableRandom rnd, int nx, int ny, int nz, double sx, double sy, double sz, double radius, String what) {
        int n = nx * ny * nz;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            image[i] = rnd.nextInt(8); // ties in the maximum are likely
            mask[i] = rnd.nextDouble() < 0.4;
        }
        mask[n / 2] = true;
        double maxIntensity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) if (mask[i]) maxIntensity = Math.max(maxIntensity, image[i]);
        double global = Double.NEGATIVE_INFINITY, local = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!mask[i]) continue;
            int x = i % nx, y = (i / nx) % ny, z = i / (nx * ny);
            double sum = 0;
            int count = 0;
            for (int j = 0; j < n; j++) {
                int u = j % nx, v = (j / nx) % ny, w = j / (nx * ny);
                double d2 = Math.pow((u - x) * sx, 2) + Math.pow((v - y) * sy, 2) + Math.pow((w - z) * sz, 2);
                if (d2 <= radius * radius) {
                    sum += image[j];
                    count++;
                }
            }
            double mean = sum / count;
            global = Math.max(global, mean);
            if (image[i] == maxIntensity) local = Math.max(local, mean);
        }
        RoiData roi = new RoiData(nx, ny, nz, sx, sy, sz, image, mask, mask, new int[n], 1, new double[] {1}, new double[] {1});
        FeatureSettings settings = FeatureSettings.builder().localIntensityRadiusMm(radius).build();
        double[] got = new double[2];
        new LocalIntensityFamily().compute(roi, settings, (d, a, v) -> got[d.name().startsWith("Local") ? 0 : 1] = v);
        assertEquals(local, got[0], 1e-9, "local peak, " + what);
        assertEquals(global, got[1], 1e-9, "global peak, " + what);
    }
}
