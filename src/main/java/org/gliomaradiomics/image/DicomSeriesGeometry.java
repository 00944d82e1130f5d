package org.gliomaradiomics.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders the slices of a DICOM series and derives its grid: slices sorted by Image Position (Patient) projected
 * on the slice normal (row direction x column direction from Image Orientation (Patient)), in-plane spacing from
 * Pixel Spacing (rows first, so (y, x)), slice spacing from the position differences (which must be uniform),
 * origin at the first slice, directions (row, column, normal). DICOM world coordinates are LPS already.
 */
final class DicomSeriesGeometry {
    /** Relative tolerance on the gaps between consecutive slices. */
    static final double GAP_TOLERANCE = 0.01;

    record Arranged(List<DicomSlice> slices, Geometry geometry) {}

    private DicomSeriesGeometry() {}

    static Arranged arrange(Path folder, List<DicomSlice> input) throws ImageFormatException {
        if (input.isEmpty()) throw new ImageFormatException(folder, "no DICOM images found");
        Set<String> series = new LinkedHashSet<>();
        for (DicomSlice s : input) series.add(String.valueOf(s.seriesUid()));
        if (series.size() > 1) throw new ImageFormatException(folder, "holds " + series.size() + " DICOM series (" + String.join(", ", series) + "); put one series per folder");
        DicomSlice first = input.get(0);
        if (first.columns() <= 0 || first.rows() <= 0) throw new ImageFormatException(first.file(), "DICOM image without rows/columns");
        double[] orientation = first.orientation() != null ? first.orientation() : new double[] {1, 0, 0, 0, 1, 0};
        double[] row = unit(first.file(), Arrays.copyOfRange(orientation, 0, 3));
        double[] col = unit(first.file(), Arrays.copyOfRange(orientation, 3, 6));
        double[] normal = unit(first.file(), cross(row, col));
        for (DicomSlice s : input) {
            if (s.columns() != first.columns() || s.rows() != first.rows())
                throw new ImageFormatException(s.file(), "slice size " + s.columns() + "x" + s.rows() + " differs from " + first.file().getFileName() + " (" + first.columns() + "x" + first.rows() + ")");
            if (s.orientation() != null && first.orientation() != null)
                for (int i = 0; i < 6; i++)
                    if (Math.abs(s.orientation()[i] - orientation[i]) > 1e-4)
                        throw new ImageFormatException(s.file(), "Image Orientation (Patient) differs from " + first.file().getFileName());
        }
        boolean positioned = input.stream().allMatch(s -> s.position() != null);
        List<DicomSlice> sorted = new ArrayList<>(input);
        double sliceSpacing;
        if (positioned && input.size() > 1) {
            sorted.sort(Comparator.comparingDouble((DicomSlice s) -> dot(s.position(), normal)).thenComparing(s -> s.file().toString()));
            double[] d = sorted.stream().mapToDouble(s -> dot(s.position(), normal)).toArray();
            sliceSpacing = (d[d.length - 1] - d[0]) / (d.length - 1);
            for (int i = 1; i < d.length; i++)
                if (d[i] - d[i - 1] < 1e-4) throw new ImageFormatException(sorted.get(i).file(), "lies at the same position as " + sorted.get(i - 1).file().getFileName() + " (duplicate slice?)");
            refuseTilt(folder, sorted, normal, d[d.length - 1] - d[0]);
            for (int i = 1; i < d.length; i++) {
                double gap = d[i] - d[i - 1];
                if (Math.abs(gap - sliceSpacing) > Math.max(1e-3, GAP_TOLERANCE * sliceSpacing))
                    throw new ImageFormatException(folder, "slice spacing is not uniform (gap of " + gap + " mm before " + sorted.get(i).file().getFileName() + ", mean " + sliceSpacing + " mm; missing slice?)");
            }
        } else {
            sorted.sort(Comparator.comparingInt(DicomSlice::instanceNumber).thenComparing(s -> s.file().toString()));
            sliceSpacing = first.sliceThickness() > 0 ? first.sliceThickness() : 1;
        }
        double[] ps = first.pixelSpacing();
        if (ps == null) throw new ImageFormatException(first.file(), "no Pixel Spacing (0028,0030): the voxel size in mm is unknown");
        if (!(ps[0] > 0 && ps[1] > 0) || Double.isInfinite(ps[0]) || Double.isInfinite(ps[1]))
            throw new ImageFormatException(first.file(), "invalid Pixel Spacing (0028,0030) " + ps[0] + "\\" + ps[1] + " (must be positive mm)");
        double sx = ps[1], sy = ps[0];
        double[] origin = sorted.get(0).position() != null ? sorted.get(0).position() : new double[3];
        double[] direction = {row[0], col[0], normal[0], row[1], col[1], normal[1], row[2], col[2], normal[2]};
        Geometry g = new Geometry(first.columns(), first.rows(), sorted.size(), new double[] {sx, sy, sliceSpacing}, origin, direction);
        return new Arranged(sorted, g);
    }

    /**
     * A series whose slices move sideways as they advance along the normal (CT gantry tilt) does not fit a grid of
     * orthogonal axes. dcm2niix resamples it; this reader refuses it, naming the angle, rather than misplacing every
     * slice by up to the shear.
     */
    private static void refuseTilt(Path folder, List<DicomSlice> sorted, double[] normal, double along) throws ImageFormatException {
        double[] a = sorted.get(0).position(), b = sorted.get(sorted.size() - 1).position();
        double[] v = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double sideways = Math.sqrt(Math.max(0, dot(v, v) - along * along));
        if (sideways > Math.max(0.01, 1e-3 * Math.abs(along)))
            throw new ImageFormatException(folder, String.format(java.util.Locale.ROOT,
                "the slices are sheared by a gantry tilt of %.2f degrees (each slice is shifted in-plane along the series); tilted series are not"
                    + " resampled here: convert them with dcm2niix or reconstruct without tilt", Math.toDegrees(Math.atan2(sideways, Math.abs(along)))));
    }

    private static double[] unit(Path file, double[] v) throws ImageFormatException {
        double n = Math.sqrt(dot(v, v));
        if (!(n > 1e-6)) throw new ImageFormatException(file, "invalid Image Orientation (Patient)");
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
