package org.gliomaradiomics.features;

import java.util.List;
import org.gliomaradiomics.features.shape.MarchingCubes;
import org.gliomaradiomics.features.shape.MeshHull;
import org.gliomaradiomics.features.shape.SmoothSurface;
import org.gliomaradiomics.features.shape.SpatialAutocorrelation;
import org.gliomaradiomics.features.shape.TriangleMesh;

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
        if (settings.surface == FeatureSettings.Surface.SMOOTH) {
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
        double[] ascending = PrincipalAxes.variances(roi, new int[] {0, 1, 2}, true);
        double[] lambda = {ascending[2], ascending[1], ascending[0]};

        MeshHull hull = MeshHull.of(mesh, sx, sy, sz);
        double[] aabb = mesh.extent(sx, sy, sz);
        double aabbVolume = aabb[0] * aabb[1] * aabb[2];
        double aabbArea = 2 * (aabb[0] * aabb[1] + aabb[1] * aabb[2] + aabb[2] * aabb[0]);
        double a = 2 * Math.sqrt(lambda[0]), b = 2 * Math.sqrt(lambda[1]), c = 2 * Math.sqrt(lambda[2]);
        double[] moranGeary = SpatialAutocorrelation.moranGeary(roi.image, roi.intensityMask, roi.nx, roi.ny, roi.nz, sx, sy, sz);

        double[] out = {
            volume, nMorph * sx * sy * sz, area, area / volume,
            volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)), v2 / (area * area * area),
            area / Math.cbrt(v2), Math.cbrt(v2) / area, Math.cbrt(area * area * area / v2) - 1,
            comShift, hull.maxDiameter(),
            4 * Math.sqrt(lambda[0]), 4 * Math.sqrt(lambda[1]), 4 * Math.sqrt(lambda[2]),
            Math.sqrt(lambda[1] / lambda[0]), Math.sqrt(lambda[2] / lambda[0]),
            volume / aabbVolume, area / aabbArea,
            3 * volume / (4 * Math.PI * a * b * c), area / ellipsoidArea(a, b, c),
            volume / hull.volume(), area / hull.area(),
            volume * intensitySum / nIntensity, moranGeary[0], moranGeary[1]};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }

    private static double sq(double v) {
        return v * v;
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
}
