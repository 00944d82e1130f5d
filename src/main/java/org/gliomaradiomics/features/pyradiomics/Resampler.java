package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Matrix3;
import org.gliomaradiomics.numerics.CubicBSpline;
import org.gliomaradiomics.numerics.VoxelSampler;
import org.gliomaradiomics.features.RoiBox;

/**
 * PyRadiomics' resampleImage: a grid anchored at the corner of the first voxel, covering the ROI bounding box
 * plus padDistance new voxels (clipped to the image), image through the chosen SimpleITK interpolator and cast
 * back to the input type, mask through nearest neighbour (round half up). Axes where the ROI is one voxel thick,
 * or whose target spacing is 0, keep their spacing.
 */
final class Resampler {
    private Resampler() {}

    static final class Result {
        final double[] image;
        final boolean[] mask;
        final Geometry geometry;

        Result(double[] image, boolean[] mask, Geometry geometry) {
            this.image = image;
            this.mask = mask;
            this.geometry = geometry;
        }
    }

    static Result resample(double[] image, DataType type, boolean[] mask, Geometry g, double[] requested, int padDistance,
                           PyRadiomicsSettings.Interpolator interpolator) {
        double[] sp = g.spacing(), target = new double[3];
        boolean allClose = true;
        for (int a = 0; a < 3; a++) {
            target[a] = requested[a] == 0 ? sp[a] : requested[a];
            allClose &= Math.abs(sp[a] - target[a]) <= 1e-8 + 1e-5 * Math.abs(target[a]);
        }
        if (allClose) return new Result(image, mask, g);
        int[] n = {g.nx, g.ny, g.nz};
        RoiBox box = new RoiBox(mask, g.nx, g.ny, g.nz);
        if (box.count == 0) throw new IllegalArgumentException("the ROI is empty, nothing to resample");
        double[] ratio = new double[3], cIndex = new double[3];
        int[] lower = new int[3], size = new int[3];
        double[] bounds = new double[3];
        for (int a = 0; a < 3; a++) {
            if (box.size(a) == 1) target[a] = sp[a];
            ratio[a] = sp[a] / target[a];
            double lo = Math.floor((box.lo[a] - 0.5) * ratio[a] - padDistance);
            double hi = Math.ceil((box.lo[a] + box.size(a) - 0.5) * ratio[a] + padDistance);
            double maxHi = Math.ceil(n[a] * ratio[a]) - 1;
            lo = Math.max(lo, 0);
            hi = Math.min(hi, maxHi);
            lower[a] = (int) Math.min(lo, Integer.MAX_VALUE);
            bounds[a] = hi - lo + 1;
            cIndex[a] = 0.5 * (target[a] - sp[a]) / sp[a] + lo / ratio[a];
        }
        Limits.gridVoxels("resampled grid at resampledPixelSpacing " + Arrays.toString(target) + " mm", bounds[0], bounds[1], bounds[2]);
        for (int a = 0; a < 3; a++) size[a] = (int) bounds[a];
        double[] origin = g.world(cIndex[0], cIndex[1], cIndex[2]);
        Geometry out = new Geometry(size[0], size[1], size[2], target, origin, g.direction());
        double[] d = g.direction(), inOrigin = g.origin();
        double[] toIndex = Matrix3.inverse(d);
        double[] outImage = new double[size[0] * size[1] * size[2]];
        boolean[] outMask = new boolean[outImage.length];
        VoxelSampler sampler = new VoxelSampler(interpolator == PyRadiomicsSettings.Interpolator.BSPLINE
            ? CubicBSpline.coefficients(image, g.nx, g.ny, g.nz, CubicBSpline.Convention.ITK) : image, g.nx, g.ny, g.nz);
        for (int k = 0, o = 0; k < size[2]; k++)
            for (int j = 0; j < size[1]; j++)
                for (int i = 0; i < size[0]; i++, o++) {
                    double ax = i * target[0], ay = j * target[1], az = k * target[2];
                    double px = origin[0] + d[0] * ax + d[1] * ay + d[2] * az - inOrigin[0];
                    double py = origin[1] + d[3] * ax + d[4] * ay + d[5] * az - inOrigin[1];
                    double pz = origin[2] + d[6] * ax + d[7] * ay + d[8] * az - inOrigin[2];
                    double cx = (toIndex[0] * px + toIndex[1] * py + toIndex[2] * pz) / sp[0];
                    double cy = (toIndex[3] * px + toIndex[4] * py + toIndex[5] * pz) / sp[1];
                    double cz = (toIndex[6] * px + toIndex[7] * py + toIndex[8] * pz) / sp[2];
                    if (!(cx >= -0.5 && cx < n[0] - 0.5 && cy >= -0.5 && cy < n[1] - 0.5 && cz >= -0.5 && cz < n[2] - 0.5)) continue;
                    int nxI = (int) Math.floor(cx + 0.5), nyI = (int) Math.floor(cy + 0.5), nzI = (int) Math.floor(cz + 0.5);
                    outMask[o] = mask[nxI + g.nx * (nyI + g.ny * nzI)];
                    double v;
                    switch (interpolator) {
                        case NEAREST: v = image[nxI + g.nx * (nyI + g.ny * nzI)]; break;
                        case LINEAR: v = sampler.linearItk(cx, cy, cz, 0); break;
                        default: v = sampler.bsplineItk(cx, cy, cz, 0);
                    }
                    outImage[o] = type.cast(v);
                }
        return new Result(outImage, outMask, out);
    }

    /** PyRadiomics' correctMask: the mask's values at the image voxel centres, nearest neighbour, 0 outside the mask. */
    static double[] nearestOnto(org.gliomaradiomics.image.Volume mask, Geometry target) {
        Geometry m = mask.geometry();
        double[] out = new double[(int) target.voxelCount()];
        for (int k = 0, o = 0; k < target.nz; k++)
            for (int j = 0; j < target.ny; j++)
                for (int i = 0; i < target.nx; i++, o++) {
                    double[] c = m.index(target.world(i, j, k));
                    if (!(c[0] >= -0.5 && c[0] < m.nx - 0.5 && c[1] >= -0.5 && c[1] < m.ny - 0.5 && c[2] >= -0.5 && c[2] < m.nz - 0.5)) continue;
                    out[o] = mask.get(m.index((int) Math.floor(c[0] + 0.5), (int) Math.floor(c[1] + 0.5), (int) Math.floor(c[2] + 0.5)));
                }
        return out;
    }
}
