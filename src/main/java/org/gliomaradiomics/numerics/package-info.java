/**
 * Numerical kernels shared by {@code preprocess}, {@code segment} and {@code features}, below all of them (of the
 * project it imports only {@code parallel}): the one FFT ({@link org.gliomaradiomics.numerics.Fft}, mixed radix 2-3-5, with
 * {@link org.gliomaradiomics.numerics.LineDft} for any length by Bluestein, {@link
 * org.gliomaradiomics.numerics.Fft2d} and the half-spectrum real 3D transform {@link
 * org.gliomaradiomics.numerics.RealFft3d}), the one cubic B-spline prefilter with the project's, ITK's and SciPy's
 * roundings ({@link org.gliomaradiomics.numerics.CubicBSpline}) and the one sampler that evaluates it, trilinear
 * and nearest in the same variants ({@link org.gliomaradiomics.numerics.VoxelSampler}), the one separable
 * convolution ({@link org.gliomaradiomics.numerics.Convolution}) and line loop of the recursive filters
 * ({@link org.gliomaradiomics.numerics.Lines}), and the one border-extension rule set
 * ({@link org.gliomaradiomics.numerics.BorderExtension}: zero, nearest, periodic, two mirrors, with the copy of a
 * volume onto a padded grid and back), the eigenvalues of
 * small symmetric matrices ({@link org.gliomaradiomics.numerics.SmallSymmetricEigenvalues}: MCC, principal axes) and
 * the radix sort of doubles ({@link org.gliomaradiomics.numerics.DoubleRadixSort}: sorted ROI intensities).
 *
 * <p>Written by hand, each class says why. The FFT was measured against JTransforms 3.1 (single-threaded, one
 * 240^3 axis pass of 57,600 lines, the lines gathered as our transforms gather them): ours took 15 / 40 / 77 / 74 /
 * 106 ms CPU at lengths 60 / 125 / 240 / 256 / 300 against 121 / 74 / 133 / 105 / 175 ms, and 226 against 271 ms at
 * 155 (Bluestein), with the same error against a naive DFT; JTransforms would also add two jars Fiji's ImageJ2
 * runtime (the test fixture) does not hold, and sets its thread count globally. Re-measured on 2026-12-07 (issue
 * 20; 18,000 lines per length, medians of 7 warm runs, one active processor, load average 15-17, so +-10 %): ours
 * 18 / 20 / 30 / 31 ms CPU at 135 / 144 / 240 / 256 (Moran's I z lines, filter volumes) against JTransforms' 19 /
 * 18 / 32 / 26 ms, and 67 ms (our Bluestein, lines already interleaved) against 71-76 ms at 155; JTransforms gave
 * the same bits with its thread count set to 1 or 2 at these lengths and agrees with ours to 2e-14. No length
 * we use is decisively faster with it, so the project keeps its own transform. Neither is a faster padded length:
 * 144 (4 4 3 3) runs 13.4 ms against 13.9 ms for 135 (3 3 3 5) per 18,000 lines, not enough to pay for its 7 %
 * more points. Every routine here computes each output line by one task in a fixed order, so results do not
 * depend on the thread count.
 */
package org.gliomaradiomics.numerics;
