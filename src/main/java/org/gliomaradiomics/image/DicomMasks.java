package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Masks from clinical systems as label maps on an image grid: a DICOM SEG or RTSTRUCT file, or a folder holding
 * exactly one (a study folder as PACS or TCIA deliver it). Segments or ROIs may be chosen by name,
 * {@code seg.dcm::GTV,Edema}: the first named becomes label 1, the next label 2...; without names each segment keeps
 * its Segment Number and each ROI its ROI Number. In a folder, an RTSTRUCT's own images (found by the SOP Instance
 * UIDs its contours reference, else by its Frame of Reference UID) must be the image's voxels, so contours drawn on
 * another series are refused with both named rather than rasterised where they happen to fall. Given alone (a
 * label map without an image), a SEG or RTSTRUCT is placed on the grid of that series.
 */
final class DicomMasks {
    /** Separates a mask file from the names of the segments or ROIs chosen in it. */
    static final String PARTS = "::";
    private static final byte[][] MASK_CLASSES = {DicomFrames.SEG_CLASS.getBytes(StandardCharsets.US_ASCII),
        DicomFrames.RTSTRUCT_CLASS.getBytes(StandardCharsets.US_ASCII)};

    private DicomMasks() {}

    /**
     * The label map of a SEG or RTSTRUCT file (or of the one in folder {@code path}), or of a plain DICOM image file
     * (decoded from the dataset parsed here, not parsed again); null when there is none.
     */
    static Volume read(Path path, List<String> names, Geometry grid) throws IOException {
        boolean folder = Files.isDirectory(path);
        Path file = folder ? find(path) : path;
        if (file == null || !Files.isRegularFile(file) || ImageIO.detect(file) != ImageIO.Format.DICOM) {
            if (!names.isEmpty()) throw new ImageFormatException(path, "'" + PARTS + String.join(",", names)
                + "' chooses segments of a DICOM SEG or ROIs of an RTSTRUCT, and this is neither");
            return null;
        }
        DicomDataset d = DicomSeriesReader.parse(file);
        if (DicomSegReader.isSeg(d)) return DicomSegReader.read(d, grid, names);
        if (DicomRtStructReader.isRtStruct(d)) {
            if (folder) requireReferencedImagesOnGrid(path, d, grid);
            return DicomRtStructReader.read(d, grid, names);
        }
        if (!names.isEmpty()) throw new ImageFormatException(file, "'" + PARTS + String.join(",", names)
            + "' chooses segments of a DICOM SEG or ROIs of an RTSTRUCT, and this file is " + String.valueOf(DicomFrames.notAnImage(d)).replace("null", "an image"));
        return folder ? null : ImageIO.onImageGrid(file, DicomSeriesReader.readFile(file, d), grid);
    }

