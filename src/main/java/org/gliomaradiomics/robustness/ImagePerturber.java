package org.gliomaradiomics.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.Seeds;
import org.gliomaradiomics.preprocess.ImagePyramid;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.Resampler;
import org.gliomaradiomics.preprocess.RigidTransform;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.gliomaradiomics.mask.DistanceTransform;
import org.gliomaradiomics.mask.Masks;

/**
 * Makes the perturbed copies of one region of a case. The geometric part (rotation, translation, resampling) is one
 * {@link ImageWarper} resampling of the image, and of the mask's 0/1 indicator interpolated linearly and kept where
 * &gt;= 0.5 (the IBSI mask convention). Volume adaptation and contour randomisation work on the signed distance
 * to the region's boundary ({@link DistanceTransform}).
 */
public final class ImagePerturber {
    /** Contour randomisation: the boundary moves by a smooth random field of this SD (in the smallest voxel spacing) ... */
    static final double CONTOUR_AMPLITUDE_VOXELS = 1;
    /** ... correlated over this many voxels (SD of the Gaussian that smooths white noise, in the mean voxel spacing). */
    static final double CONTOUR_SMOOTHING_VOXELS = 2;

    /** An image and a region on its grid. */
    public record Copy(Volume image, boolean[] mask) {
        public Copy {
            Masks.checkSize(mask, image.geometry(), "mask");
        }
    }

    private ImagePerturber() {}

    /**
     * The part of the image a study needs: a box around the region's centre holding the region rotated by any angle
     * and grown by {@code growth} (relative volume), plus {@code marginMm} (for the local-intensity sphere and
     * filters), clamped to the image. Perturbing the box instead of the whole image is what makes a study fast.
     */
    public static Copy crop(Volume image, boolean[] mask, double growth, double marginMm) {
        Geometry g = image.geometry();
        Masks.checkSize(mask, g, "mask");
        RoiBox box = new RoiBox(mask, g.nx, g.ny, g.nz);
        int[] lo = box.lo, hi = box.hi;
        if (box.count == 0) throw new IllegalArgumentException("the region is empty");
        double halfDiagonal = 0;
        for (int a = 0; a < 3; a++) halfDiagonal += Math.pow((hi[a] - lo[a] + 1) * g.spacing(a) / 2, 2);
        double reach = Math.sqrt(halfDiagonal) * Math.cbrt(1 + Math.max(0, growth)) + marginMm;
        int[] from = new int[3], size = new int[3], n = {g.nx, g.ny, g.nz};
        for (int a = 0; a < 3; a++) {
            double centre = (lo[a] + hi[a]) / 2.0;
            int r = (int) Math.ceil(reach / g.spacing(a));
            from[a] = Math.max(0, (int) Math.floor(centre) - r);
            size[a] = Math.min(n[a] - 1, (int) Math.ceil(centre) + r) - from[a] + 1;
        }
        Geometry c = g.withSize(size[0], size[1], size[2]).withOrigin(g.world(from[0], from[1], from[2]));
        double[] src = image.voxels(), v = new double[(int) c.voxelCount()];
        boolean[] m = new boolean[v.length];
        for (int z = 0, i = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++) {
                int row = g.index(from[0], from[1] + y, from[2] + z);
                System.arraycopy(src, row, v, i, size[0]);
                System.arraycopy(mask, row, m, i, size[0]);
                i += size[0];
            }
        return new Copy(new Volume(c, v, image.type()), m);
    }

    /**
     * The perturbed copy of {@code c}.
     *
     * @param caseIndex the case's index in the study (noise and contours differ between cases)
     * @param noiseSd SD of the added Gaussian noise (used when the perturbation adds noise)
     */
    public static Copy apply(Copy c, Perturbation p, int caseIndex, double noiseSd, ImageWarper.Interpolation interpolation) {
        long seed = Seeds.mix(p.seed(), caseIndex);
        Copy out = p.keepsGrid() ? c : moved(c, p, interpolation);
        Volume image = out.image();
        if (p.noise() && noiseSd > 0) image = withNoise(image, noiseSd, Seeds.mix(seed, 1));
        boolean[] mask = out.mask();
        if (p.volumeChange() != 0) mask = adaptVolume(mask, image.geometry(), p.volumeChange(), Seeds.mix(seed, 2));
        if (p.contour()) mask = randomiseContour(mask, image.geometry(), Seeds.mix(seed, 3));
        return new Copy(image, mask);
    }

    /** Rotation about the region's centroid, translation and resampling, in one interpolation. */
    static Copy moved(Copy c, Perturbation p, ImageWarper.Interpolation interpolation) {
        Geometry g = c.image().geometry();
        Geometry target = p.spacing() == null ? g : Resampler.targetGeometry(g, p.spacing());
        double[] origin = g.world(0, 0, 0), shifted = g.world(p.translation(), p.translation(), p.translation());
        double[] shift = {shifted[0] - origin[0], shifted[1] - origin[1], shifted[2] - origin[2]};
        WorldTransform forward = WorldTransform.centred(RigidTransform.rotation(0, 0, Math.toRadians(p.rotationDegrees())), centroid(c.mask(), g), shift);
        WorldTransform outputToInput = forward.inverse();
        double outside = Arrays.stream(c.image().voxels()).min().orElse(0);
        Volume image = ImageWarper.warp(c.image(), target, outputToInput, interpolation, outside);
        double[] indicator = new double[c.mask().length];
        for (int i = 0; i < indicator.length; i++) indicator[i] = c.mask()[i] ? 1 : 0;
        double[] w = ImageWarper.warp(new Volume(g, indicator, DataType.FLOAT64), target, outputToInput, ImageWarper.Interpolation.LINEAR, 0).voxels();
        boolean[] mask = new boolean[w.length];
        for (int i = 0; i < w.length; i++) mask[i] = w[i] >= 0.5 - 1e-12; // rounding must not drop exact halves
        return new Copy(image, mask);
    }

