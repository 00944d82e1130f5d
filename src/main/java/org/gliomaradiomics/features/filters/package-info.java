/**
 * IBSI 2 convolutional filters (mean, Laplacian of Gaussian, Laws, Gabor, separable wavelets, the non-separable
 * Simoncelli wavelet and the Riesz transform) that turn a
 * {@link org.gliomaradiomics.image.Volume} into a response map on the same grid. Every filter is an
 * {@link org.gliomaradiomics.features.filters.ImageFilter}; boundary handling lives only in
 * {@code numerics.BorderExtension}, of which {@link org.gliomaradiomics.features.filters.Padding} names the four
 * rules IBSI 2 allows; {@link org.gliomaradiomics.features.filters.FilterFactory}
 * builds a filter from named parameters (YAML, command options). Filters defined in the Fourier domain
 * ({@code FrequencyResponse}: Simoncelli, LoG, Riesz) go through one pad / FFT / multiply / crop routine,
 * {@code SpectralConvolution}.
 *
 * <p>Layer: part of {@code features} (same arrows).
 */
package org.gliomaradiomics.features.filters;
