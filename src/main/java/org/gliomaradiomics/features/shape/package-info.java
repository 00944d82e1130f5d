/**
 * Geometry kernels behind the morphology features: the marching-cubes surface mesh of a binary mask, an exact
 * 3D convex hull, the farthest pair of mesh vertices (overall and per plane) searched on convex hulls, and exact
 * distance-weighted pair sums (Moran's I, Geary's C) by FFT. Written by hand: no library on the classpath offers
 * 3D hulls (commons-math3's is 2D) or these FFT correlations.
 */
package org.gliomaradiomics.features.shape;
