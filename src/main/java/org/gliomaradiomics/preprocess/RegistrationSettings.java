package org.gliomaradiomics.preprocess;

import java.util.Arrays;

/** Parameters of {@link ImageRegistration}; the defaults suit brain MRI of 1–2 mm voxels. */
public final class RegistrationSettings {
    public enum TransformType {
        /** 6 parameters: Euler angles and translation, rotating about the fixed image's centre. */
        RIGID,
        /** 12 parameters: a full linear map about the fixed image's centre, and a translation. */
        AFFINE
    }

    public enum Metric {
        /** Mattes et al. (2003) mutual information: for different sequences or contrasts. */
        MATTES_MUTUAL_INFORMATION,
        /** Pearson correlation of intensities: for the same sequence. */
        NORMALIZED_CORRELATION
    }

    public enum Sampling { RANDOM, REGULAR }

    public TransformType transform = TransformType.RIGID;
    public Metric metric = Metric.MATTES_MUTUAL_INFORMATION;
    public int histogramBins = 50;
    public Sampling sampling = Sampling.RANDOM;
    /** Fraction of fixed voxels (inside the fixed mask, if any) used as metric samples at each level. */
    public double samplingFraction = 0.05;
    /** Bounds on the number of samples per level (a coarse level uses all its voxels up to the minimum). */
    public int minimumSamples = 20_000;
    public int maximumSamples = 100_000;
    public long seed = 20_260_101L;
    /** Shrink factors of the multi-resolution levels, coarse to fine. */
    public int[] shrinkFactors = {4, 2, 1};
    /** Gaussian smoothing per level, in voxels of the full-resolution fixed image, applied after shrinking. */
    public double[] smoothingSigmasVoxels = {2, 1, 0};
    /** Metric evaluations allowed per level for the optimiser (BOBYQA). */
    public int maximumEvaluationsPerLevel = 600;
    /** Initial trust-region radius of BOBYQA in scaled units (mm of displacement) relative to the level's voxel size. */
    public double initialStepVoxels = 1.0;
    /** Final trust-region radius relative to the level's voxel size. */
    public double finalStepVoxels = 0.001;
    /** Starting transform (fixed -> moving); null: a translation that aligns the two images' geometric centres. */
    public WorldTransform initialTransform;
    /** Optional mask of the fixed image restricting where samples are drawn. */
    public boolean[] fixedMask;

    public RegistrationSettings copy() {
        RegistrationSettings c = new RegistrationSettings();
        c.transform = transform;
        c.metric = metric;
        c.histogramBins = histogramBins;
        c.sampling = sampling;
        c.samplingFraction = samplingFraction;
        c.minimumSamples = minimumSamples;
        c.maximumSamples = maximumSamples;
        c.seed = seed;
        c.shrinkFactors = shrinkFactors.clone();
        c.smoothingSigmasVoxels = smoothingSigmasVoxels.clone();
        c.maximumEvaluationsPerLevel = maximumEvaluationsPerLevel;
        c.initialStepVoxels = initialStepVoxels;
        c.finalStepVoxels = finalStepVoxels;
        c.initialTransform = initialTransform;
        c.fixedMask = fixedMask;
        return c;
    }

    void validate() {
        if (shrinkFactors.length == 0 || shrinkFactors.length != smoothingSigmasVoxels.length)
            throw new IllegalArgumentException("shrink factors " + Arrays.toString(shrinkFactors) + " and smoothing sigmas " + Arrays.toString(smoothingSigmasVoxels) + " need the same, non-zero length");
        for (int f : shrinkFactors) if (f < 1) throw new IllegalArgumentException("shrink factors must be at least 1: " + Arrays.toString(shrinkFactors));
        if (histogramBins < 8) throw new IllegalArgumentException("mutual information needs at least 8 histogram bins, got " + histogramBins);
        if (!(samplingFraction > 0 && samplingFraction <= 1)) throw new IllegalArgumentException("sampling fraction must be in (0, 1], got " + samplingFraction);
        if (minimumSamples < 100 || maximumSamples < minimumSamples) throw new IllegalArgumentException("sample bounds must satisfy 100 ≤ minimum ≤ maximum");
        if (maximumEvaluationsPerLevel < 20) throw new IllegalArgumentException("at least 20 evaluations per level are needed");
    }
}
