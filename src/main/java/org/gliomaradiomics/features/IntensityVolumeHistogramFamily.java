package org.gliomaradiomics.features;

import java.util.Arrays;
import java.util.List;

/**
 * IBSI family "intensity_volume_histogram". The curve is evaluated at {@link RoiData#ivhLevels} (the total range
 * G with its discretisation interval, empty levels included): volume fraction nu(i) = fraction of values &gt;= i,
 * intensity fraction gamma(i) = (i - min G) / (max G - min G). V10 and V90 share the IBSI code BC2M, I10 and I90
 * share GBPN; their names tell them apart.
 */
public final class IntensityVolumeHistogramFamily extends ListedFamily {
    static final FeatureList FEATURES = FeatureList.of("intensity_volume_histogram",
        "VolumeAtIntensityFraction10", "BC2M", "VolumeAtIntensityFraction90", "BC2M",
        "IntensityAtVolumeFraction10", "GBPN", "IntensityAtVolumeFraction90", "GBPN",
        "VolumeFractionDifference10Minus90", "DDTU", "IntensityFractionDifference10Minus90", "CNV2");

    public IntensityVolumeHistogramFamily() {
        super(FEATURES);
    }

    @Override
    public void compute(RoiData roi, FeatureSettings settings, FeatureSink sink) {
        double[] levels = roi.ivhLevels;
        if (roi.ivhValues == null || roi.ivhValues.length == 0 || levels == null || levels.length == 0)
            throw new IllegalArgumentException("intensity-volume histogram needs values and at least one level");
        double[] values = roi.ivhValues;
        if (!isSorted(values)) {
            values = values.clone();
            Arrays.sort(values);
        }
        // Levels ascend, so one merge pass over the sorted values counts the values below each level.
        double[] nu = new double[levels.length];
        for (int k = 0, below = 0; k < levels.length; k++) {
            if (k > 0 && levels[k] < levels[k - 1]) throw new IllegalArgumentException("IVH levels must ascend");
            while (below < values.length && values[below] < levels[k]) below++;
            nu[k] = 1 - (double) below / values.length;
        }
        double v10 = volumeAtIntensityFraction(levels, nu, 0.10), v90 = volumeAtIntensityFraction(levels, nu, 0.90);
        double i10 = intensityAtVolumeFraction(levels, nu, 0.10), i90 = intensityAtVolumeFraction(levels, nu, 0.90);
        double[] out = {v10, v90, i10, i90, v10 - v90, i10 - i90};
        for (int i = 0; i < out.length; i++) sink.accept(FEATURES.definitions().get(i), "", out[i]);
    }

    private static boolean isSorted(double[] v) {
        for (int i = 1; i < v.length; i++) if (v[i] < v[i - 1]) return false;
        return true;
    }

    /** Largest volume fraction among levels whose intensity fraction is at least x (nu decreases with i). */
    static double volumeAtIntensityFraction(double[] levels, double[] nu, double x) {
        double min = levels[0], span = levels[levels.length - 1] - min;
        for (int k = 0; k < levels.length; k++) {
            double gamma = span == 0 ? 1 : (levels[k] - min) / span;
            if (gamma >= x - 1e-12) return nu[k]; // tolerance: levels built as lb + k w
        }
        return nu[nu.length - 1];
    }

    /** Lowest level present in at most a fraction x of the volume; one interval past the top if none is. */
    static double intensityAtVolumeFraction(double[] levels, double[] nu, double x) {
        for (int k = 0; k < levels.length; k++) if (nu[k] <= x) return levels[k];
        int last = levels.length - 1;
        return last == 0 ? levels[0] + 1 : levels[last] + (levels[last] - levels[last - 1]);
    }
}
