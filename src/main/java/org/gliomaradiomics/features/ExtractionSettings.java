package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gliomaradiomics.preprocess.Resampler;

/**
 * Everything {@link FeatureExtractor} needs besides the images, immutable: IBSI preprocessing (resampling,
 * re-segmentation, discretisation for the histogram and texture families and for the intensity-volume histogram), the
 * families to compute and the {@link FeatureSettings} they read. Build them with {@link #builder()} (the defaults:
 * fixed bin size 25, every family) or change a copy with {@link #toBuilder()}; parameter files are turned into them by
 * {@code extraction.ExtractionParams} from the keys declared in {@code extraction.ParameterFileSchema}.
 *
 * @param resampledSpacing new voxel spacing in mm (x, y, z), or null for no resampling
 * @param resegmentationLower re-segmentation range of the intensity mask; infinite ends are open
 * @param outlierSigmas outlier filter: keep mean +- this many standard deviations; NaN = off
 * @param binLowerBound lower bound of fixed bin size discretisation; NaN = the re-segmentation lower bound if
 *     finite, else the ROI minimum
 * @param families families to compute, by {@link FeatureFamily#name()}; output follows registry order whatever the
 *     order here
 */
public record ExtractionSettings(double[] resampledSpacing, Resampler.Interpolator interpolator,
                                 double resegmentationLower, double resegmentationUpper, double outlierSigmas,
                                 Discretisation discretisation, int binCount, double binWidth, double binLowerBound,
                                 IvhDiscretisation ivhDiscretisation, double ivhBinWidth, int ivhBinCount,
                                 Set<String> families, FeatureSettings features) {
    /** How intensities become grey levels 1..Ng. */
    public enum Discretisation {
        /** Integer intensities are the levels (they must be &gt;= 1), as for the IBSI digital phantom. */
        NONE,
        FIXED_BIN_NUMBER,
        FIXED_BIN_SIZE;

        /** A parameter file's value: none, fixedBinSize (fbs) or fixedBinNumber (fbn), any case. */
        public static Discretisation parse(String text) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "none" -> NONE;
                case "fixedbinsize", "fbs" -> FIXED_BIN_SIZE;
                case "fixedbinnumber", "fbn" -> FIXED_BIN_NUMBER;
                default -> throw new IllegalArgumentException("'" + text + "' is not none, fixedBinSize or fixedBinNumber");
            };
        }
    }

    /** Intensity-volume histogram input (IBSI section "Intensity-volume histogram features"). */
    public enum IvhDiscretisation {
        /** Calibrated discrete intensities as they are, evaluated at every integer of the range (w = 1); if the
         * intensities are not integers, at every distinct intensity. */
        NONE,
        /** Bin centres of a fixed bin size discretisation (e.g. PET, CT at 2.5 HU). */
        FIXED_BIN_SIZE,
        /** Bin numbers 1..N of a fixed bin number discretisation (arbitrary units, e.g. MRI with 1000 bins). */
        FIXED_BIN_NUMBER;

        /** A parameter file's value, as {@link Discretisation#parse}. */
        public static IvhDiscretisation parse(String text) {
            return valueOf(Discretisation.parse(text).name());
        }
    }

    public ExtractionSettings {
        resampledSpacing = resampledSpacing == null ? null : resampledSpacing.clone();
        families = Collections.unmodifiableSet(new LinkedHashSet<>(families));
    }

    /** New voxel spacing in mm (x, y, z), or null for no resampling (a copy). */
    @Override
    public double[] resampledSpacing() {
        return resampledSpacing == null ? null : resampledSpacing.clone();
    }

    /** Equal when every component is (the spacing by its values). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExtractionSettings e && Arrays.equals(resampledSpacing, e.resampledSpacing) && interpolator == e.interpolator
            && Double.compare(resegmentationLower, e.resegmentationLower) == 0 && Double.compare(resegmentationUpper, e.resegmentationUpper) == 0
            && Double.compare(outlierSigmas, e.outlierSigmas) == 0 && discretisation == e.discretisation && binCount == e.binCount
            && Double.compare(binWidth, e.binWidth) == 0 && Double.compare(binLowerBound, e.binLowerBound) == 0
            && ivhDiscretisation == e.ivhDiscretisation && Double.compare(ivhBinWidth, e.ivhBinWidth) == 0 && ivhBinCount == e.ivhBinCount
            && families.equals(e.families) && features.equals(e.features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(resampledSpacing), interpolator, resegmentationLower, resegmentationUpper, outlierSigmas,
            discretisation, binCount, binWidth, binLowerBound, ivhDiscretisation, ivhBinWidth, ivhBinCount, families, features);
    }

    @Override
    public String toString() {
        return "ExtractionSettings[resampledSpacing=" + Arrays.toString(resampledSpacing) + ", interpolator=" + interpolator
            + ", resegmentation=[" + resegmentationLower + ", " + resegmentationUpper + "], outlierSigmas=" + outlierSigmas
            + ", discretisation=" + discretisation + ", binCount=" + binCount + ", binWidth=" + binWidth + ", binLowerBound=" + binLowerBound
            + ", ivhDiscretisation=" + ivhDiscretisation + ", ivhBinWidth=" + ivhBinWidth + ", ivhBinCount=" + ivhBinCount
            + ", families=" + families + ", features=" + features + "]";
    }

    public static List<String> allFamilyNames() {
        List<String> names = new ArrayList<>();
        for (FeatureFamily f : FeatureRegistry.families()) names.add(f.name());
        return names;
    }

    /** The defaults: no resampling or re-segmentation, fixed bin size 25, every family, IBSI 1 feature settings. */
    public static ExtractionSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resampledSpacing = resampledSpacing;
        b.interpolator = interpolator;
        b.resegmentationLower = resegmentationLower;
        b.resegmentationUpper = resegmentationUpper;
        b.outlierSigmas = outlierSigmas;
        b.discretisation = discretisation;
        b.binCount = binCount;
        b.binWidth = binWidth;
        b.binLowerBound = binLowerBound;
        b.ivhDiscretisation = ivhDiscretisation;
        b.ivhBinWidth = ivhBinWidth;
        b.ivhBinCount = ivhBinCount;
        b.families = families;
        b.features = features;
        return b;
    }

    /** Mutable holder of the settings being built, with the defaults; one setter per component. */
    public static final class Builder {
        private double[] resampledSpacing = null;
        private Resampler.Interpolator interpolator = Resampler.Interpolator.TRILINEAR;
        private double resegmentationLower = Double.NEGATIVE_INFINITY, resegmentationUpper = Double.POSITIVE_INFINITY;
        private double outlierSigmas = Double.NaN;
        private Discretisation discretisation = Discretisation.FIXED_BIN_SIZE;
        private int binCount = 32;
        private double binWidth = 25;
        private double binLowerBound = Double.NaN;
        private IvhDiscretisation ivhDiscretisation = IvhDiscretisation.NONE;
        private double ivhBinWidth = 2.5;
        private int ivhBinCount = 1000;
        private Set<String> families = new LinkedHashSet<>(allFamilyNames());
        private FeatureSettings features = FeatureSettings.defaults();

        private Builder() {}

        public ExtractionSettings build() {
            return new ExtractionSettings(resampledSpacing, interpolator, resegmentationLower, resegmentationUpper, outlierSigmas,
                discretisation, binCount, binWidth, binLowerBound, ivhDiscretisation, ivhBinWidth, ivhBinCount, families, features);
        }

        public Builder resampledSpacing(double[] v) { resampledSpacing = v; return this; }
        public Builder interpolator(Resampler.Interpolator v) { interpolator = v; return this; }
        public Builder resegmentationLower(double v) { resegmentationLower = v; return this; }
        public Builder resegmentationUpper(double v) { resegmentationUpper = v; return this; }
        public Builder outlierSigmas(double v) { outlierSigmas = v; return this; }
        public Builder discretisation(Discretisation v) { discretisation = v; return this; }
        public Builder binCount(int v) { binCount = v; return this; }
        public Builder binWidth(double v) { binWidth = v; return this; }
        public Builder binLowerBound(double v) { binLowerBound = v; return this; }
        public Builder ivhDiscretisation(IvhDiscretisation v) { ivhDiscretisation = v; return this; }
        public Builder ivhBinWidth(double v) { ivhBinWidth = v; return this; }
        public Builder ivhBinCount(int v) { ivhBinCount = v; return this; }
        public Builder families(Set<String> v) { families = v; return this; }
        public Builder features(FeatureSettings v) { features = v; return this; }

        /** The families being built (to check or default them). */
        public Set<String> families() { return families; }

        /** The feature settings being built. */
        public FeatureSettings features() { return features; }
    }
}
