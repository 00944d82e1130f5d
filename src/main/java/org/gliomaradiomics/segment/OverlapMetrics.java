package org.gliomaradiomics.segment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.DistanceTransform;
import org.gliomaradiomics.mask.Masks;

/**
 * Overlap and surface-distance metrics between a test mask and a reference mask, distances in mm on the
 * (possibly anisotropic) voxel grid.
 *
 * <p>Conventions (those of MedPy, used by the BraTS evaluation): the surface of a mask is its voxels with at
 * least one 6-neighbour outside the mask or outside the image; the directed distances of A to B are, for every
 * surface voxel of A, the Euclidean distance to the nearest surface voxel of B. Hausdorff = maximum of both
 * directed sets; HD95 = 95th percentile (linear interpolation, as numpy) of the union of both directed sets;
 * ASSD = mean of the two directed mean distances. When either mask is empty every distance is NaN. Dice and
 * Jaccard are 1 when both masks are empty; sensitivity is NaN for an empty reference, precision NaN for an
 * empty test mask; relative volume difference (test - reference) / reference is NaN for an empty reference.
 */
public final class OverlapMetrics {
    private OverlapMetrics() {}

    public static final class Overlap {
        public final long testVoxels, referenceVoxels, intersectionVoxels;
        public final double dice, jaccard, sensitivity, precision;
        public final double testVolumeMm3, referenceVolumeMm3, volumeDifferenceMm3, relativeVolumeDifference;
        public final double hausdorffMm, hausdorff95Mm, averageSymmetricSurfaceDistanceMm;

        Overlap(long t, long r, long i, double voxelVolume, double[] distances) {
            testVoxels = t;
            referenceVoxels = r;
            intersectionVoxels = i;
            dice = t + r == 0 ? 1 : 2.0 * i / (t + r);
            jaccard = t + r == 0 ? 1 : (double) i / (t + r - i);
            sensitivity = r == 0 ? Double.NaN : (double) i / r;
            precision = t == 0 ? Double.NaN : (double) i / t;
            testVolumeMm3 = t * voxelVolume;
            referenceVolumeMm3 = r * voxelVolume;
            volumeDifferenceMm3 = testVolumeMm3 - referenceVolumeMm3;
            relativeVolumeDifference = r == 0 ? Double.NaN : volumeDifferenceMm3 / referenceVolumeMm3;
            hausdorffMm = distances[0];
            hausdorff95Mm = distances[1];
            averageSymmetricSurfaceDistanceMm = distances[2];
        }

        /** Metric names in a fixed order, matching {@link #values()}. */
        public static String[] names() {
            return new String[] {"Dice", "Jaccard", "Sensitivity", "Precision", "TestVolume_mm3", "ReferenceVolume_mm3",
                "VolumeDifference_mm3", "RelativeVolumeDifference", "Hausdorff_mm", "Hausdorff95_mm", "ASSD_mm"};
        }

        public double[] values() {
            return new double[] {dice, jaccard, sensitivity, precision, testVolumeMm3, referenceVolumeMm3,
                volumeDifferenceMm3, relativeVolumeDifference, hausdorffMm, hausdorff95Mm, averageSymmetricSurfaceDistanceMm};
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "Dice %.4f, Jaccard %.4f, HD %.3f mm, HD95 %.3f mm, ASSD %.3f mm",
                dice, jaccard, hausdorffMm, hausdorff95Mm, averageSymmetricSurfaceDistanceMm);
        }
    }

    public static Overlap compute(boolean[] test, boolean[] reference, Geometry g) {
        Masks.checkSize(test, g, "test mask");
        Masks.checkSize(reference, g, "reference mask");
        long t = 0, r = 0, i = 0;
        for (int k = 0; k < test.length; k++) {
            if (test[k]) t++;
            if (reference[k]) r++;
            if (test[k] && reference[k]) i++;
        }
        double[] distances = t == 0 || r == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN} : surfaceDistances(test, reference, g);
        return new Overlap(t, r, i, g.voxelVolume(), distances);
    }

    /** Metrics for every label present in either map (labels compared one by one). */
    public static Map<Integer, Overlap> perLabel(Volume test, Volume reference) {
        if (!test.geometry().sameSize(reference.geometry()))
            throw new IllegalArgumentException("test and reference label maps differ: " + test.geometry().describeDifference(reference.geometry()));
        TreeSet<Integer> labels = new TreeSet<>();
        for (int l : test.labels()) labels.add(l);
        for (int l : reference.labels()) labels.add(l);
        Map<Integer, Overlap> out = new LinkedHashMap<>();
        for (int l : labels) out.put(l, compute(test.maskOf(l), reference.maskOf(l), reference.geometry()));
        return out;
    }

    /** Metrics for the BraTS regions WT, TC, ET, each map's convention detected (or given when not null). */
    public static Map<BratsRegions.Region, Overlap> bratsRegions(Volume test, Volume reference, BratsRegions.Convention convention) {
        BratsRegions.Convention ct = convention != null ? convention : BratsRegions.detect(test).orElse(BratsRegions.detect(reference).orElse(BratsRegions.Convention.BRATS_2017_2021));
        BratsRegions.Convention cr = convention != null ? convention : BratsRegions.detect(reference).orElse(ct);
        Map<BratsRegions.Region, Overlap> out = new LinkedHashMap<>();
        for (BratsRegions.Region region : BratsRegions.Region.values())
            out.put(region, compute(BratsRegions.region(test, region, ct), BratsRegions.region(reference, region, cr), reference.geometry()));
        return out;
    }

    /** Voxels of the mask with a 6-neighbour outside the mask or outside the image. */
    public static boolean[] surface(boolean[] mask, Geometry g) {
        int nx = g.nx, ny = g.ny, nz = g.nz, nxy = nx * ny;
        boolean[] s = new boolean[mask.length];
        for (int z = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0, i = g.index(0, y, z); x < nx; x++, i++) {
                    if (!mask[i]) continue;
                    s[i] = x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1
                        || !mask[i - 1] || !mask[i + 1] || !mask[i - nx] || !mask[i + nx] || !mask[i - nxy] || !mask[i + nxy];
                }
        return s;
    }

    /** {Hausdorff, HD95, ASSD} for two non-empty masks. */
    private static double[] surfaceDistances(boolean[] a, boolean[] b, Geometry g) {
        boolean[] sa = surface(a, g), sb = surface(b, g);
        double[] ab = directed(sa, DistanceTransform.squaredDistanceTo(sb, g));
        double[] ba = directed(sb, DistanceTransform.squaredDistanceTo(sa, g));
        double[] all = new double[ab.length + ba.length];
        System.arraycopy(ab, 0, all, 0, ab.length);
        System.arraycopy(ba, 0, all, ab.length, ba.length);
        Arrays.sort(all);
        double hd = all[all.length - 1];
        double assd = (mean(ab) + mean(ba)) / 2;
        return new double[] {hd, percentile(all, 95), assd};
    }

    private static double[] directed(boolean[] fromSurface, double[] squaredDistanceToOther) {
        int n = 0;
        for (boolean s : fromSurface) if (s) n++;
        double[] d = new double[n];
        int k = 0;
        for (int i = 0; i < fromSurface.length; i++) if (fromSurface[i]) d[k++] = Math.sqrt(squaredDistanceToOther[i]);
        return d;
    }

    private static double mean(double[] d) {
        double s = 0;
        for (double v : d) s += v;
        return s / d.length;
    }

    /** Percentile of sorted values with numpy's default linear interpolation. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
