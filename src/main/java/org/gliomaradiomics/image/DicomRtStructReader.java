package org.gliomaradiomics.image;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RT Structure Set (RTSTRUCT) as a label map on the grid of its image: every closed planar contour is mapped to
 * voxel coordinates, must lie on one slice of the grid, and marks the voxels whose centre is inside the polygon
 * (the rule of plastimatch and Slicer's RT module; even-odd, so a contour inside another of the same ROI is a
 * hole). Each ROI's voxels get its ROI Number (3006,0022) as label, or, when ROIs are chosen by name, 1, 2... in
 * the order named ({@link DicomMasks#labels}); where ROIs overlap, the later one wins.
 */
final class DicomRtStructReader {
    private DicomRtStructReader() {}

    static boolean isRtStruct(DicomDataset d) {
        return DicomFrames.RTSTRUCT_CLASS.equals(d.string(DicomFrames.SOP_CLASS));
    }

    static Volume read(DicomDataset d, Geometry grid, List<String> chosen) throws ImageFormatException {
        Path file = d.file;
        Map<Integer, String> names = new LinkedHashMap<>();
        for (DicomDataset roi : d.items(0x30060020)) names.put((int) roi.number(0x30060022, 0), String.valueOf(roi.string(0x30060026)));
        Map<Integer, Integer> labelOf = DicomMasks.labels(file, "ROI", names, chosen);
        double[] labels = new double[(int) grid.voxelCount()];
        int plane = grid.nx * grid.ny, highest = 0;
        for (DicomDataset roi : d.items(0x30060039)) {
            int number = (int) roi.number(0x30060084, 0);
            if (number <= 0) throw new ImageFormatException(file, "ROI contour without a Referenced ROI Number (3006,0084)");
            Integer label = labelOf.get(number);
            if (label == null) {
                if (chosen.isEmpty()) label = number; // contours of an ROI missing from the Structure Set ROI Sequence
                else continue;
            }
            highest = Math.max(highest, label);
            Map<Integer, boolean[]> inside = new HashMap<>(); // slice -> even-odd parity of the ROI's contours
            for (DicomDataset contour : roi.items(0x30060040)) {
                double[] xyz = contour.numbers(0x30060050);
                if (xyz == null || xyz.length < 9 || xyz.length % 3 != 0) continue; // points and open lines mark no area
                int n = xyz.length / 3;
                double[] px = new double[n], py = new double[n];
                int k = -1;
                for (int i = 0; i < n; i++) {
                    double[] idx = grid.index(new double[] {xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]});
                    int kz = (int) Math.round(idx[2]);
                    if (Math.abs(idx[2] - kz) > 0.05 || kz < 0 || kz >= grid.nz || k >= 0 && kz != k)
                        throw new ImageFormatException(file, String.format(Locale.ROOT, "a contour of ROI %d '%s' does not lie on a slice of the image grid (point %.2f, %.2f, %.2f mm)",
                            number, names.getOrDefault(number, "?"), xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]));
                    k = kz;
                    px[i] = idx[0];
                    py[i] = idx[1];
                }
                boolean[] parity = inside.computeIfAbsent(k, z -> new boolean[plane]);
                fill(px, py, grid.nx, grid.ny, parity);
            }
            for (Map.Entry<Integer, boolean[]> e : inside.entrySet())
                for (int i = 0; i < plane; i++) if (e.getValue()[i]) labels[e.getKey() * plane + i] = label;
        }
        return new Volume(grid, labels, highest <= 255 ? DataType.UINT8 : DataType.UINT16);
    }

    /** Toggles every pixel whose centre (x, y) lies inside the polygon (crossing-number test along each row). */
    static void fill(double[] px, double[] py, int nx, int ny, boolean[] parity) {
        int n = px.length;
        double[] crossings = new double[n];
        for (int y = 0; y < ny; y++) {
            int c = 0;
            for (int i = 0, j = n - 1; i < n; j = i++)
                if ((py[i] > y) != (py[j] > y)) crossings[c++] = px[i] + (y - py[i]) * (px[j] - px[i]) / (py[j] - py[i]);
            java.util.Arrays.sort(crossings, 0, c);
            for (int p = 0; p + 1 < c; p += 2) {
                int from = Math.max(0, (int) Math.ceil(crossings[p])), to = Math.min(nx - 1, (int) Math.floor(crossings[p + 1]));
                if (from == crossings[p]) from++; // a centre on the boundary is outside, on both sides alike
                for (int x = from; x <= to; x++) if (x < crossings[p + 1]) parity[y * nx + x] ^= true;
            }
        }
    }
}
