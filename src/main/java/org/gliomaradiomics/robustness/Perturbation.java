package org.gliomaradiomics.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * One perturbed copy of a case, applied in this order: rotation about the ROI centre (degrees, about the world z
 * axis, i.e. in the axial plane) with a translation of {@code translation} voxels along each grid axis and
 * resampling to {@code spacing} (one interpolation for the three), then Gaussian noise, then the region grown or
 * shrunk by {@code volumeChange} (relative: −0.2 removes 20% of its voxels), then contour randomisation.
 *
 * @param spacing new voxel spacing in mm (x, y, z), or null to keep the grid
 * @param noise whether Gaussian noise is added (its SD is a setting of the study)
 * @param seed this perturbation's seed; noise and contour draw from it and the case's index
 */
public record Perturbation(int index, double rotationDegrees, double translation, double[] spacing, boolean noise, double volumeChange,
                           boolean contour, long seed) {

    /** No geometric change: the case's grid as it is. */
    public boolean keepsGrid() {
        return rotationDegrees == 0 && translation == 0 && spacing == null;
    }

    /** Short description such as {@code rot=-15 shift=0.5 noise vol=+0.1}; {@code none} when nothing changes. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (rotationDegrees != 0) parts.add("rot=" + number(rotationDegrees));
        if (translation != 0) parts.add("shift=" + number(translation));
        if (spacing != null) parts.add("spacing=" + number(spacing[0]) + "x" + number(spacing[1]) + "x" + number(spacing[2]));
        if (noise) parts.add("noise");
        if (volumeChange != 0) parts.add("vol=" + (volumeChange > 0 ? "+" : "") + number(volumeChange));
        if (contour) parts.add("contour");
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
