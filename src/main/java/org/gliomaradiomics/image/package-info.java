/**
 * Image input and output: the {@link org.gliomaradiomics.image.Volume} model (voxels read as doubles but held in
 * the stored type, byte/short/int/float/double, x fastest, on a {@link org.gliomaradiomics.image.Geometry} in LPS
 * world coordinates), readers that decode straight into that storage and writers for NIfTI-1/2,
 * NRRD, TIFF (through ImageJ) and DICOM series (read only, through ImageJ), the {@link
 * org.gliomaradiomics.image.ImageIO} facade that picks a format and writes atomically, views of a volume as an
 * ImageJ {@code ImagePlus} (copied slice by slice in the stored type) or a zero-copy ImgLib2 {@code ArrayImg}
 * over the volume's own array (the only use of ImgLib2), and multi-sequence MRI cases
 * ({@link org.gliomaradiomics.image.MriCase}, {@link org.gliomaradiomics.image.CaseLoader}).
 *
 * <p>Every malformed input (truncated or lying files, unknown formats and types, absurd sizes, masks on another
 * grid) ends in an {@link org.gliomaradiomics.image.ImageFormatException} whose one-line message names the file
 * and the problem; sizes are checked against the data actually present before large arrays are allocated.
 *
 * <p>Layer: just above {@code parallel}; uses no other package of ours. With {@code table}, {@code report} and the
 * command layer it is where files are read and written; it is also one of the two places (with the command layer)
 * that may use ImageJ, for TIFF, DICOM and {@code ImagePlus} views.
 */
package org.gliomaradiomics.image;
