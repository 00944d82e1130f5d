package org.gliomaradiomics.image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A DICOM Segmentation (SEG) as a label map on the grid of its image: each frame is placed by its Plane Position
 * (per-frame functional groups) and must fall on a slice of that grid with the same in-plane orientation and size;
 * the voxels of segment N become label N, or, when segments are chosen by name (Segment Label), 1, 2... in the
 * order named ({@link DicomMasks#labels}); a later frame wins where segments overlap. BINARY frames are 0/1;
 * FRACTIONAL frames count where value / Maximum Fractional Value >= 0.5.
 */
final class DicomSegReader {
    private DicomSegReader() {}

    static boolean isSeg(DicomDataset d) {
        return DicomFrames.SEG_CLASS.equals(d.string(DicomFrames.SOP_CLASS));
    }

    static Volume read(DicomDataset d, Geometry grid, List<String> chosen) throws ImageFormatException {
        Path file = d.file;
        Map<Integer, String> names = new LinkedHashMap<>();
        for (DicomDataset s : d.items(0x00620002)) names.put((int) s.number(0x00620004, 0), String.valueOf(s.string(0x00620005)));
        Map<Integer, Integer> labelOf = DicomMasks.labels(file, "segment", names, chosen);
        DicomPixels pixels = DicomPixels.of(d);
        if (pixels.columns != grid.nx || pixels.rows != grid.ny)
            throw new ImageFormatException(file, "SEG frames of " + pixels.columns + " x " + pixels.rows + " do not match the image's " + grid.nx + " x " + grid.ny);
        String type = String.valueOf(d.string(0x00620001));
        double max = type.equals("FRACTIONAL") ? d.number(0x0062000E, 255) : 1;
        List<DicomDataset> perFrame = d.items(0x52009230);
        DicomDataset shared = d.item(0x52009229);
        if (perFrame.size() != pixels.frames)
            throw new ImageFormatException(file, "SEG with " + perFrame.size() + " per-frame functional groups for " + pixels.frames + " frames");
        double[] labels = new double[(int) grid.voxelCount()];
        int plane = grid.nx * grid.ny, highest = 0;
        for (int f = 0; f < pixels.frames; f++) {
            DicomDataset own = perFrame.get(f);
            checkOrientation(file, orientation(own, shared), grid);
            DicomDataset position = own.item(0x00209113);
            double[] p = position == null ? null : position.numbers(DicomFrames.POSITION, 3);
            if (p == null) throw new ImageFormatException(file, "SEG frame " + (f + 1) + " has no Plane Position (0020,9113)");
            double[] idx = grid.index(p);
            int k = (int) Math.round(idx[2]);
            if (Math.abs(idx[0]) > 0.01 || Math.abs(idx[1]) > 0.01 || Math.abs(idx[2] - k) > 0.01 || k < 0 || k >= grid.nz)
                throw new ImageFormatException(file, String.format(Locale.ROOT, "SEG frame %d at (%.2f, %.2f, %.2f) mm is not a slice of the image grid", f + 1, p[0], p[1], p[2]));
            DicomDataset id = own.item(0x0062000A);
            int segment = id == null ? 1 : (int) id.number(0x0062000B, 1);
            Integer label = labelOf.get(segment);
            if (label == null) {
                if (chosen.isEmpty()) label = segment; // a frame of a segment missing from the Segment Sequence
                else continue;
            }
            highest = Math.max(highest, label);
            int[] v = pixels.frame(f);
            for (int i = 0; i < plane; i++) if (v[i] > 0 && v[i] / max >= 0.5) labels[k * plane + i] = label;
        }
        return new Volume(grid, labels, highest <= 255 ? DataType.UINT8 : DataType.UINT16);
    }

    private static double[] orientation(DicomDataset own, DicomDataset shared) {
        for (DicomDataset g : new DicomDataset[] {own, shared}) {
            DicomDataset item = g == null ? null : g.item(0x00209116);
            if (item != null && item.numbers(DicomFrames.ORIENTATION, 6) != null) return item.numbers(DicomFrames.ORIENTATION, 6);
        }
        return null;
    }

    private static void checkOrientation(Path file, double[] o, Geometry grid) throws ImageFormatException {
        if (o == null) return;
        double[] d = grid.direction();
        double[] gridRowCol = {d[0], d[3], d[6], d[1], d[4], d[7]};
        for (int i = 0; i < 6; i++)
            if (Math.abs(o[i] - gridRowCol[i]) > ImageIO.DIRECTION_TOLERANCE)
                throw new ImageFormatException(file, "SEG frames are oriented differently from the image (Image Orientation " + java.util.Arrays.toString(o) + ")");
    }
}