    static double[] centroid(boolean[] mask, Geometry g) {
        double sx = 0, sy = 0, sz = 0;
        long n = 0;
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++)
                    if (mask[i]) {
                        sx += x;
                        sy += y;
                        sz += z;
                        n++;
                    }
        return g.world(sx / n, sy / n, sz / n);
    }

    /** The image plus independent Gaussian noise of SD {@code sd} at every voxel (FLOAT64). */
    static Volume withNoise(Volume image, double sd, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = image.voxels().clone();
        for (int i = 0; i < v.length; i++) v[i] += sd * gaussian(random);
        return new Volume(image.geometry(), v, DataType.FLOAT64);
    }

    /** Standard normal deviate (Marsaglia's polar method; SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom r) {
        double u, v, s;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /**
     * The region grown (change &gt; 0) by the round(change·n) outside voxels nearest to it, or shrunk by removing the
     * round(−change·n) inside voxels nearest to the background (never below one voxel); voxels at the same distance
     * are taken in a seeded random order, so the region does not grow towards one side.
     */
    static boolean[] adaptVolume(boolean[] mask, Geometry g, double change, long seed) {
        long n = Masks.count(mask);
        long wanted = Math.max(1, Math.round(n * (1 + change)));
        boolean grow = wanted > n;
        long moves = Math.abs(wanted - n);
        if (moves == 0) return mask;
        boolean[] from = grow ? mask : invert(mask);
        double[] d = DistanceTransform.squaredDistanceTo(from, g); // outside voxels: to the region; inside: to the background
        boolean[] candidates = grow ? invert(mask) : mask;
        double[] sorted = new double[(int) (grow ? mask.length - n : n)];
        for (int i = 0, k = 0; i < d.length; i++) if (candidates[i]) sorted[k++] = d[i];
        moves = Math.min(moves, sorted.length);
        if (moves == 0) return mask;
        Arrays.sort(sorted);
        double threshold = sorted[(int) moves - 1];
        boolean[] out = mask.clone();
        int[] ties = new int[sorted.length];
        int tieCount = 0;
        long done = 0;
        for (int i = 0; i < d.length; i++)
            if (candidates[i]) {
                if (d[i] < threshold) {
                    out[i] = grow;
                    done++;
                } else if (d[i] == threshold) ties[tieCount++] = i;
            }
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; done < moves; k++, done++) {
            int j = k + random.nextInt(tieCount - k); // partial Fisher-Yates shuffle of the ties
            int t = ties[j];
            ties[j] = ties[k];
            out[t] = grow;
        }
        return out;
    }

    /**
     * Boundary-based contour randomisation: the region becomes {φ + a·η &lt; 0}, φ the signed distance to its
     * boundary (mm, negative inside, the boundary half a voxel out from the outermost voxels), η seeded white noise
     * smoothed by a Gaussian of {@value #CONTOUR_SMOOTHING_VOXELS} mean voxel spacings and scaled to SD 1, a =
     * {@value #CONTOUR_AMPLITUDE_VOXELS} smallest voxel spacing: the contour a second annotator might draw.
     */
    static boolean[] randomiseContour(boolean[] mask, Geometry g, long seed) {
        double voxel = (g.spacing(0) + g.spacing(1) + g.spacing(2)) / 3;
        double smallest = Math.min(g.spacing(0), Math.min(g.spacing(1), g.spacing(2)));
        double[] noise = withNoise(new Volume(g, new double[mask.length], DataType.FLOAT64), 1, seed).voxels();
        double[] eta = ImagePyramid.gaussian(new Volume(g, noise, DataType.FLOAT64), CONTOUR_SMOOTHING_VOXELS * voxel).voxels();
        double sumSquares = 0;
        for (double e : eta) sumSquares += e * e;
        double scale = CONTOUR_AMPLITUDE_VOXELS * smallest / Math.sqrt(sumSquares / eta.length);
        double[] dOut = DistanceTransform.distanceTo(mask, g), dIn = DistanceTransform.distanceTo(invert(mask), g);
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) {
            double phi = mask[i] ? -(dIn[i] - smallest / 2) : dOut[i] - smallest / 2;
            out[i] = phi + scale * eta[i] < 0;
        }
        return Masks.count(out) == 0 ? mask : out;
    }

    private static boolean[] invert(boolean[] m) {
        boolean[] r = new boolean[m.length];
        for (int i = 0; i < m.length; i++) r[i] = !m[i];
        return r;
    }
}
