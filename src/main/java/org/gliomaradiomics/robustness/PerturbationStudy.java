package org.gliomaradiomics.robustness;

import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.mask.Masks;

/**
 * The perturbation study of Zwanenburg et al. (2019): every target (a region of a case) perturbed in every way of
 * the plan, the same extraction on each copy, the values gathered for {@link RobustnessTable}.
 */
public final class PerturbationStudy {
    /**
     * One region of one case, cropped ({@link ImagePerturber#crop}) to what the perturbations need.
     *
     * @param noiseSd SD of the noise added by noise perturbations (the case's own estimate, or a given value)
     */
    public record Target(String name, ImagePerturber.Copy roi, double noiseSd) {}

    private PerturbationStudy() {}

    /** Margin (mm) kept around a region: the local-intensity sphere, plus a few voxels for interpolation and filters. */
    public static double margin(double localIntensityRadiusMm, double[] spacing) {
        double largest = Math.max(spacing[0], Math.max(spacing[1], spacing[2]));
        return localIntensityRadiusMm + 4 * largest;
    }

    /** Largest growth of the plan (0 when nothing grows), for {@link ImagePerturber#crop}; contours move by a few voxels, within the margin. */
    public static double growth(List<Perturbation> plan) {
        return plan.stream().mapToDouble(Perturbation::volumeChange).max().orElse(0);
    }

    public static FeatureValues run(List<Target> targets, List<Perturbation> plan, CaseExtraction.RegionExtractor extractor,
                                    ImageWarper.Interpolation interpolation, FeatureValues.Progress progress) throws Exception {
        List<String> names = new ArrayList<>(), conditions = new ArrayList<>();
        for (Target t : targets) names.add(t.name());
        for (Perturbation p : plan) conditions.add(p.index() + 1 + ": " + p.describe());
        return FeatureValues.compute(names, conditions, (t, c) -> {
            Target target = targets.get(t);
            ImagePerturber.Copy copy = ImagePerturber.apply(target.roi(), plan.get(c), t, target.noiseSd(), interpolation);
            if (Masks.count(copy.mask()) == 0) return null;
            return extractor.extract(copy.image(), Masks.toVolume(copy.mask(), copy.image().geometry()), 1);
        }, progress);
    }
}
