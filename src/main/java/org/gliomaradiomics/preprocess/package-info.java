/**
 * Image processing before feature extraction, as the IBSI defines it: resampling onto an isotropic (or any) grid
 * centred on the original one, re-segmentation of the intensity mask (range and outlier filters) and intensity
 * discretisation (fixed bin number, fixed bin size); intensity normalisation (z-score, Nyúl, WhiteStripe), a rough
 * brain mask, N4-style bias-field correction and image registration (rigid and affine, Mattes mutual information or
 * normalised correlation). Functions on arrays and {@link org.gliomaradiomics.image.Volume}s.
 *
 * <p>Layer: core, above {@code image}, {@code table}, {@code numerics} and {@code mask}; used by {@code segment},
 * {@code features} and above; never ImageJ (Otsu's threshold is {@link
 * org.gliomaradiomics.preprocess.OtsuThreshold}, ImageJ's written out) and no files: Nyúl landmarks and transforms
 * give and take their text, which the command layer reads and writes.
 */
package org.gliomaradiomics.preprocess;
