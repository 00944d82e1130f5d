/**
 * Image processing before feature extraction, as the IBSI defines it: resampling onto an isotropic (or any) grid
 * centred on the original one, re-segmentation of the intensity mask (range and outlier filters) and intensity
 * discretisation (fixed bin number, fixed bin size). Pure functions on arrays and {@link
 * org.gliomaradiomics.image.Volume}s; no files, no ImageJ.
 */
package org.gliomaradiomics.preprocess;
