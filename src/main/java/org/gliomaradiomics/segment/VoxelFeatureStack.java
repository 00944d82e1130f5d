package org.gliomaradiomics.segment;

import java.util.List;
import java.util.Map;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * Computes the voxel features of a {@link VoxelFeatureSet} for a box of a case: the box is grown by the filter
 * halo (clipped to the volume), filtered there, and the inner part is returned, so a box's features equal those
 * of the whole volume and a case can be processed in slabs of bounded memory.
 */
final class VoxelFeatureStack {
    private VoxelFeatureStack() {}

    /** Half-open voxel box [x0,x1) × [y0,y1) × [z0,z1). */
    static final class Box {
        final int x0, x1, y0, y1, z0, z1;

        Box(int x0, int x1, int y0, int y1, int z0, int z1) {
            this.x0 = x0;
            this.x1 = x1;
            this.y0 = y0;
            this.y1 = y1;
            this.z0 = z0;
            this.z1 = z1;
        }

        int nx() { return x1 - x0; }
        int ny() { return y1 - y0; }
        int nz() { return z1 - z0; }
        int count() { return nx() * ny() * nz(); }

        Box grow(int[] h, Geometry g) {
            return new Box(Math.max(0, x0 - h[0]), Math.min(g.nx, x1 + h[0]), Math.max(0, y0 - h[1]), Math.min(g.ny, y1 + h[1]),
                Math.max(0, z0 - h[2]), Math.min(g.nz, z1 + h[2]));
        }

        Box withZ(int from, int to) {
            return new Box(x0, x1, y0, y1, from, to);
        }

        /** Bounding box of a mask, or null when empty. */
        static Box bounding(boolean[] mask, Geometry g) {
            int x0 = g.nx, x1 = -1, y0 = g.ny, y1 = -1, z0 = g.nz, z1 = -1;
            for (int z = 0, i = 0; z < g.nz; z++)
                for (int y = 0; y < g.ny; y++)
                    for (int x = 0; x < g.nx; x++, i++)
                        if (mask[i]) {
                            if (x < x0) x0 = x;
                            if (x > x1) x1 = x;
                            if (y < y0) y0 = y;
                            if (y > y1) y1 = y;
                            if (z < z0) z0 = z;
                            if (z > z1) z1 = z;
                        }
            return x1 < 0 ? null : new Box(x0, x1 + 1, y0, y1 + 1, z0, z1 + 1);
        }
    }

    /** Features [feature][voxel of the box, x fastest]. */
    static float[][] compute(Map<String, Volume> sequences, VoxelFeatureSet set, Box box, int threads) {
        Geometry g = sequences.get(set.sequences().get(0)).geometry();
        Box outer = box.grow(set.halo(g), g);
        float[][] out = new float[set.count()][];
        int f = 0;
        for (String name : set.sequences()) f = computeSequence(sequences.get(name), set, box, outer, out, f, threads);
        return out;
    }

