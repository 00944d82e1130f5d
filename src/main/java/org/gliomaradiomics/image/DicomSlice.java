package org.gliomaradiomics.image;

import java.nio.file.Path;

/**
 * The header fields of one DICOM image plane that place it in a series: a single-frame file, one frame of a
 * multi-frame file ({@code frame}, 0-based), or one tile of a Siemens mosaic ({@code mosaic} = tile index, tiles per
 * row; null otherwise). Arrays may be null when the tag is absent; {@code pixelSpacing} is DICOM's (row spacing,
 * column spacing), i.e. (y, x). {@code stack} tells apart the echoes (or stacks) of one series ("" when alone).
 */
record DicomSlice(Path file, int columns, int rows, double[] position, double[] orientation, double[] pixelSpacing,
                  double sliceThickness, String seriesUid, int instanceNumber, double rescaleSlope, double rescaleIntercept,
                  int frame, int[] mosaic, String seriesNumber, String seriesDescription, String stack) {

    /** A single-frame slice without rescaling (slope 1, intercept 0). */
    DicomSlice(Path file, int columns, int rows, double[] position, double[] orientation, double[] pixelSpacing,
               double sliceThickness, String seriesUid, int instanceNumber) {
        this(file, columns, rows, position, orientation, pixelSpacing, sliceThickness, seriesUid, instanceNumber, 1, 0, 0, null, "", "", "");
    }

    /** "3 'T2 FLAIR'" or the UID when the series has no number. */
    String seriesLabel() {
        String n = seriesNumber == null || seriesNumber.isEmpty() ? seriesUid : seriesNumber;
        return seriesDescription == null || seriesDescription.isEmpty() ? n : n + " '" + seriesDescription + "'";
    }
}
