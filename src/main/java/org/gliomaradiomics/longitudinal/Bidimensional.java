package org.gliomaradiomics.longitudinal;

/**
 * Bidimensional size of a lesion on one axial slice: the longest diameter (mm), the longest diameter
 * perpendicular to it (mm), the slice index and the endpoints of the longest diameter (in-plane mm).
 */
public record Bidimensional(double longestMm, double perpendicularMm, int slice, double[] from, double[] to) {
    public static final Bidimensional NONE = new Bidimensional(0, 0, -1, new double[2], new double[2]);

    public double product() {
        return longestMm * perpendicularMm;
    }

    /** Both diameters at least {@code minMm} (RANO: 10 mm). */
    public boolean measurable(double minMm) {
        return longestMm >= minMm && perpendicularMm >= minMm;
    }
}
