/**
 * IBSI 2 convolutional filters (mean, Laplacian of Gaussian, Laws, Gabor, separable wavelets, the non-separable
 * Simoncelli wavelet and the Riesz transform) that turn a
 * {@link org.gliomaradiomics.image.Volume} into a response map on the same grid. Every filter is an
 * {@link org.gliomaradiomics.filters.ImageFilter}; boundary handling lives only in
 * {@code numerics.BorderExtension}, of which {@link org.gliomaradiomics.filters.Padding} names the four
 * rules IBSI 2 allows; {@link org.gliomaradiomics.filters.FilterFactory}
 * builds a filter from named parameters (YAML, command options). Filters defined in the Fourier domain
 * ({@code FrequencyResponse}: Simoncelli, LoG, Riesz) go through one pad / FFT / multiply / crop routine,
 * {@code SpectralConvolution}.
 *
 * <p>Layer: above {@code numerics} (and {@code image}, {@code parallel}, {@code settings}), below {@code features},
 * which computes features of their response maps ({@code IbsiImageTypes}, voxel maps), and the {@code filter}
 * command; filters know nothing of ROIs or features.
 */
package org.gliomaradiomics.filters;
