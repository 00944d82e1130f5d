package org.gliomaradiomics.features.voxel;

import java.util.Random;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** A deterministic test case: a sphere with a noisy border in an n^3 volume; intensities a smooth field plus noise. */
final class SyntheticRoi {
    final Volume image, mask;
    final int roiVoxels;

    /** @param radius sphere radius in voxels; {@code holes}: fraction of interior voxels left out of the ROI */
    SyntheticRoi(int n, double radius, double holes, long seed) {
        Geometry g = Geometry.of(n, n, n, 1.0, 1.0, 1.5);
        double[] img = new double[n * n * n], lab = new double[img.length];
        Random r = new Random(seed);
        double c = (n - 1) / 2.0;
        int count = 0;
        for (int z = 0, i = 0; z < n; z++)
            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++, i++) {
                    img[i] = 400 + 150 * Math.sin(x * 0.21) * Math.cos(y * 0.17) + 80 * Math.sin(z * 0.3 + x * 0.05)
                        + 40 * r.nextGaussian();
                    double d = Math.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c));
                    boolean in = d <= radius + 0.8 * r.nextGaussian() && r.nextDouble() >= holes;
                    if (in) {
                        lab[i] = 1;
                        count++;
                    }
                }
        image = new Volume(g, img, DataType.FLOAT64);
        mask = new Volume(g, lab, DataType.UINT8);
        roiVoxels = count;
    }
}
