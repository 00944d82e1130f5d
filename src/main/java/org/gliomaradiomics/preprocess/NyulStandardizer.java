package org.gliomaradiomics.preprocess;

import java.util.List;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;

/**
 * Nyúl–Udupa histogram standardisation (Nyúl, Udupa and Zhang, IEEE TMI 2000). Training: each image's landmark
 * percentiles (inside its mask) are mapped linearly so that the first and last land on [standardMin,
 * standardMax]; the standard landmarks are the means over images. Applying: the image's own landmarks are mapped
 * piecewise-linearly onto the standard ones (the end segments extend beyond the first and last landmarks).
 */
public final class NyulStandardizer {
    private NyulStandardizer() {}

    /** @param masks one mask per image (null entries, or a null list: all voxels) */
    public static NyulLandmarks train(List<Volume> images, List<boolean[]> masks, double[] percentiles, double standardMin, double standardMax) {
        if (images.isEmpty()) throw new IllegalArgumentException("Nyúl training needs at least one image");
        if (masks != null && masks.size() != images.size()) throw new IllegalArgumentException(images.size() + " images but " + masks.size() + " masks");
        if (!(standardMax > standardMin)) throw new IllegalArgumentException("standard scale maximum must exceed its minimum");
        double[] sum = new double[percentiles.length];
        for (int i = 0; i < images.size(); i++) {
            double[] l = landmarks(images.get(i), masks == null ? null : masks.get(i), percentiles);
            double span = l[l.length - 1] - l[0];
            if (!(span > 0)) throw new IllegalArgumentException("image " + (i + 1) + " has equal first and last landmarks (" + l[0] + ")");
            for (int k = 0; k < l.length; k++) sum[k] += standardMin + (l[k] - l[0]) / span * (standardMax - standardMin);
        }
        for (int k = 0; k < sum.length; k++) sum[k] /= images.size();
        return new NyulLandmarks(percentiles, sum);
    }

    public static NyulLandmarks train(List<Volume> images, List<boolean[]> masks) {
        return train(images, masks, NyulLandmarks.defaultPercentiles(), 1, 100);
    }

    /** The image mapped onto the standard scale (FLOAT32); landmarks come from the voxels in the mask. */
    public static Volume apply(Volume image, boolean[] mask, NyulLandmarks standard) {
        double[] l = landmarks(image, mask, standard.percentiles());
        double[] s = standard.standardValues();
        for (int k = 1; k < l.length; k++)
            if (!(l[k] > l[k - 1])) throw new IllegalArgumentException("image landmarks at percentiles " + standard.percentiles()[k - 1] + " and " + standard.percentiles()[k] + " coincide (" + l[k] + "): too few distinct intensities");
        double[] in = image.voxels(), out = new double[in.length];
        int last = l.length - 1;
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            int seg = 0;
            while (seg < last - 1 && v > l[seg + 1]) seg++;
            out[i] = (float) (s[seg] + (v - l[seg]) * (s[seg + 1] - s[seg]) / (l[seg + 1] - l[seg]));
        }
        return new Volume(image.geometry(), out, DataType.FLOAT32);
    }

    static double[] landmarks(Volume image, boolean[] mask, double[] percentiles) {
        return Percentiles.of(Percentiles.values(image, mask), percentiles);
    }
}
