package org.gliomaradiomics.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The image planes of one DICOM file as {@link DicomSlice}s: a classic single-frame image; an enhanced
 * multi-frame image, each frame placed by its per-frame functional groups (falling back to the shared ones and
 * then to the top-level attributes) for position, orientation, pixel measures, rescale and echo time; a legacy
 * multi-frame image stacked along its normal (Grid Frame Offset Vector or Spacing Between Slices); a Siemens
 * MOSAIC cut into its tiles as dcm2niix does. Files that are not images (DICOMDIR, SEG, RTSTRUCT, SR...) give
 * none, with {@link #notAnImage} saying what they are.
 */
final class DicomFrames {
    static final int POSITION = 0x00200032, ORIENTATION = 0x00200037, SPACING = 0x00280030, THICKNESS = 0x00180050,
        INTERCEPT = 0x00281052, SLOPE = 0x00281053, SOP_CLASS = 0x00080016;
    static final String SEG_CLASS = "1.2.840.10008.5.1.4.1.1.66.4", RTSTRUCT_CLASS = "1.2.840.10008.5.1.4.1.1.481.3";

    private DicomFrames() {}

    /** What the file is when it is not an image ("a DICOMDIR", "a DICOM SEG"...), or null for an image. */
    static String notAnImage(DicomDataset d) {
        String media = d.string(0x00020002), sop = d.string(SOP_CLASS);
        if ("1.2.840.10008.1.3.10".equals(media) || "1.2.840.10008.1.3.10".equals(sop)) return "a DICOMDIR (an index of files, no image)";
        if (SEG_CLASS.equals(sop)) return "a DICOM Segmentation (SEG), a mask rather than an image";
        if (RTSTRUCT_CLASS.equals(sop)) return "an RT Structure Set (RTSTRUCT), contours rather than an image";
        if (!d.has(DicomDataset.PIXEL_DATA) && !d.has(0x7FE00008) && !d.has(0x7FE00009))
            return "a DICOM object without pixel data" + (sop == null ? "" : " (SOP class " + sop + ")");
        return null;
    }

    static List<DicomSlice> of(DicomDataset d) throws ImageFormatException {
        int frames = Math.max(1, (int) d.number(0x00280008, 1));
        if (isMosaic(d)) return DicomMosaic.tiles(d);
        if (frames == 1 && !d.has(0x52009230)) return List.of(slice(d, d, null, 0, d.numbers(POSITION, 3), echoKey(d, null)));
        List<DicomDataset> perFrame = d.items(0x52009230);
        DicomDataset shared = d.item(0x52009229);
        if (!perFrame.isEmpty() && perFrame.size() != frames)
            throw new ImageFormatException(d.file, perFrame.size() + " per-frame functional groups for " + frames + " frames");
        List<DicomSlice> out = new ArrayList<>();
        double[] gridOffsets = d.numbers(0x3004000C);
        double[] origin = d.numbers(POSITION, 3);
        for (int f = 0; f < frames; f++) {
            DicomDataset own = perFrame.isEmpty() ? null : perFrame.get(f);
            double[] position = group(own, shared, 0x00209113, POSITION, d);
            if (perFrame.isEmpty() && origin != null) position = legacyPosition(d, origin, gridOffsets, f);
            out.add(slice(d, own, shared, f, position == null ? null : java.util.Arrays.copyOf(position, 3), echoKey(d, groupItem(own, shared, 0x00189114))));
        }
        return out;
    }

    /** Frame k of a legacy multi-frame image: along the normal by the grid offset or the slice spacing. */
    private static double[] legacyPosition(DicomDataset d, double[] origin, double[] offsets, int k) {
        double[] o = d.numbers(ORIENTATION, 6);
        if (o == null) return null;
        double[] n = DicomSeriesGeometry.cross(new double[] {o[0], o[1], o[2]}, new double[] {o[3], o[4], o[5]});
        double step = offsets != null && offsets.length > k ? offsets[k] - offsets[0] : k * d.number(0x00180088, d.number(THICKNESS, 1));
        return new double[] {origin[0] + n[0] * step, origin[1] + n[1] * step, origin[2] + n[2] * step};
    }

    /** A value from the frame's own functional group, else the shared group, else the top-level data set. */
    private static double[] group(DicomDataset own, DicomDataset shared, int sequence, int tag, DicomDataset top) {
        for (DicomDataset g : new DicomDataset[] {own, shared}) {
            if (g == null) continue;
            DicomDataset item = g.item(sequence);
            if (item != null && item.numbers(tag) != null) return item.numbers(tag);
        }
        return top == null ? null : top.numbers(tag);
    }

    private static DicomDataset groupItem(DicomDataset own, DicomDataset shared, int sequence) {
        DicomDataset item = own == null ? null : own.item(sequence);
        return item != null ? item : shared == null ? null : shared.item(sequence);
    }

    private static DicomSlice slice(DicomDataset d, DicomDataset own, DicomDataset shared, int frame, double[] position, String stack) {
        double[] orientation = group(own, shared, 0x00209116, ORIENTATION, d);
        double[] spacing = group(own, shared, 0x00289110, SPACING, d);
        double[] thickness = group(own, shared, 0x00289110, THICKNESS, d);
        double[] slope = group(own, shared, 0x00289145, SLOPE, d), intercept = group(own, shared, 0x00289145, INTERCEPT, d);
        return new DicomSlice(d.file, (int) d.number(0x00280011, 0), (int) d.number(0x00280010, 0), position,
            orientation == null || orientation.length < 6 ? null : java.util.Arrays.copyOf(orientation, 6),
            spacing == null || spacing.length < 2 ? null : java.util.Arrays.copyOf(spacing, 2),
            thickness == null ? Double.NaN : thickness[0], String.valueOf(d.string(0x0020000E)), (int) d.number(0x00200013, 0),
            slope == null || slope[0] == 0 ? 1 : slope[0], intercept == null ? 0 : intercept[0], frame, null,
            nonNull(d.string(0x00200011)), nonNull(d.string(0x0008103E)), stack);
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** "echo 2 (TE 90 ms)" from Echo Numbers / Echo Time, or the enhanced MR echo item; "" without them. */
    static String echoKey(DicomDataset d, DicomDataset echoItem) {
        double te = echoItem != null ? echoItem.number(0x00189082, Double.NaN) : d.number(0x00180081, Double.NaN);
        String number = echoItem != null ? null : d.string(0x00180086);
        if ((number == null || number.isEmpty()) && Double.isNaN(te)) return "";
        String t = Double.isNaN(te) ? "" : String.format(Locale.ROOT, "TE %s ms", strip(te));
        if (number == null || number.isEmpty()) return "echo (" + t + ")";
        return "echo " + number + (t.isEmpty() ? "" : " (" + t + ")");
    }

    private static String strip(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isMosaic(DicomDataset d) {
        String type = d.string(0x00080008);
        return type != null && type.toUpperCase(Locale.ROOT).contains("MOSAIC");
    }
}
