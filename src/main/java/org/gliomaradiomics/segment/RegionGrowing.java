package org.gliomaradiomics.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.DistanceTransform;
import org.gliomaradiomics.mask.Flood;

/**
 * 3D seeded region growing: from seed voxels, the connected voxels whose intensity lies in a range, either
 * fixed or adaptive (ITK ConfidenceConnected: mean ± k·σ of a small neighbourhood of the seeds, then of the
 * grown region, re-grown a few times), optionally limited to a ball of a given radius (mm) around the seeds.
 */
public final class RegionGrowing {
    private RegionGrowing() {}

    /**
     * Settings, immutable: build them with {@link #builder()}'s fluent setters. Seeds are voxel indices (i, j, k).
     *
     * @param adaptive confidence growing (mean ± multiplier·σ re-estimated {@code iterations} times) instead of the
     *     fixed range [lower, upper]
     */
    public record Settings(List<int[]> seeds, Connectivity connectivity, double lower, double upper, boolean adaptive,
                           double multiplier, int iterations, int initialRadius, double maxRadiusMm) {
        public Settings {
            List<int[]> copy = new ArrayList<>();
            for (int[] c : seeds) copy.add(c.clone());
            seeds = Collections.unmodifiableList(copy);
        }

        public static Builder builder() {
            return new Builder();
        }
    }

    /** Mutable holder of the {@link Settings} being built; fluent setters, ITK's defaults. */
    public static final class Builder {
        private final List<int[]> seeds = new ArrayList<>();
        private Connectivity connectivity = Connectivity.SIX;
        private double lower = Double.NEGATIVE_INFINITY, upper = Double.POSITIVE_INFINITY;
        private boolean adaptive;
        private double multiplier = 2.5;
        private int iterations = 4;
        private int initialRadius = 1;
        private double maxRadiusMm = Double.POSITIVE_INFINITY;

        private Builder() {}

        public Settings build() {
            return new Settings(seeds, connectivity, lower, upper, adaptive, multiplier, iterations, initialRadius, maxRadiusMm);
        }

        public Builder seed(int i, int j, int k) {
            seeds.add(new int[] {i, j, k});
            return this;
        }

        /** A seed given in world (LPS, mm) coordinates, rounded to the nearest voxel of {@code g}. */
        public Builder seedWorld(Geometry g, double[] worldMm) {
            double[] c = g.index(worldMm);
            return seed((int) Math.round(c[0]), (int) Math.round(c[1]), (int) Math.round(c[2]));
        }

        public Builder connectivity(Connectivity c) {
            connectivity = c;
            return this;
        }

        /** Fixed intensity range [lower, upper]. */
        public Builder range(double lower, double upper) {
            if (!(lower <= upper)) throw new IllegalArgumentException("region growing range is empty: [" + lower + ", " + upper + "]");
            this.lower = lower;
            this.upper = upper;
            adaptive = false;
            return this;
        }

        /** Adaptive range mean ± multiplier·σ, re-estimated {@code iterations} times (ITK defaults: 2.5, 4),
         * starting from the voxels within {@code initialRadius} voxels of the seeds (ITK default 1). */
        public Builder confidence(double multiplier, int iterations, int initialRadius) {
            if (!(multiplier > 0) || iterations < 0 || initialRadius < 0)
                throw new IllegalArgumentException("confidence growing needs multiplier > 0, iterations >= 0, radius >= 0");
            this.multiplier = multiplier;
            this.iterations = iterations;
            this.initialRadius = initialRadius;
            adaptive = true;
            return this;
        }

        /** Excludes voxels farther than this from every seed (mm, Euclidean on the voxel grid). */
        public Builder maxRadiusMm(double r) {
            if (!(r > 0)) throw new IllegalArgumentException("maximum radius must be positive: " + r);
            maxRadiusMm = r;
            return this;
        }
    }

    /** The grown mask and the final intensity range used. */
    public static final class Result {
        public final boolean[] mask;
        public final double lower, upper;
        public final long voxels;

        Result(boolean[] mask, double lower, double upper, long voxels) {
            this.mask = mask;
            this.lower = lower;
            this.upper = upper;
            this.voxels = voxels;
        }
    }