    /**
     * The label of each segment or ROI number: its own number, or 1, 2... in the order {@code names} gives them
     * (matched without regard to case).
     *
     * @param available number to name, in file order
     */
    static Map<Integer, Integer> labels(Path file, String kind, Map<Integer, String> available, List<String> names) throws ImageFormatException {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            for (int n : available.keySet()) out.put(n, n);
            return out;
        }
        for (int i = 0; i < names.size(); i++) {
            String want = names.get(i).trim();
            List<Integer> hits = new ArrayList<>();
            for (Map.Entry<Integer, String> e : available.entrySet()) if (e.getValue().trim().equalsIgnoreCase(want)) hits.add(e.getKey());
            if (hits.isEmpty()) throw new ImageFormatException(file, "no " + kind + " named '" + want + "'; the file holds " + listing(available));
            if (hits.size() > 1) throw new ImageFormatException(file, hits.size() + " " + kind + "s are named '" + want + "' (numbers " + hits + ")");
            out.put(hits.get(0), i + 1);
        }
        return out;
    }

    private static String listing(Map<Integer, String> available) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Integer, String> e : available.entrySet()) b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(" '").append(e.getValue()).append('\'');
        return b.length() == 0 ? "none" : b.toString();
    }

    /** Splits "file::A,B" into the file and the names, when the file part exists and the whole does not. */
    static Map.Entry<String, List<String>> split(String text) {
        int at = text.lastIndexOf(PARTS);
        if (at <= 0 || Files.exists(Path.of(safe(text)))) return Map.entry(text, List.of());
        String file = text.substring(0, at);
        if (!Files.exists(Path.of(safe(file)))) return Map.entry(text, List.of());
        List<String> names = new ArrayList<>();
        for (String n : text.substring(at + PARTS.length()).split(",")) if (!n.isBlank()) names.add(n.trim());
        return Map.entry(file, names);
    }

    /** The text when it is a valid path here, else a placeholder that exists nowhere (Windows refuses ':' in names). */
    private static String safe(String text) {
        try {
            Path.of(text);
            return text;
        } catch (java.nio.file.InvalidPathException e) {
            return "\u0000invalid";
        }
    }

    /** The one SEG or RTSTRUCT file of a folder (and its subfolders, two levels down); null when there is none. */
    private static Path find(Path folder) throws IOException {
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder, 3)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator)
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && isMaskFile(p)) hits.add(p);
        }
        if (hits.size() > 1) {
            StringBuilder b = new StringBuilder();
            for (Path p : hits) b.append(b.length() == 0 ? "" : ", ").append(folder.relativize(p));
            throw new ImageFormatException(folder, "holds " + hits.size() + " DICOM SEG/RTSTRUCT files (" + b + "): give one of them as the mask");
        }
        return hits.isEmpty() ? null : hits.get(0);
    }

    /** A DICOM file whose meta header names the SEG or RTSTRUCT storage class (read from its first 1 kB only). */
    private static boolean isMaskFile(Path p) throws IOException {
        byte[] head = DataFiles.readBytes(p, 0, 1024);
        if (!DicomDataset.hasPreamble(head)) return false;
        for (byte[] uid : MASK_CLASSES)
            for (int i = 132; i + uid.length <= head.length; i++) {
                int k = 0;
                while (k < uid.length && head[i + k] == uid[k]) k++;
                // the UID is the whole value: followed by its NUL padding or the next element
                if (k == uid.length && (i + k == head.length || head[i + k] == 0 || head[i + k] == 2)) return true;
            }
        return false;
    }

    /**
     * A SEG or RTSTRUCT (a file, or the one in folder {@code path}) on the grid of the series it was drawn on, found
     * beside it (in the folder, or the file's own folder); null when {@code path} is no such file or folder.
     */
    static Volume readOnOwnSeries(Path path, List<String> names) throws IOException {
        boolean folder = Files.isDirectory(path);
        Path file = folder ? find(path) : path;
        if (file == null || !Files.isRegularFile(file) || !isMaskFile(file)) return null;
        DicomDataset d = DicomSeriesReader.parse(file);
        Path where = folder ? path : file.toAbsolutePath().getParent();
        List<DicomSlice> series = referencedSeries(where, d);
        String kind = DicomSegReader.isSeg(d) ? "a DICOM SEG" : "an RTSTRUCT";
        if (series.isEmpty())
            throw new ImageFormatException(file, kind + " has no voxel grid of its own and the images it refers to are not in " + where
                + ": give a folder holding both, or give it as the mask of its image");
        Geometry grid = DicomSeriesGeometry.arrange(where, series).geometry();
        return DicomSegReader.isSeg(d) ? DicomSegReader.read(d, grid, names) : DicomRtStructReader.read(d, grid, names);
    }

    /** The RTSTRUCT's images in the folder, when there, must have the image grid's voxel centres. */
    private static void requireReferencedImagesOnGrid(Path folder, DicomDataset rt, Geometry grid) throws IOException {
        List<DicomSlice> series = referencedSeries(folder, rt);
        if (series.isEmpty()) return;
        Geometry drawnOn = DicomSeriesGeometry.arrange(folder, series).geometry();
        if (!sameVoxelCentres(drawnOn, grid))
            throw new ImageFormatException(rt.file, String.format(Locale.ROOT, "the RTSTRUCT was drawn on series %s (%s, UID %s), whose voxels are not the image's (%s vs %s):"
                + " give that series as the image", series.get(0).seriesLabel(), drawnOn.sizeString(), series.get(0).seriesUid(), drawnOn.sizeString(), grid.sizeString()));
    }

    /**
     * The planes of the series a SEG or RTSTRUCT refers to, from the images under {@code folder}: those whose SOP
     * Instance UID it references (an RTSTRUCT's contour images; a SEG's referenced series or source images), else
     * those of its Frame of Reference; one series (the first found), one stack of it. Empty when none is there.
     */
    private static List<DicomSlice> referencedSeries(Path folder, DicomDataset mask) throws IOException {
        Set<String> instances = new HashSet<>(), frames = new HashSet<>();
        for (DicomDataset roi : mask.items(0x30060039))
            for (DicomDataset contour : roi.items(0x30060040)) addUids(instances, contour.items(0x30060016), 0x00081155);
        for (DicomDataset series : mask.items(0x00081115)) addUids(instances, series.items(0x0008114A), 0x00081155);
        for (DicomDataset frame : mask.items(0x52009230))
            for (DicomDataset derivation : frame.items(0x00089124)) addUids(instances, derivation.items(0x00082112), 0x00081155);
        addUids(frames, mask.items(0x30060010), 0x00200052);
        if (mask.string(0x00200052) != null) frames.add(mask.string(0x00200052).trim());
        List<DicomSlice> byInstance = new ArrayList<>(), byFrame = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder, 3)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                if (!Files.isRegularFile(p) || p.getFileName().toString().startsWith(".") || !DicomSeriesReader.hasPreamble(p) || isMaskFile(p)) continue;
                DicomDataset d = DicomSeriesReader.parse(p);
                if (DicomFrames.notAnImage(d) != null) continue;
                String sop = d.string(0x00080018), frame = d.string(0x00200052);
                if (sop != null && instances.contains(sop.trim())) byInstance.addAll(DicomFrames.of(d));
                else if (frame != null && frames.contains(frame.trim())) byFrame.addAll(DicomFrames.of(d));
            }
        }
        List<DicomSlice> own = !byInstance.isEmpty() ? byInstance : byFrame;
        if (own.isEmpty()) return own;
        String seriesUid = own.get(0).seriesUid();
        List<DicomSlice> series = new ArrayList<>();
        for (DicomSlice s : own) if (s.seriesUid().equals(seriesUid)) series.add(s);
        return DicomSeriesChoice.stacks(series).values().iterator().next(); // echoes share one grid: any stack gives it
    }

    private static void addUids(Set<String> into, List<DicomDataset> items, int tag) {
        for (DicomDataset item : items) if (item.string(tag) != null) into.add(item.string(tag).trim());
    }

    /** Same number of voxels and every corner voxel centre of {@code a} a voxel centre of {@code b} (axis order and flips aside). */
    static boolean sameVoxelCentres(Geometry a, Geometry b) {
        if (a.voxelCount() != b.voxelCount()) return false;
        double tolerance = 0.01;
        for (int corner = 0; corner < 8; corner++) {
            double[] w = a.world((corner & 1) * (a.nx - 1), (corner >> 1 & 1) * (a.ny - 1), (corner >> 2 & 1) * (a.nz - 1));
            double[] idx = b.index(w);
            int[] size = {b.nx, b.ny, b.nz};
            for (int i = 0; i < 3; i++) {
                long r = Math.round(idx[i]);
                if (Math.abs(idx[i] - r) > tolerance || r < 0 || r >= size[i]) return false;
            }
        }
        return true;
    }
}
