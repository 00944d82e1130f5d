package org.gliomaradiomics.segment;

import static org.gliomaradiomics.numerics.BorderExtension.MIRROR_SINGLE;

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
            boolean derivatives = features.contains(VoxelFeature.GRADIENT_MAGNITUDE) || features.contains(VoxelFeature.LAPLACIAN)
                || features.contains(VoxelFeature.HESSIAN_EIGENVALUES);
            if (features.contains(VoxelFeature.GAUSSIAN) || derivatives) {
                float[] smooth = image;
                for (int axis = 0; axis < 3; axis++) smooth = filters.pass(smooth, axis, SeparableFilter.gaussian(sigma[axis]));
                if (features.contains(VoxelFeature.GAUSSIAN)) out[f++] = crop(smooth, inner, outer);
                if (derivatives) f = derivativeFeatures(smooth, g, features, inner, outer, out, f);
            }
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

    /**
     * Gradient magnitude, Laplacian and Hessian eigenvalues of the smoothed image by central differences (per mm),
     * evaluated on the inner box only: exact for quadratics, and for σ of a voxel or more within a few percent
     * of true Gaussian derivatives at a fraction of the cost (one smoothing per scale instead of ten).
     */
    private static int derivativeFeatures(float[] s, Geometry g, List<VoxelFeature> features, Box inner, Box outer, float[][] out, int f) {
        int nx = outer.nx(), ny = outer.ny(), nz = outer.nz(), sy = nx, sz = nx * ny, n = inner.count();
        double hx = g.spacing(0), hy = g.spacing(1), hz = g.spacing(2);
        boolean gradient = features.contains(VoxelFeature.GRADIENT_MAGNITUDE), laplacian = features.contains(VoxelFeature.LAPLACIAN),
            hessian = features.contains(VoxelFeature.HESSIAN_EIGENVALUES);
        float[] grad = gradient ? new float[n] : null, log = laplacian ? new float[n] : null;
        float[] e0 = hessian ? new float[n] : null, e1 = hessian ? new float[n] : null, e2 = hessian ? new float[n] : null;
        double[] e = new double[3];
        int k = 0;
        for (int z = inner.z0 - outer.z0; z < inner.z1 - outer.z0; z++) {
            int zm = MIRROR_SINGLE.index(z - 1, nz) * sz, zp = MIRROR_SINGLE.index(z + 1, nz) * sz, zc = z * sz;
            for (int y = inner.y0 - outer.y0; y < inner.y1 - outer.y0; y++) {
                int ym = MIRROR_SINGLE.index(y - 1, ny) * sy, yp = MIRROR_SINGLE.index(y + 1, ny) * sy, yc = y * sy;
                for (int x = inner.x0 - outer.x0; x < inner.x1 - outer.x0; x++, k++) {
                    int xm = MIRROR_SINGLE.index(x - 1, nx), xp = MIRROR_SINGLE.index(x + 1, nx);
                    double c = s[x + yc + zc];
                    double dx = (s[xp + yc + zc] - s[xm + yc + zc]) / (2 * hx);
                    double dy = (s[x + yp + zc] - s[x + ym + zc]) / (2 * hy);
                    double dz = (s[x + yc + zp] - s[x + yc + zm]) / (2 * hz);
                    if (gradient) grad[k] = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
                    if (!laplacian && !hessian) continue;
                    double dxx = (s[xp + yc + zc] - 2 * c + s[xm + yc + zc]) / (hx * hx);
                    double dyy = (s[x + yp + zc] - 2 * c + s[x + ym + zc]) / (hy * hy);
                    double dzz = (s[x + yc + zp] - 2 * c + s[x + yc + zm]) / (hz * hz);
                    if (laplacian) log[k] = (float) (dxx + dyy + dzz);
                    if (!hessian) continue;
                    double dxy = (s[xp + yp + zc] - s[xp + ym + zc] - s[xm + yp + zc] + s[xm + ym + zc]) / (4 * hx * hy);
                    double dxz = (s[xp + yc + zp] - s[xp + yc + zm] - s[xm + yc + zp] + s[xm + yc + zm]) / (4 * hx * hz);
                    double dyz = (s[x + yp + zp] - s[x + yp + zm] - s[x + ym + zp] + s[x + ym + zm]) / (4 * hy * hz);
                    SymmetricEigen.eigenvalues(dxx, dyy, dzz, dxy, dxz, dyz, e);
                    e0[k] = (float) e[0];
                    e1[k] = (float) e[1];
                    e2[k] = (float) e[2];
                }
            }
        }
        if (gradient) out[f++] = grad;
        if (laplacian) out[f++] = log;
        if (hessian) {
            out[f++] = e0;
            out[f++] = e1;
            out[f++] = e2;
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
