/**
 * Binary masks on a voxel grid: connectivity (6, 18, 26), the one breadth-first flood fill, connected components
 * (labelling, size filters, largest component, hole filling), the exact Euclidean distance transform on
 * anisotropic voxels and the Manhattan distance to a mask's edge (GLDZM), binary morphology with balls in mm, and the exact 3D convex hull of a point set. Used by
 * {@code preprocess} (brain mask), {@code segment}, {@code features} (morphology, GLDZM) and {@code longitudinal}; it
 * imports only {@code image}.
 *
 * <p>Masks are {@code boolean[]} arrays on a {@link org.gliomaradiomics.image.Geometry} (x fastest, index
 * {@code x + nx*(y + ny*z)}). One border rule for all operations: outside the volume is neither foreground nor
 * background, so dilation does not come in from outside and erosion does not eat from the volume border (ITK's
 * and MorphoLibJ's rule; see {@link org.gliomaradiomics.mask.Morphology}); flood fills and components never
 * cross the border; hole filling treats background touching the border as outside.
 */
package org.gliomaradiomics.mask;
