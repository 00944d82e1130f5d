package org.gliomaradiomics.preprocess;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * An analytic brain-like phantom in world mm (LPS), centred at the origin: scalp shell, CSF layer, grey matter,
 * white matter, two off-centre ventricles and a 'tumour' sphere, with soft (0.7 mm) edges and a weak texture, so
 * that it can be sampled exactly at any transformed position. Tissue intensities are given per contrast.
 */
final class BrainPhantom {
    /** Tissue intensities (background, scalp, CSF, grey matter, white matter, tumour) and texture amplitude. */
    record Contrast(double background, double scalp, double csf, double grey, double white, double tumour, double texture) {}

    static final Contrast T1 = new Contrast(0, 60, 30, 70, 100, 130, 2);
    static final Contrast T2 = new Contrast(0, 50, 150, 90, 60, 120, 2);
    /** T1 with a strong texture: internal structure that pins down affine maps of the nearly ellipsoidal head. */
    static final Contrast T1_TEXTURED = new Contrast(0, 60, 30, 70, 100, 130, 12);

    static final double[] TUMOUR_CENTRE = {25, -12, 14};
    static final double TUMOUR_RADIUS = 12;
    private static final double EDGE = 0.7;

    private BrainPhantom() {}

    /** An isotropic grid centred on the origin. */
    static Geometry grid(int nx, int ny, int nz, double spacing) {
        return new Geometry(nx, ny, nz, new double[] {spacing, spacing, spacing},
            new double[] {-(nx - 1) * spacing / 2, -(ny - 1) * spacing / 2, -(nz - 1) * spacing / 2}, Geometry.identity());
    }

    /** Soft inside-ness of an ellipsoid (1 inside, 0 outside, logistic across ~EDGE mm). */
    private static double inside(double[] p, double cx, double cy, double cz, double ax, double ay, double az) {
        double dx = (p[0] - cx) / ax, dy = (p[1] - cy) / ay, dz = (p[2] - cz) / az;
        double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double meanAxis = (ax + ay + az) / 3;
        double d = (r - 1) * meanAxis / EDGE;
        if (d > 20) return 0;
        if (d < -20) return 1;
        return 1 / (1 + Math.exp(d));
    }

    static double intensity(double[] p, Contrast c) {
        double head = inside(p, 0, 0, 0, 75, 90, 68);
        double brain = inside(p, 0, 0, 0, 68, 83, 61);
        double grey = inside(p, 0, 0, 0, 64, 79, 57);
        double white = inside(p, 0, 2, 3, 50, 64, 44);
        double vent1 = inside(p, 10, -5, 5, 7, 22, 9), vent2 = inside(p, -9, -3, 4, 6, 20, 8);
        double tumour = inside(p, TUMOUR_CENTRE[0], TUMOUR_CENTRE[1], TUMOUR_CENTRE[2], TUMOUR_RADIUS, TUMOUR_RADIUS, TUMOUR_RADIUS);
        double v = c.background() + head * (c.scalp() - c.background()) + brain * (c.csf() - c.scalp()) + grey * (c.grey() - c.csf())
            + white * (c.white() - c.grey());
        double vent = Math.min(1, vent1 + vent2);
        v += vent * (c.csf() - v);
        v += tumour * (c.tumour() - v);
        double texture = c.texture() * Math.sin(p[0] * 0.31) * Math.sin(p[1] * 0.23 + 1) * Math.sin(p[2] * 0.27 + 2);
        return v + brain * texture;
    }

    static boolean inBrain(double[] p) {
        return inside(p, 0, 0, 0, 68, 83, 61) >= 0.5;
    }

    /** The phantom sampled at world points {@code pointOf(voxel)} plus Gaussian noise of sd {@code noise}. */
    static Volume sample(Geometry g, Contrast c, java.util.function.Function<double[], double[]> pointMap, double noise, long seed) {
        double[] v = new double[(int) g.voxelCount()];
        SplittableRandom random = new SplittableRandom(seed);
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) {
                    v[i] = intensity(pointMap.apply(g.world(x, y, z)), c) + noise * gaussian(random);
                }
        return new Volume(g, v, DataType.FLOAT32);
    }

    static Volume sample(Geometry g, Contrast c, double noise, long seed) {
        return sample(g, c, p -> p, noise, seed);
    }

    /** A 0/1 mask of voxels whose centres satisfy a predicate. */
    static boolean[] mask(Geometry g, java.util.function.Predicate<double[]> inside) {
        boolean[] m = new boolean[(int) g.voxelCount()];
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) m[i] = inside.test(g.world(x, y, z));
        return m;
    }

    /** White matter core (well inside the white-matter ellipsoid, away from ventricles and tumour). */
    static boolean whiteCore(double[] p) {
        double dx = p[0] / 50, dy = (p[1] - 2) / 64, dz = (p[2] - 3) / 44;
        if (dx * dx + dy * dy + dz * dz > 0.8 * 0.8) return false;
        if (dist(p, TUMOUR_CENTRE) < TUMOUR_RADIUS + 4) return false;
        double v1x = (p[0] - 10) / 11, v1y = (p[1] + 5) / 26, v1z = (p[2] - 5) / 13;
        double v2x = (p[0] + 9) / 10, v2y = (p[1] + 3) / 24, v2z = (p[2] - 4) / 12;
        return v1x * v1x + v1y * v1y + v1z * v1z > 1 && v2x * v2x + v2y * v2y + v2z * v2z > 1;
    }

    static double dist(double[] a, double[] b) {
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static double gaussian(SplittableRandom r) {
        double u = r.nextDouble(), w = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
    }

    static double[] values(Volume v, boolean[] mask) {
        return java.util.stream.IntStream.range(0, mask.length).filter(i -> mask[i]).mapToDouble(i -> v.voxels()[i]).toArray();
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s / a.length;
    }

    static double cv(double[] a) {
        double m = mean(a), s = 0;
        for (double x : a) s += (x - m) * (x - m);
        return Math.sqrt(s / (a.length - 1)) / m;
    }

    static Volume map(Volume v, ToDoubleFunction<Double> f) {
        double[] r = v.voxels().clone();
        for (int i = 0; i < r.length; i++) r[i] = f.applyAsDouble(r[i]);
        return new Volume(v.geometry(), r, v.type());
    }
}
