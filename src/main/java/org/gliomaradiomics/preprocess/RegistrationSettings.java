package org.gliomaradiomics.preprocess;

import java.util.Arrays;

/**
 * Parameters of {@link ImageRegistration}, immutable; the defaults ({@link #defaults()}) suit brain MRI of 1–2 mm
 * voxels. Build them with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param samplingFraction fraction of fixed voxels (inside the fixed mask, if any) used as metric samples at each level
 * @param minimumSamples bounds on the number of samples per level (a coarse level uses all its voxels up to the minimum)
 * @param shrinkFactors shrink factors of the multi-resolution levels, coarse to fine
 * @param smoothingSigmasVoxels Gaussian smoothing per level, in voxels of the full-resolution fixed image, applied
 *     after shrinking
 * @param maximumEvaluationsPerLevel metric evaluations allowed per level for the optimiser (BOBYQA)
 * @param initialStepVoxels initial trust-region radius of BOBYQA in scaled units (mm of displacement) relative to
 *     the level's voxel size
 * @param finalStepVoxels final trust-region radius relative to the level's voxel size
 * @param initialTransform starting transform (fixed -> moving); null: a translation that aligns the two images'
 *     geometric centres
 * @param fixedMask optional mask of the fixed image restricting where samples are drawn (not copied: large)
 */
public record RegistrationSettings(TransformType transform, Metric metric, int histogramBins, Sampling sampling, double samplingFraction,
                                   int minimumSamples, int maximumSamples, long seed, int[] shrinkFactors, double[] smoothingSigmasVoxels,
                                   int maximumEvaluationsPerLevel, double initialStepVoxels, double finalStepVoxels,
                                   WorldTransform initialTransform, boolean[] fixedMask) {
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

    public RegistrationSettings {
        shrinkFactors = shrinkFactors.clone();
        smoothingSigmasVoxels = smoothingSigmasVoxels.clone();
    }

    @Override
    public int[] shrinkFactors() {
        return shrinkFactors.clone();
    }

    @Override
    public double[] smoothingSigmasVoxels() {
        return smoothingSigmasVoxels.clone();
    }

    public static RegistrationSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder().transform(transform).metric(metric).histogramBins(histogramBins).sampling(sampling)
            .samplingFraction(samplingFraction).minimumSamples(minimumSamples).maximumSamples(maximumSamples).seed(seed)
            .shrinkFactors(shrinkFactors).smoothingSigmasVoxels(smoothingSigmasVoxels).maximumEvaluationsPerLevel(maximumEvaluationsPerLevel)
            .initialStepVoxels(initialStepVoxels).finalStepVoxels(finalStepVoxels).initialTransform(initialTransform).fixedMask(fixedMask);
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

    /** Mutable holder of the settings being built, with the defaults; one setter per component. */
    public static final class Builder {
        private TransformType transform = TransformType.RIGID;
        private Metric metric = Metric.MATTES_MUTUAL_INFORMATION;
        private int histogramBins = 50;
        private Sampling sampling = Sampling.RANDOM;
        private double samplingFraction = 0.05;
        private int minimumSamples = 20_000;
        private int maximumSamples = 100_000;
        private long seed = 20_260_101L;
        private int[] shrinkFactors = {4, 2, 1};
        private double[] smoothingSigmasVoxels = {2, 1, 0};
        private int maximumEvaluationsPerLevel = 600;
        private double initialStepVoxels = 1.0;
        private double finalStepVoxels = 0.001;
        private WorldTransform initialTransform;
        private boolean[] fixedMask;

        private Builder() {}

        public RegistrationSettings build() {
            return new RegistrationSettings(transform, metric, histogramBins, sampling, samplingFraction, minimumSamples, maximumSamples, seed,
                shrinkFactors, smoothingSigmasVoxels, maximumEvaluationsPerLevel, initialStepVoxels, finalStepVoxels, initialTransform, fixedMask);
        }

        public Builder transform(TransformType v) { transform = v; return this; }
        public Builder metric(Metric v) { metric = v; return this; }
        public Builder histogramBins(int v) { histogramBins = v; return this; }
        public Builder sampling(Sampling v) { sampling = v; return this; }
        public Builder samplingFraction(double v) { samplingFraction = v; return this; }
        public Builder minimumSamples(int v) { minimumSamples = v; return this; }
        public Builder maximumSamples(int v) { maximumSamples = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder shrinkFactors(int[] v) { shrinkFactors = v; return this; }
        public Builder smoothingSigmasVoxels(double[] v) { smoothingSigmasVoxels = v; return this; }
        public Builder maximumEvaluationsPerLevel(int v) { maximumEvaluationsPerLevel = v; return this; }
        public Builder initialStepVoxels(double v) { initialStepVoxels = v; return this; }
        public Builder finalStepVoxels(double v) { finalStepVoxels = v; return this; }
        public Builder initialTransform(WorldTransform v) { initialTransform = v; return this; }
        public Builder fixedMask(boolean[] v) { fixedMask = v; return this; }
    }
}