    private static int computeSequence(Volume v, VoxelFeatureSet set, Box inner, Box outer, float[][] out, int f, int threads) {
        Geometry g = v.geometry();
        int nx = outer.nx(), ny = outer.ny(), nz = outer.nz(), n = outer.count();
        float[] image = new float[n];
        double[] a = v.voxels();
        for (int z = 0, i = 0; z < nz; z++)
            for (int y = 0; y < ny; y++) {
                int src = g.index(outer.x0, outer.y0 + y, outer.z0 + z);
                for (int x = 0; x < nx; x++) image[i++] = (float) a[src + x];
            }
        List<VoxelFeature> features = set.features();
        if (features.contains(VoxelFeature.INTENSITY)) out[f++] = crop(image, inner, outer);
        Filters filters = new Filters(nx, ny, nz, threads);
        for (double scale : set.scalesMm()) {
            double[] sigma = {scale / g.spacing(0), scale / g.spacing(1), scale / g.spacing(2)};
            float[][][] k = new float[3][3][];
            for (int axis = 0; axis < 3; axis++)
                for (int order = 0; order < 3; order++) k[axis][order] = SeparableFilter.gaussian(sigma[axis], order, g.spacing(axis));
            boolean first = features.contains(VoxelFeature.GRADIENT_MAGNITUDE);
            boolean second = features.contains(VoxelFeature.LAPLACIAN) || features.contains(VoxelFeature.HESSIAN_EIGENVALUES);
            // shared partial passes: xA = order-A filter along x, yAB = then order-B along y
            float[] x0 = null, y00 = null, x1 = null, y10 = null, y01 = null;
            if (features.contains(VoxelFeature.GAUSSIAN) || first || second) {
                x0 = filters.pass(image, 0, k[0][0]);
                y00 = filters.pass(x0, 1, k[1][0]);
            }
            if (first || second) {
                x1 = filters.pass(image, 0, k[0][1]);
                y10 = filters.pass(x1, 1, k[1][0]);
                y01 = filters.pass(x0, 1, k[1][1]);
            }
            // order of VoxelFeature: Gaussian, gradient, Laplacian, Hessian, mean, variance
            if (features.contains(VoxelFeature.GAUSSIAN)) out[f++] = crop(filters.pass(y00, 2, k[2][0]), inner, outer);
            if (first) {
                float[] dx = filters.pass(y10, 2, k[2][0]), dy = filters.pass(y01, 2, k[2][0]), dz = filters.pass(y00, 2, k[2][1]);
                for (int i = 0; i < n; i++) dx[i] = (float) Math.sqrt((double) dx[i] * dx[i] + (double) dy[i] * dy[i] + (double) dz[i] * dz[i]);
                out[f++] = crop(dx, inner, outer);
            }
            if (second) f = hessianFeatures(filters, image, x0, y00, x1, y10, y01, k, features, inner, outer, out, f);
            if (features.contains(VoxelFeature.LOCAL_MEAN) || features.contains(VoxelFeature.LOCAL_VARIANCE)) {
                float[][] box = new float[3][];
                for (int axis = 0; axis < 3; axis++) box[axis] = SeparableFilter.box(SeparableFilter.boxRadius(sigma[axis]));
                float[] mean = filters.pass(filters.pass(filters.pass(image, 0, box[0]), 1, box[1]), 2, box[2]);
                if (features.contains(VoxelFeature.LOCAL_MEAN)) out[f++] = crop(mean, inner, outer);
                if (features.contains(VoxelFeature.LOCAL_VARIANCE)) {
                    float[] squares = new float[n];
                    for (int i = 0; i < n; i++) squares[i] = image[i] * image[i];
                    float[] meanSquare = filters.pass(filters.pass(filters.pass(squares, 0, box[0]), 1, box[1]), 2, box[2]);
                    for (int i = 0; i < n; i++) meanSquare[i] = (float) Math.max(0, (double) meanSquare[i] - (double) mean[i] * mean[i]);
                    out[f++] = crop(meanSquare, inner, outer);
                }
            }
        }
        return f;
    }

    private static int hessianFeatures(Filters filters, float[] image, float[] x0, float[] y00, float[] x1, float[] y10, float[] y01,
                                       float[][][] k, List<VoxelFeature> features, Box inner, Box outer, float[][] out, int f) {
        float[] x2 = filters.pass(image, 0, k[0][2]);
        float[] dxx = filters.pass(filters.pass(x2, 1, k[1][0]), 2, k[2][0]);
        float[] dyy = filters.pass(filters.pass(x0, 1, k[1][2]), 2, k[2][0]);
        float[] dzz = filters.pass(y00, 2, k[2][2]);
        float[] dxy = filters.pass(filters.pass(x1, 1, k[1][1]), 2, k[2][0]);
        float[] dxz = filters.pass(y10, 2, k[2][1]);
        float[] dyz = filters.pass(y01, 2, k[2][1]);
        int n = image.length;
        if (features.contains(VoxelFeature.LAPLACIAN)) {
            float[] log = new float[n];
            for (int i = 0; i < n; i++) log[i] = dxx[i] + dyy[i] + dzz[i];
            out[f++] = crop(log, inner, outer);
        }
        if (features.contains(VoxelFeature.HESSIAN_EIGENVALUES)) {
            double[] e = new double[3];
            // overwrite the second-derivative arrays with the eigenvalues (smallest first)
            for (int i = 0; i < n; i++) {
                SymmetricEigen.eigenvalues(dxx[i], dyy[i], dzz[i], dxy[i], dxz[i], dyz[i], e);
                dxx[i] = (float) e[0];
                dyy[i] = (float) e[1];
                dzz[i] = (float) e[2];
            }
            out[f++] = crop(dxx, inner, outer);
            out[f++] = crop(dyy, inner, outer);
            out[f++] = crop(dzz, inner, outer);
        }
        return f;
    }

    private static float[] crop(float[] a, Box inner, Box outer) {
        int onx = outer.nx(), ony = outer.ny();
        float[] out = new float[inner.count()];
        int i = 0;
        for (int z = inner.z0; z < inner.z1; z++)
            for (int y = inner.y0; y < inner.y1; y++) {
                int src = (inner.x0 - outer.x0) + onx * ((y - outer.y0) + ony * (z - outer.z0));
                System.arraycopy(a, src, out, i, inner.nx());
                i += inner.nx();
            }
        return out;
    }

    /** One-axis passes into fresh arrays. */
    private static final class Filters {
        final int nx, ny, nz, threads;

        Filters(int nx, int ny, int nz, int threads) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.threads = threads;
        }

        float[] pass(float[] in, int axis, float[] kernel) {
            float[] out = new float[in.length];
            SeparableFilter.apply(in, out, nx, ny, nz, axis, kernel, threads);
            return out;
        }
    }
}
