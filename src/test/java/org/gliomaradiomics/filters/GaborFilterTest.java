package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;

/** The FFT convolution against a direct sum of the Gabor kernel over the padded slice. */
class GaborFilterTest {

    @Test
    void fftMatchesDirectConvolution() {
        int nx = 11, ny = 7, nz = 2;
        double sx = 1.5, sy = 1.0, sigma = 2, lambda = 3, gamma = 0.7, theta = Math.toRadians(30);
        Geometry g = Geometry.of(nx, ny, nz, sx, sy, 2);
        double[] v = new double[nx * ny * nz];
        Random rnd = new Random(7);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(100);
        for (Padding p : Padding.values()) {
            Volume out = new GaborFilter(sigma, lambda, gamma, theta, 0, Pooling.AVERAGE, false, p).apply(new Volume(g, v, DataType.FLOAT64));
            int r = (int) Math.ceil(4 * sigma / gamma); // reach in voxels for the 1 mm axis; x reach is smaller
            int rx = (int) Math.ceil(4 * sigma / gamma / sx);
            for (int z = 0; z < nz; z++)
                for (int y = 0; y < ny; y++)
                    for (int x = 0; x < nx; x++) {
                        double re = 0, im = 0;
                        for (int dy = -r; dy <= r; dy++)
                            for (int dx = -rx; dx <= rx; dx++) {
                                int ix = p.extension().index(x - dx, nx), iy = p.extension().index(y - dy, ny);
                                double f = ix < 0 || iy < 0 ? 0 : v[ix + nx * (iy + ny * z)];
                                double px = dx * sx, py = dy * sy;
                                double xr = px * Math.cos(theta) + py * Math.sin(theta), yr = -px * Math.sin(theta) + py * Math.cos(theta);
                                double env = Math.exp(-(xr * xr + gamma * gamma * yr * yr) / (2 * sigma * sigma));
                                re += f * env * Math.cos(2 * Math.PI * xr / lambda);
                                im += f * env * Math.sin(2 * Math.PI * xr / lambda);
                            }
                        assertEquals(Math.hypot(re, im), out.get(x, y, z), 1e-8, p + " at " + x + "," + y + "," + z);
                    }
        }
    }

    @Test
    void orientationPoolingEqualsPoolingSingleOrientations() {
        Geometry g = Geometry.of(9, 8, 3, 1, 1, 1.5);
        double[] v = new double[9 * 8 * 3];
        Random rnd = new Random(11);
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextDouble();
        Volume in = new Volume(g, v, DataType.FLOAT64);
        int count = 8;
        double step = 2 * Math.PI / count;
        for (Pooling pooling : Pooling.values()) {
            double[] expected = new double[v.length];
            if (pooling == Pooling.MAX) Arrays.fill(expected, Double.NEGATIVE_INFINITY);
            for (int k = 0; k < count; k++) {
                double[] r = new GaborFilter(2, 3, 0.8, k * step, 0, pooling, false, Padding.MIRROR).apply(in).voxels();
                for (int i = 0; i < v.length; i++) expected[i] = pooling == Pooling.MAX ? Math.max(expected[i], r[i]) : expected[i] + r[i] / count;
            }
            double[] pooled = new GaborFilter(2, 3, 0.8, 0, step, pooling, false, Padding.MIRROR).apply(in).voxels();
            for (int i = 0; i < v.length; i++) assertEquals(expected[i], pooled[i], 1e-9, pooling + " at " + i);
        }
    }
}
