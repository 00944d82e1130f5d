package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gliomaradiomics.preprocess.Resampler;

/**
 * Everything {@link FeatureExtractor} needs besides the images: IBSI preprocessing (resampling, re-segmentation,
 * discretisation for the histogram and texture families and for the intensity-volume histogram), the families to
 * compute and the {@link FeatureSettings} they read. Mutable while being configured; the extractor copies it.
 */
public final class ExtractionSettings {
    /** How intensities become grey levels 1..Ng. */
    public enum Discretisation {
        /** Integer intensities are the levels (they must be &gt;= 1), as for the IBSI digital phantom. */
        NONE,
        FIXED_BIN_NUMBER,
        FIXED_BIN_SIZE
    }

    /** Intensity-volume histogram input (IBSI section "Intensity-volume histogram features"). */
    public enum IvhDiscretisation {
        /** Calibrated discrete intensities as they are, evaluated at every integer of the range (w = 1); if the
         * intensities are not integers, at every distinct intensity. */
        NONE,
        /** Bin centres of a fixed bin size discretisation (e.g. PET, CT at 2.5 HU). */
        FIXED_BIN_SIZE,
        /** Bin numbers 1..N of a fixed bin number discretisation (arbitrary units, e.g. MRI with 1000 bins). */
        FIXED_BIN_NUMBER
    }

    /** New voxel spacing in mm (x, y, z), or null for no resampling. */
    public double[] resampledSpacing = null;
    public Resampler.Interpolator interpolator = Resampler.Interpolator.TRILINEAR;
    /** Re-segmentation range of the intensity mask; infinite ends are open. */
    public double resegmentationLower = Double.NEGATIVE_INFINITY, resegmentationUpper = Double.POSITIVE_INFINITY;
    /** Outlier filter: keep mean +- this many standard deviations; NaN = off. */
    public double outlierSigmas = Double.NaN;

    public Discretisation discretisation = Discretisation.FIXED_BIN_SIZE;
    public int binCount = 32;
    public double binWidth = 25;
    /** Lower bound of fixed bin size discretisation; NaN = the re-segmentation lower bound if finite, else the
     * ROI minimum. */
    public double binLowerBound = Double.NaN;

    public IvhDiscretisation ivhDiscretisation = IvhDiscretisation.NONE;
    public double ivhBinWidth = 2.5;
    public int ivhBinCount = 1000;

    /** Families to compute, by {@link FeatureFamily#name()}; output follows registry order whatever the order here. */
    public Set<String> families = new LinkedHashSet<>(allFamilyNames());
    public FeatureSettings features = new FeatureSettings();

    public static List<String> allFamilyNames() {
        List<String> names = new ArrayList<>();
        for (FeatureFamily f : FeatureRegistry.families()) names.add(f.name());
        return names;
    }

    public ExtractionSettings copy() {
        ExtractionSettings c = new ExtractionSettings();
        c.resampledSpacing = resampledSpacing == null ? null : resampledSpacing.clone();
        c.interpolator = interpolator;
        c.resegmentationLower = resegmentationLower;
        c.resegmentationUpper = resegmentationUpper;
        c.outlierSigmas = outlierSigmas;
        c.discretisation = discretisation;
        c.binCount = binCount;
        c.binWidth = binWidth;
        c.binLowerBound = binLowerBound;
        c.ivhDiscretisation = ivhDiscretisation;
        c.ivhBinWidth = ivhBinWidth;
        c.ivhBinCount = ivhBinCount;
        c.families = new LinkedHashSet<>(families);
        c.features = features.copy();
        return c;
    }
}
