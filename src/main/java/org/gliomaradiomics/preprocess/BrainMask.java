package org.gliomaradiomics.preprocess;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Morphology;

/**
 * A rough head/brain mask for MRI without learning: Otsu threshold ({@link OtsuThreshold}, ImageJ's, on a 256-bin
 * histogram between the image's minimum and maximum), morphological opening, the largest 6-connected component,
 * closing, and 3D hole filling. It separates the head from the background; it does not strip the skull.
 */
public final class BrainMask {

    /**
     * Settings, immutable ({@link #defaults()}, {@link #builder()}).
     *
     * @param openingRadiusMm ball radius (mm) of the opening that cuts thin bridges to noise and neck
     * @param closingRadiusMm ball radius (mm) of the closing that seals dark sulci and CSF at the border
     */
    public record Settings(double openingRadiusMm, double closingRadiusMm, boolean fillHoles) {
        public static Settings defaults() {
            return builder().build();
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Mutable holder of the settings being built, with the defaults; one setter per component. */
        public static final class Builder {
            private double openingRadiusMm = 3;
            private double closingRadiusMm = 5;
            private boolean fillHoles = true;

            private Builder() {}

            public Settings build() {
                return new Settings(openingRadiusMm, closingRadiusMm, fillHoles);
            }

            public Builder openingRadiusMm(double v) { openingRadiusMm = v; return this; }
            public Builder closingRadiusMm(double v) { closingRadiusMm = v; return this; }
            public Builder fillHoles(boolean v) { fillHoles = v; return this; }
        }
    }

    private BrainMask() {}

    /** The Otsu threshold value: voxels strictly above it are foreground. */
    public static double otsuThreshold(Volume image) {
        double[] v = image.voxels();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (!(max > min)) throw new IllegalArgumentException("the image is constant (" + min + "): no threshold separates head from background");
        int[] hist = new int[256];
        double width = (max - min) / 256;
        for (double x : v) hist[Math.min(255, (int) ((x - min) / width))]++;
        int bin = OtsuThreshold.bin(hist);
        return min + (bin + 1) * width;
    }

    public static boolean[] compute(Volume image, Settings settings) {
        double t = otsuThreshold(image);
        double[] v = image.voxels();
        boolean[] m = new boolean[v.length];
        for (int i = 0; i < v.length; i++) m[i] = v[i] >= t;
        var g = image.geometry();
        if (settings.openingRadiusMm() > 0) m = Morphology.open(m, g, settings.openingRadiusMm());
        m = ConnectedComponents.keepLargest(m, g, Connectivity.SIX);
        if (settings.closingRadiusMm() > 0) m = Morphology.close(m, g, settings.closingRadiusMm());
        if (settings.fillHoles()) m = ConnectedComponents.fillHoles(m, g, Connectivity.SIX);
        return m;
    }
}
