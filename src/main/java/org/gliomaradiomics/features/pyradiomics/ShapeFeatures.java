package org.gliomaradiomics.features.pyradiomics;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gliomaradiomics.features.shape.FarthestPair;

/** PyRadiomics shape (3D): midpoint marching-cubes mesh of the mask cropped to its box and padded by one voxel,
 * diameters over the mesh vertices, PCA axes of the voxel centres. */
final class ShapeFeatures {
    private ShapeFeatures() {}

    static FeatureMap compute(Roi roi) {
        int px = roi.nx + 2, py = roi.ny + 2, pz = roi.nz + 2;
        boolean[] m = pad(roi, px, py, pz);
        double sx = roi.spacing[0], sy = roi.spacing[1], sz = roi.spacing[2];
        double[] sp = {sz, sy, sx};
        double volume6 = 0, area = 0;
        int[] cornerOffset = new int[8];
        for (int k = 0; k < 8; k++) {
            int[] c = MarchingCubesTable.CORNERS[k];
            cornerOffset[k] = c[2] + px * (c[1] + py * c[0]);
        }
        double[][] mid = new double[12][3];
        for (int e = 0; e < 12; e++) for (int a = 0; a < 3; a++) mid[e][a] = MarchingCubesTable.edgeMid(e, a);
        double[] a = new double[3], b = new double[3], c = new double[3];
        for (int z = 0; z < pz - 1; z++)
            for (int y = 0; y < py - 1; y++)
                for (int x = 0; x < px - 1; x++) {
                    int base = x + px * (y + py * z), pattern = 0;
                    for (int k = 0; k < 8; k++) if (m[base + cornerOffset[k]]) pattern |= 1 << k;
                    int[] t = MarchingCubesTable.TRIANGLES[pattern];
                    for (int k = 0; k < t.length; k += 3) {
                        double[] pa = mid[t[k]], pb = mid[t[k + 1]], pc = mid[t[k + 2]];
                        int[] cell = {z, y, x};
                        for (int d = 0; d < 3; d++) {
                            a[d] = (cell[d] + pa[d]) * sp[d];
                            b[d] = (cell[d] + pb[d]) * sp[d];
                            c[d] = (cell[d] + pc[d]) * sp[d];
                        }
                        volume6 += (a[1] * b[2] - b[1] * a[2]) * c[0] + (a[2] * b[0] - b[2] * a[0]) * c[1] + (a[0] * b[1] - b[0] * a[1]) * c[2];
                        double ux = a[0] - c[0], uy = a[1] - c[1], uz = a[2] - c[2];
                        double vx = b[0] - c[0], vy = b[1] - c[1], vz = b[2] - c[2];
                        double nx = uy * vz - vy * uz, ny = uz * vx - vz * ux, nz = ux * vy - vx * uy;
                        area += 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
                    }
                }
        double volume = Math.abs(volume6 / 6);
        double[] diam = diameters(m, px, py, pz, sp);
        double[] eig = pcaEigenvalues(roi);
        double voxelVolume = roi.count * sx * sy * sz;
        FeatureMap f = new FeatureMap("shape", List.of("Compactness1", "Compactness2", "SphericalDisproportion"));
        f.put("MeshVolume", volume);
        f.put("VoxelVolume", voxelVolume);
        f.put("SurfaceArea", area);
        f.put("SurfaceVolumeRatio", area / volume);
        double sphere = Math.cbrt(36 * Math.PI * volume * volume);
        f.put("Sphericity", sphere / area);
        f.put("Compactness1", volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)));
        f.put("Compactness2", 36 * Math.PI * volume * volume / (area * area * area));
        f.put("SphericalDisproportion", area / sphere);
        f.put("Maximum3DDiameter", diam[3]);
        f.put("Maximum2DDiameterSlice", diam[0]);
        f.put("Maximum2DDiameterColumn", diam[1]);
        f.put("Maximum2DDiameterRow", diam[2]);
        f.put("MajorAxisLength", 4 * Math.sqrt(eig[2]));
        f.put("MinorAxisLength", 4 * Math.sqrt(eig[1]));
        f.put("LeastAxisLength", 4 * Math.sqrt(eig[0]));
        f.put("Elongation", Math.sqrt(eig[1] / eig[2]));
        f.put("Flatness", Math.sqrt(eig[0] / eig[2]));
        return f;
    }

    static boolean[] pad(Roi roi, int px, int py, int pz) {
        boolean[] m = new boolean[px * py * pz];
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) m[(x + 1) + px * ((y + 1) + py * (z + 1))] = roi.mask[i];
        return m;
    }

    /** Largest vertex distances: {same z (slice), same y (column), same x (row), any}. Vertices are the
     * midpoints of grid edges whose two voxels differ, in half-voxel units; the farthest pairs lie on the convex
     * hulls (of the vertices, of each plane's vertices), so only hull vertices are compared. */
    private static double[] diameters(boolean[] m, int px, int py, int pz, double[] sp) {
        int n = 0;
        int[] hv = new int[3 * 1024];
        int[] step = {px * py, px, 1};
        for (int z = 0; z < pz; z++)
            for (int y = 0; y < py; y++)
                for (int x = 0; x < px; x++) {
                    int i = x + px * (y + py * z);
                    int[] pos = {z, y, x};
                    for (int ax = 0; ax < 3; ax++) {
                        if (pos[ax] + 1 >= (ax == 0 ? pz : ax == 1 ? py : px)) continue;
                        if (m[i] == m[i + step[ax]]) continue;
                        if (3 * n + 3 > hv.length) hv = java.util.Arrays.copyOf(hv, hv.length * 2);
                        hv[3 * n] = 2 * z + (ax == 0 ? 1 : 0);
                        hv[3 * n + 1] = 2 * y + (ax == 1 ? 1 : 0);
                        hv[3 * n + 2] = 2 * x + (ax == 2 ? 1 : 0);
                        n++;
                    }
                }
        long[] hz = new long[n], hy = new long[n], hx = new long[n];
        for (int k = 0; k < n; k++) {
            hz[k] = hv[3 * k];
            hy[k] = hv[3 * k + 1];
            hx[k] = hv[3 * k + 2];
        }
        double[] in = FarthestPair.planeDiameters(hz, hy, hx, n, sp[0] / 2, sp[1] / 2, sp[2] / 2);
        return new double[] {in[0], in[1], in[2], FarthestPair.diameter(hz, hy, hx, n, sp[0] / 2, sp[1] / 2, sp[2] / 2)};
    }

    /** Ascending eigenvalues of the covariance (N divisor) of the ROI voxel centres in mm. */
    private static double[] pcaEigenvalues(Roi roi) {
        int n = roi.count;
        double[] mean = new double[3];
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++)
                    if (roi.mask[i]) { mean[0] += z * roi.spacing[2]; mean[1] += y * roi.spacing[1]; mean[2] += x * roi.spacing[0]; }
        for (int a = 0; a < 3; a++) mean[a] /= n;
        double[][] cov = new double[3][3];
        double root = Math.sqrt(n);
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (!roi.mask[i]) continue;
                    double[] p = {(z * roi.spacing[2] - mean[0]) / root, (y * roi.spacing[1] - mean[1]) / root, (x * roi.spacing[0] - mean[2]) / root};
                    for (int r = 0; r < 3; r++) for (int s = 0; s < 3; s++) cov[r][s] += p[r] * p[s];
                }
        return sortedEigen(cov);
    }

    static double[] sortedEigen(double[][] cov) {
        double[] e = new EigenDecomposition(new Array2DRowRealMatrix(cov, false)).getRealEigenvalues().clone();
        java.util.Arrays.sort(e);
        for (int k = 0; k < e.length; k++) if (e[k] < 0 && e[k] > -1e-10) e[k] = 0;
        return e;
    }
}
