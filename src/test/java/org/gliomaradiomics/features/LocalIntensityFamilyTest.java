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
            int n = nx * ny * nz;
            double[] image = new double[n];
            boolean[] mask = new boolean[n];
            for (int i = 0; i < n; i++) {
                image[i] = rnd.nextInt(8); // ties in the maximum are likely
                mask[i] = rnd.nextDouble() < 0.4;
            }
            mask[n / 2] = true;
            double radius = 2 + rnd.nextDouble() * 5;
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
            assertEquals(local, got[0], 1e-9, "local peak, trial " + trial);
            assertEquals(global, got[1], 1e-9, "global peak, trial " + trial);
        }
    }
}
