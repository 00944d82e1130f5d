package org.gliomaradiomics.features;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gliomaradiomics.features.shape.FarthestPair;
import org.gliomaradiomics.mask.ConvexHull3D;
import org.gliomaradiomics.features.shape.MarchingCubes;
import org.gliomaradiomics.features.shape.SmoothSurface;
import org.gliomaradiomics.features.shape.SpatialAutocorrelation;
import org.gliomaradiomics.features.shape.TriangleMesh;
import org.gliomaradiomics.mask.ConvexHull3D;

/**
 * IBSI family "morphology" (3D, DHQ4). The surface is the marching-cubes mesh of the morphological mask (iso-level
 * 0.5, padded); the convex hull and the maximum diameter use the mesh vertices; PCA axes use the voxel centres of
 * the morphological mask; intensity features (centre of mass shift, integrated intensity, Moran's I, Geary's C)
 * use the intensity mask. Oriented-bounding-box and minimum-volume-ellipsoid densities are left out: IBSI gives no
 * reference for them. With {@link FeatureSettings.Surface#SMOOTH} (not IBSI) volume and area, and the features
 * derived from them, come from {@link SmoothSurface} instead.
 */
public final class MorphologyFamily extends ListedFamily {
    static final FeatureList FEATURES = FeatureList.of("morphology",
        "VolumeMesh", "RNU0", "VolumeVoxelCounting", "YEKZ", "SurfaceArea", "C0JK", "SurfaceToVolumeRatio", "2PR5",
        "Compactness1", "SKGS", "Compactness2", "BQWJ", "SphericalDisproportion", "KRCK", "Sphericity", "QCFX",
        "Asphericity", "25C7", "CentreOfMassShift", "KLMA", "Maximum3DDiameter", "L0JK", "MajorAxisLength", "TDIC",
        "MinorAxisLength", "P9VJ", "LeastAxisLength", "7J51", "Elongation", "Q3CK", "Flatness", "N17B",
        "VolumeDensityAabb", "PBX1", "AreaDensityAabb", "R59B", "VolumeDensityAee", "6BDE", "AreaDensityAee", "RDD2",
        "VolumeDensityConvexHull", "R3ER", "AreaDensityConvexHull", "7T7F", "IntegratedIntensity", "99N0",
        "MoransI", "N365", "GearysC", "NPT7");

    public MorphologyFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        double sx = roi.sx, sy = roi.sy, sz = roi.sz;
        TriangleMesh mesh = MarchingCubes.mesh(roi.morphMask, roi.nx, roi.ny, roi.nz);
        if (mesh.triangleCount() == 0) throw new IllegalArgumentException("morphological mask is empty");
        double volume, area;
        if (settings.surface() == FeatureSettings.Surface.SMOOTH) {
            SmoothSurface.Measures smooth = SmoothSurface.of(roi.morphMask, roi.nx, roi.ny, roi.nz, sx, sy, sz);
            volume = smooth.volume();
            area = smooth.area();
        } else {
            volume = mesh.volume(sx, sy, sz);
            area = mesh.area(sx, sy, sz);
        }
        double v2 = 36 * Math.PI * volume * volume;

