package org.gliomaradiomics.mask;

import org.gliomaradiomics.image.Geometry;

/**
 * Binary morphology with a ball of radius r mm (an ellipsoid in voxels when the spacing is anisotropic),
 * computed through the exact Euclidean distance transform: dilation = {distance to foreground <= r}, erosion =
 * {distance to background > r}. Exact for the ball (voxel centres), O(N) whatever the radius.
 * The border rule, the one for every mask operation of the project: outside the volume is neither foreground nor
 * background. Dilation cannot come from outside and erosion does not eat from the volume border (ITK's
 * BinaryErodeImageFilter default, MorphoLibJ). So closing never removes foreground and opening never adds any, also
 * at the border, and a structure cut by the field of view is not eroded by the cut. (The brain mask's own copy
 * treated outside as background; its tests, on heads inside the field of view, pass either way.)
 */
public final class Morphology {
    private Morphology() {}

    public static boolean[] dilate(boolean[] mask, Geometry g, double radiusMm) {
        checkRadius(radiusMm);
        double[] d2 = DistanceTransform.squaredDistanceTo(mask, g);
        double limit = limit(radiusMm);
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) out[i] = d2[i] <= limit;
        return out;
    }

    public static boolean[] erode(boolean[] mask, Geometry g, double radiusMm) {
        checkRadius(radiusMm);
        boolean[] background = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) background[i] = !mask[i];
        double[] d2 = DistanceTransform.squaredDistanceTo(background, g);
        double limit = limit(radiusMm);
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) out[i] = mask[i] && d2[i] > limit;
        return out;
    }

    public static boolean[] open(boolean[] mask, Geometry g, double radiusMm) {
        return dilate(erode(mask, g, radiusMm), g, radiusMm);
    }

    public static boolean[] close(boolean[] mask, Geometry g, double radiusMm) {
        return erode(dilate(mask, g, radiusMm), g, radiusMm);
    }

    /** r², widened by a relative 1e-12 so that voxels exactly on the sphere are inside despite rounding. */
    private static double limit(double r) {
        return r * r * (1 + 1e-12);
    }

    private static void checkRadius(double r) {
        if (!(r >= 0) || Double.isInfinite(r)) throw new IllegalArgumentException("radius must be a finite non-negative number of mm: " + r);
    }
}
