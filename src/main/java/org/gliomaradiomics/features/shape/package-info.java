/**
 * Geometry kernels behind the morphology features of both conventions: the marching-cubes surface mesh of a binary
 * mask (IBSI's case table or one in Bourke's numbering, as PyRadiomics'), the convex hull of its vertices, the
 * farthest pair of mesh vertices (overall and per plane) searched on convex hulls, and exact distance-weighted pair sums
 * (Moran's I, Geary's C) by FFT (the transforms themselves are in {@code numerics}, the convex hull in
 * {@code mask}). Written by hand: no library on the classpath offers these FFT correlations.
 *
 * <p>Layer: part of {@code features} (same arrows).
 */
package org.gliomaradiomics.features.shape;
