/**
 * Feature robustness (Zwanenburg et al., Sci Rep 2019, "Assessing robustness of radiomic features by image
 * perturbation"): seeded perturbations of an image and its region (rotation, sub-voxel translation, resampling,
 * Gaussian noise, volume adaptation, contour randomisation), the same extraction on every perturbed copy, and per
 * feature the intraclass correlation over cases (ICC(1,1), ICC(2,1) with 95% CIs), the coefficient of variation and
 * the fraction of cases where the feature is defined. The same table from test-retest scans (two sessions per
 * patient). Reuses the resampling ({@code preprocess.ImageWarper}, {@code preprocess.Resampler}), the distance
 * transform of {@code segment} and the extractor of {@code features}; knows nothing of files or dialogs.
 */
package org.gliomaradiomics.robustness;
