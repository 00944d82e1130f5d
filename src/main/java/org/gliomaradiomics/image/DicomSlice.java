package org.gliomaradiomics.image;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The header fields of one DICOM image that place it in a series. Arrays may be null when the tag is absent;
 * {@code pixelSpacing} is DICOM's (row spacing, column spacing), i.e. (y, x).
 */
record DicomSlice(Path file, int columns, int rows, double[] position, double[] orientation, double[] pixelSpacing,
                  double sliceThickness, String seriesUid, int instanceNumber, double rescaleSlope, double rescaleIntercept,
                  boolean signedPixels) {

    /** A slice without rescaling (slope 1, intercept 0, unsigned pixels). */
    DicomSlice(Path file, int columns, int rows, double[] position, double[] orientation, double[] pixelSpacing,
               double sliceThickness, String seriesUid, int instanceNumber) {
        this(file, columns, rows, position, orientation, pixelSpacing, sliceThickness, seriesUid, instanceNumber, 1, 0, false);
    }

    /** Parses ImageJ's DICOM header text (lines "gggg,eeee  Name: value"). */
    static DicomSlice fromImageJInfo(Path file, String info) {
        return new DicomSlice(file, (int) number(info, "0028,0011", 0), (int) number(info, "0028,0010", 0),
            numbers(info, "0020,0032", 3), numbers(info, "0020,0037", 6), numbers(info, "0028,0030", 2),
            number(info, "0018,0050", Double.NaN), text(info, "0020,000E"), (int) number(info, "0020,0013", 0),
            slope(number(info, "0028,1053", 1)), number(info, "0028,1052", 0), number(info, "0028,0103", 0) == 1);
    }

    /** A missing or zero Rescale Slope means "no scaling". */
    private static double slope(double s) {
        return s == 0 ? 1 : s;
    }

    static String text(String info, String tag) {
        for (String line : info.split("\\R")) {
            if (line.length() > tag.length() && line.regionMatches(true, 0, tag, 0, tag.length())) {
                int colon = line.indexOf(": ", tag.length());
                return colon < 0 ? "" : line.substring(colon + 2).trim();
            }
        }
        return null;
    }

    static double number(String info, String tag, double missing) {
        double[] v = numbers(info, tag, 1);
        return v == null ? missing : v[0];
    }

    private static double[] numbers(String info, String tag, int n) {
        String t = text(info, tag);
        if (t == null) return null;
        String[] parts = t.split("\\\\");
        if (parts.length < n) return null;
        double[] out = new double[n];
        try {
            for (int i = 0; i < n; i++) out[i] = Double.parseDouble(parts[i].trim().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
        for (double x : out) if (!Double.isFinite(x)) return null;
        return out;
    }
}