        // Voxel centres of the morphological mask (PCA, centre of mass) and intensity-weighted centre.
        long nMorph = 0;
        double cx = 0, cy = 0, cz = 0;
        double wSum = 0, wx = 0, wy = 0, wz = 0, intensitySum = 0;
        long nIntensity = 0;
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++) {
                    if (roi.morphMask[i]) {
                        nMorph++;
                        cx += x;
                        cy += y;
                        cz += z;
                    }
                    if (roi.intensityMask[i]) {
                        double v = roi.image[i];
                        nIntensity++;
                        intensitySum += v;
                        wSum += v;
                        wx += v * x;
                        wy += v * y;
                        wz += v * z;
                    }
                }
        cx /= nMorph;
        cy /= nMorph;
        cz /= nMorph;
        double comShift = Math.sqrt(sq((wx / wSum - cx) * sx) + sq((wy / wSum - cy) * sy) + sq((wz / wSum - cz) * sz));
        double[] lambda = principalVariances(roi, cx, cy, cz, nMorph);

        Hull hull = convexHull(mesh, roi.nx, roi.ny, roi.nz, sx, sy, sz);
        double[] aabb = meshExtent(mesh, sx, sy, sz);
        double aabbVolume = aabb[0] * aabb[1] * aabb[2];
        double aabbArea = 2 * (aabb[0] * aabb[1] + aabb[1] * aabb[2] + aabb[2] * aabb[0]);
        double a = 2 * Math.sqrt(lambda[0]), b = 2 * Math.sqrt(lambda[1]), c = 2 * Math.sqrt(lambda[2]);
        double[] moranGeary = SpatialAutocorrelation.moranGeary(roi.image, roi.intensityMask, roi.nx, roi.ny, roi.nz, sx, sy, sz);

        double[] out = {
            volume, nMorph * sx * sy * sz, area, area / volume,
            volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)), v2 / (area * area * area),
            area / Math.cbrt(v2), Math.cbrt(v2) / area, Math.cbrt(area * area * area / v2) - 1,
            comShift, hull.maxDiameter,
            4 * Math.sqrt(lambda[0]), 4 * Math.sqrt(lambda[1]), 4 * Math.sqrt(lambda[2]),
            Math.sqrt(lambda[1] / lambda[0]), Math.sqrt(lambda[2] / lambda[0]),
            volume / aabbVolume, area / aabbArea,
            3 * volume / (4 * Math.PI * a * b * c), area / ellipsoidArea(a, b, c),
            volume / hull.volume, area / hull.area,
            volume * intensitySum / nIntensity, moranGeary[0], moranGeary[1]};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Eigenvalues (descending) of the sample covariance of the morphological voxel centres in mm. */
    private static double[] principalVariances(RoiData roi, double cx, double cy, double cz, long n) {
        double xx = 0, yy = 0, zz = 0, xy = 0, xz = 0, yz = 0;
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++)
                    if (roi.morphMask[i]) {
                        double dx = (x - cx) * roi.sx, dy = (y - cy) * roi.sy, dz = (z - cz) * roi.sz;
                        xx += dx * dx;
                        yy += dy * dy;
                        zz += dz * dz;
                        xy += dx * dy;
                        xz += dx * dz;
                        yz += dy * dz;
                    }
        // Sample covariance (N - 1), as NumPy's cov, which the IBSI reference values follow; one voxel has none.
        if (n < 2) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        double d = n - 1;
        double[][] cov = {{xx / d, xy / d, xz / d}, {xy / d, yy / d, yz / d}, {xz / d, yz / d, zz / d}};
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(cov, false)).getRealEigenvalues().clone();
        java.util.Arrays.sort(ev);
        return new double[] {Math.max(ev[2], 0), Math.max(ev[1], 0), Math.max(ev[0], 0)};
    }

    /** Surface of an ellipsoid with semi-axes a &gt;= b &gt;= c: IBSI's Legendre series to degree 20. The terms
     * u_v = (alpha beta)^v P_v((alpha^2 + beta^2) / (2 alpha beta)) follow Bonnet's recursion without dividing by
     * alpha beta, which may be 0 (sphere). */
    static double ellipsoidArea(double a, double b, double c) {
        double alpha2 = 1 - b * b / (a * a), beta2 = 1 - c * c / (a * a);
        double half = (alpha2 + beta2) / 2, prod2 = alpha2 * beta2;
        double uPrev = 1, u = half, sum = 1 + u / (1 - 4);
        for (int v = 1; v < 20; v++) {
            double next = ((2 * v + 1) * half * u - v * prod2 * uPrev) / (v + 1);
            uPrev = u;
            u = next;
            sum += u / (1 - 4.0 * (v + 1) * (v + 1));
        }
        return 4 * Math.PI * a * b * sum;
    }

    /** Axis-aligned extent of the mesh vertices in mm. */
    private static double[] meshExtent(TriangleMesh mesh, double sx, double sy, double sz) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, z0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE, z1 = Integer.MIN_VALUE;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            x0 = Math.min(x0, mesh.x(v)); x1 = Math.max(x1, mesh.x(v));
            y0 = Math.min(y0, mesh.y(v)); y1 = Math.max(y1, mesh.y(v));
            z0 = Math.min(z0, mesh.z(v)); z1 = Math.max(z1, mesh.z(v));
        }
        return new double[] {(x1 - x0) * sx / 2, (y1 - y0) * sy / 2, (z1 - z0) * sz / 2};
    }

    private record Hull(double volume, double area, double maxDiameter) {}

    /**
     * Convex hull of the mesh vertices. A vertex strictly between two others on a grid line along x, y or z cannot
     * be a hull vertex, so only vertices extreme on all three of their lines enter the hull computation.
     */
    private static Hull convexHull(TriangleMesh mesh, int nx, int ny, int nz, double sx, double sy, double sz) {
        int gx = 2 * nx + 1, gy = 2 * ny + 1, gz = 2 * nz + 1; // half-unit coordinates -1..2n-1, offset by 1
        int[] xMin = filled(gy * gz, Integer.MAX_VALUE), xMax = filled(gy * gz, Integer.MIN_VALUE);
        int[] yMin = filled(gx * gz, Integer.MAX_VALUE), yMax = filled(gx * gz, Integer.MIN_VALUE);
        int[] zMin = filled(gx * gy, Integer.MAX_VALUE), zMax = filled(gx * gy, Integer.MIN_VALUE);
        int nv = mesh.vertexCount();
        for (int v = 0; v < nv; v++) {
            int x = mesh.x(v) + 1, y = mesh.y(v) + 1, z = mesh.z(v) + 1;
            int kx = y + gy * z, ky = x + gx * z, kz = x + gx * y;
            xMin[kx] = Math.min(xMin[kx], x); xMax[kx] = Math.max(xMax[kx], x);
            yMin[ky] = Math.min(yMin[ky], y); yMax[ky] = Math.max(yMax[ky], y);
            zMin[kz] = Math.min(zMin[kz], z); zMax[kz] = Math.max(zMax[kz], z);
        }
        int count = 0;
        int[] keep = new int[nv];
        for (int v = 0; v < nv; v++) {
            int x = mesh.x(v) + 1, y = mesh.y(v) + 1, z = mesh.z(v) + 1;
            int kx = y + gy * z, ky = x + gx * z, kz = x + gx * y;
            if ((x == xMin[kx] || x == xMax[kx]) && (y == yMin[ky] || y == yMax[ky]) && (z == zMin[kz] || z == zMax[kz]))
                keep[count++] = v;
        }
        long[] px = new long[count], py = new long[count], pz = new long[count];
        for (int k = 0; k < count; k++) {
            px[k] = mesh.x(keep[k]);
            py[k] = mesh.y(keep[k]);
            pz[k] = mesh.z(keep[k]);
        }
        int[] faces = ConvexHull3D.hull(px, py, pz);
        double hx = sx / 2, hy = sy / 2, hz = sz / 2;
        long six = 0;
        double area = 0;
        boolean[] isVertex = new boolean[count];
        for (int f = 0; f < faces.length; f += 3) {
            int a = faces[f], b = faces[f + 1], c = faces[f + 2];
            isVertex[a] = isVertex[b] = isVertex[c] = true;
            six += px[a] * (py[b] * pz[c] - pz[b] * py[c]) + py[a] * (pz[b] * px[c] - px[b] * pz[c]) + pz[a] * (px[b] * py[c] - py[b] * px[c]);
            double ux = (px[b] - px[a]) * hx, uy = (py[b] - py[a]) * hy, uz = (pz[b] - pz[a]) * hz;
            double wx = (px[c] - px[a]) * hx, wy = (py[c] - py[a]) * hy, wz = (pz[c] - pz[a]) * hz;
            double nxv = uy * wz - uz * wy, nyv = uz * wx - ux * wz, nzv = ux * wy - uy * wx;
            area += Math.sqrt(nxv * nxv + nyv * nyv + nzv * nzv) / 2;
        }
        long[] hullX = new long[count], hullY = new long[count], hullZ = new long[count];
        int h = 0;
        for (int k = 0; k < count; k++)
            if (isVertex[k]) {
                hullX[h] = px[k];
                hullY[h] = py[k];
                hullZ[h++] = pz[k];
            }
        double maxDiameter = FarthestPair.hullDiameter(hullX, hullY, hullZ, h, hx, hy, hz);
        return new Hull(Math.abs(six) / 6.0 * hx * hy * hz, area, maxDiameter);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
