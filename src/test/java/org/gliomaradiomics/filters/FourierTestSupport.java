package org.gliomaradiomics.filters;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/** Test inputs and an independent, naive (O(n^2) per line) DFT for the Fourier-domain filter tests. */
final class FourierTestSupport {
    private FourierTestSupport() {}

    static Volume volume(int nx, int ny, int nz, double[] v) {
        return new Volume(Geometry.of(nx, ny, nz, 1, 1, 1), v, DataType.FLOAT64);
    }

    static Volume random(int nx, int ny, int nz, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[nx * ny * nz];
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextDouble() * 100;
        return volume(nx, ny, nz, v);
    }

    /** cos(w . x) (or sin) with w = 2 pi (kx / nx, ky / ny, kz / nz), x = voxel indices. */
    static Volume planeWave(int[] n, int[] k, DoubleUnaryOperator f) {
        double[] v = new double[n[0] * n[1] * n[2]];
        for (int z = 0; z < n[2]; z++)
            for (int y = 0; y < n[1]; y++)
                for (int x = 0; x < n[0]; x++)
                    v[x + n[0] * (y + n[1] * z)] = f.applyAsDouble(phase(n, k, x, y, z));
        return volume(n[0], n[1], n[2], v);
    }

    static double phase(int[] n, int[] k, int x, int y, int z) {
        return 2 * Math.PI * ((double) k[0] * x / n[0] + (double) k[1] * y / n[1] + (double) k[2] * z / n[2]);
    }

    /** Angular frequency of DFT index k on length n, in (-pi, pi]. */
    static double omega(int k, int n) {
        return 2 * Math.PI * (2 * k <= n ? k : k - n) / n;
    }

    /** The analytic Simoncelli profile as written in the IBSI 2 manual, dilated for level j. */
    static double simoncelli(double radius, int level) {
        double w = Math.pow(2, level - 1) * radius;
        return w > Math.PI / 4 && w <= Math.PI ? Math.cos(Math.PI / 2 * (Math.log(2 * w / Math.PI) / Math.log(2))) : 0;
    }

    /** Naive separable 3D DFT of a real volume (axes with {@code transformZ} false are left alone): {re, im}. */
    static double[][] dft(double[] v, int[] n, boolean transformZ) {
        double[] re = v.clone(), im = new double[v.length];
        int[] stride = {1, n[0], n[0] * n[1]};
        for (int a = 0; a < (transformZ ? 3 : 2); a++) {
            int len = n[a];
            double[] lr = new double[len], li = new double[len];
            for (int base = 0; base < v.length; base++) {
                if ((base / stride[a]) % len != 0) continue; // element 0 of a line along a
                for (int k = 0; k < len; k++) {
                    double sr = 0, si = 0;
                    for (int j = 0; j < len; j++) {
                        double ang = -2 * Math.PI * ((long) j * k % len) / len, c = Math.cos(ang), s = Math.sin(ang);
                        int i = base + j * stride[a];
                        sr += re[i] * c - im[i] * s;
                        si += re[i] * s + im[i] * c;
                    }
                    lr[k] = sr;
                    li[k] = si;
                }
                for (int k = 0; k < len; k++) {
                    re[base + k * stride[a]] = lr[k];
                    im[base + k * stride[a]] = li[k];
                }
            }
        }
        return new double[][] {re, im};
    }

    static double energy(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return s;
    }
}