    public static Result grow(Volume image, Settings s) {
        Geometry g = image.geometry();
        if (s.seeds().isEmpty()) throw new IllegalArgumentException("region growing needs at least one seed");
        int[] seedIndex = new int[s.seeds().size()];
        for (int n = 0; n < seedIndex.length; n++) {
            int[] c = s.seeds().get(n);
            if (c[0] < 0 || c[1] < 0 || c[2] < 0 || c[0] >= g.nx || c[1] >= g.ny || c[2] >= g.nz)
                throw new IllegalArgumentException("seed (" + c[0] + ", " + c[1] + ", " + c[2] + ") is outside the " + g.sizeString() + " image");
            seedIndex[n] = g.index(c[0], c[1], c[2]);
        }
        boolean[] allowed = s.maxRadiusMm() == Double.POSITIVE_INFINITY ? null : withinRadius(g, s.seeds(), s.maxRadiusMm());
        Flood flood = new Flood(g, s.connectivity());
        double[] a = image.voxels();
        double lower = s.lower(), upper = s.upper();
        if (s.adaptive()) {
            double[] ms = neighbourhoodStats(a, g, s.seeds(), s.initialRadius(), allowed);
            double[] range = containingSeeds(ms[0] - s.multiplier() * ms[1], ms[0] + s.multiplier() * ms[1], a, seedIndex);
            lower = range[0];
            upper = range[1];
        }
        boolean[] mask = new boolean[a.length];
        long count = fill(a, mask, seedIndex, allowed, lower, upper, flood);
        if (s.adaptive())
            for (int it = 0; it < s.iterations() && count > 0; it++) {
                double[] ms = maskStats(a, mask);
                double[] range = containingSeeds(ms[0] - s.multiplier() * ms[1], ms[0] + s.multiplier() * ms[1], a, seedIndex);
                lower = range[0];
                upper = range[1];
                java.util.Arrays.fill(mask, false);
                count = fill(a, mask, seedIndex, allowed, lower, upper, flood);
            }
        return new Result(mask, lower, upper, count);
    }

    /** The adaptive interval widened to contain every seed's intensity: a region grown from a seed holds that seed
     * (in a heterogeneous tumour the seed's neighbourhood statistics may otherwise exclude it). */
    private static double[] containingSeeds(double lower, double upper, double[] a, int[] seeds) {
        for (int s : seeds) {
            lower = Math.min(lower, a[s]);
            upper = Math.max(upper, a[s]);
        }
        return new double[] {lower, upper};
    }

    private static long fill(double[] a, boolean[] mask, int[] seeds, boolean[] allowed, double lo, double hi, Flood flood) {
        int[] starts = new int[seeds.length];
        int n = 0;
        for (int s : seeds)
            if (!mask[s] && a[s] >= lo && a[s] <= hi && (allowed == null || allowed[s])) {
                mask[s] = true;
                starts[n++] = s;
            }
        return flood.run(starts, n, q -> {
            if (mask[q]) return false;
            double v = a[q];
            if (!(v >= lo && v <= hi) || (allowed != null && !allowed[q])) return false;
            mask[q] = true;
            return true;
        });
    }

    private static boolean[] withinRadius(Geometry g, List<int[]> seeds, double r) {
        boolean[] seedMask = new boolean[Math.toIntExact(g.voxelCount())];
        for (int[] c : seeds) seedMask[g.index(c[0], c[1], c[2])] = true;
        double[] d2 = DistanceTransform.squaredDistanceTo(seedMask, g);
        boolean[] out = new boolean[seedMask.length];
        double limit = r * r * (1 + 1e-12);
        for (int i = 0; i < out.length; i++) out[i] = d2[i] <= limit;
        return out;
    }

    /** Mean and standard deviation of the voxels within a cube of the given radius around each seed. */
    private static double[] neighbourhoodStats(double[] a, Geometry g, List<int[]> seeds, int radius, boolean[] allowed) {
        boolean[] m = new boolean[a.length];
        for (int[] c : seeds)
            for (int z = Math.max(0, c[2] - radius); z <= Math.min(g.nz - 1, c[2] + radius); z++)
                for (int y = Math.max(0, c[1] - radius); y <= Math.min(g.ny - 1, c[1] + radius); y++)
                    for (int x = Math.max(0, c[0] - radius); x <= Math.min(g.nx - 1, c[0] + radius); x++) {
                        int i = g.index(x, y, z);
                        if (allowed == null || allowed[i]) m[i] = true;
                    }
        return maskStats(a, m);
    }

    /** Mean and (population) standard deviation over a mask, in scan order. */
    private static double[] maskStats(double[] a, boolean[] m) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < a.length; i++)
            if (m[i]) {
                sum += a[i];
                n++;
            }
        double mean = sum / n, ss = 0;
        for (int i = 0; i < a.length; i++)
            if (m[i]) {
                double d = a[i] - mean;
                ss += d * d;
            }
        return new double[] {mean, Math.sqrt(ss / n)};
    }
}
