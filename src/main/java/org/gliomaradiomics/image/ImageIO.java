package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One entry point for image files. {@link #read} recognises the format by content (NIfTI-1/2, plain or gzip;
 * NRRD attached or detached; TIFF; a single DICOM file) and reads a folder as a DICOM series; {@link #write}
 * chooses the format by extension ({@code .nii}, {@code .nii.gz}, {@code .nrrd}, {@code .nhdr}, {@code .tif},
 * {@code .tiff}) and never leaves a half-written file: data go to a temporary file beside the target, renamed
 * at the end ({@code .dcm}: a label map as a DICOM SEG). {@link #readMask} reads a label map that must lie on a
 * given image grid; a DICOM SEG is placed on that grid frame by frame, an RTSTRUCT's contours rasterised on it
 * ({@link DicomMasks}: by name, or from a study folder).
 */
public final class ImageIO {
    /** Spacing/origin tolerance (mm) for a mask to count as on the image grid, unless float32 rounding is larger. */
    public static final double GRID_TOLERANCE_MM = 1e-4;
    /** Direction cosine tolerance (unitless). */
    public static final double DIRECTION_TOLERANCE = 1e-4;

    private ImageIO() {}

    /** The formats {@link #read} recognises. */
    public enum Format { NIFTI, NRRD, TIFF, DICOM }

    public static Volume read(Path path) throws IOException {
        if (Files.isDirectory(path)) return DicomSeriesReader.read(path);
        switch (detect(path)) {
            case NIFTI: return NiftiReader.read(path);
            case NRRD: return NrrdReader.read(path);
            case TIFF: return TiffIO.read(path);
            default: return DicomSeriesReader.readFile(path);
        }
    }

    /** The format of a file, from its first bytes (gzip content is looked into). */
    public static Format detect(Path file) throws IOException {
        return Readers.guard(file, () -> {
            DataFiles.requireRegularFile(file);
            byte[] head = DataFiles.readBytes(file, 0, 132);
            if (head.length == 0) throw new ImageFormatException(file, "file is empty");
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
                byte[] inner;
                try (InputStream in = DataFiles.open(file, 0, true)) {
                    inner = Readers.readUpTo(in, 4, file);
                }
                if (isNiftiStart(inner)) return Format.NIFTI;
                throw new ImageFormatException(file, "gzip file that does not hold a NIfTI image");
            }
            // DICOM before the others: a preamble may hold anything, a TIFF header (dual-personality files) or bytes that look like NIfTI's
            if (DicomDataset.hasPreamble(head)) return Format.DICOM;
            if (startsWith(head, "NRRD")) return Format.NRRD;
            if (isNiftiStart(head)) return Format.NIFTI;
            if (TiffIO.isTiff(head)) return Format.TIFF;
            throw new ImageFormatException(file, "unknown image format (expected NIfTI, NRRD, TIFF or DICOM)");
        });
    }

    private static boolean isNiftiStart(byte[] b) {
        if (b.length < 4) return false;
        for (ByteOrder o : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int size = ByteBuffer.wrap(b, 0, 4).order(o).getInt();
            if (size == NiftiHeader.SIZE_V1 || size == NiftiHeader.SIZE_V2) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
        return true;
    }

    /** Writes by extension; the target appears complete or not at all. */
    public static void write(Volume volume, Path file) throws IOException {
        String name = DataFiles.lowerName(file);
        if (name.endsWith(".nii") || name.endsWith(".nii.gz")) NiftiWriter.write(volume, file);
        else if (name.endsWith(".nrrd") || name.endsWith(".nhdr")) NrrdWriter.write(volume, file);
        else if (name.endsWith(".tif") || name.endsWith(".tiff")) TiffIO.write(volume, file);
        else if (name.endsWith(".dcm")) DicomSegWriter.write(volume, file);
        else throw new ImageFormatException(file, "unknown output format (use .nii, .nii.gz, .nrrd, .nhdr, .tif, .tiff, or .dcm for a label map as DICOM SEG)");
    }

    /**
     * Reads a mask (label map) that must lie on {@code imageGrid}; a grid that agrees within
     * {@link #GRID_TOLERANCE_MM} (or float32 rounding) is replaced by {@code imageGrid} exactly.
     *
     * @throws ImageFormatException "&lt;mask&gt;: grid differs from the image (size 5x4x4 vs ...)" otherwise
     */
    public static Volume readMask(Path maskFile, Geometry imageGrid) throws IOException {
        return readMask(maskFile.toString(), imageGrid);
    }

    /**
     * A mask as {@link #readMask(Path, Geometry)}, from text that may choose segments or ROIs of a DICOM SEG or
     * RTSTRUCT by name: {@code struct.dcm::GTV,Edema} (labels 1, 2 in that order). A folder holding one SEG or
     * RTSTRUCT file (a study folder) is read as that file.
     */
    public static Volume readMask(String spec, Geometry imageGrid) throws IOException {
        return readMask(spec, imageGrid, false);
    }

    /**
     * A mask as {@link #readMask(String, Geometry)}; with {@code ownGridAllowed}, a label-map file on another grid is
     * returned on its own grid (whole labels still checked), for an extractor that places it on the image's grid
     * itself (PyRadiomics' correctMask and geometryTolerance). DICOM SEG and RTSTRUCT always come on the image grid.
     */
    public static Volume readMask(String spec, Geometry imageGrid, boolean ownGridAllowed) throws IOException {
        Map.Entry<String, List<String>> parts = DicomMasks.split(spec);
        Path maskFile = Path.of(parts.getKey());
        Volume dicom = Readers.guard(maskFile, () -> DicomMasks.read(maskFile, parts.getValue(), imageGrid));
        if (dicom != null) return dicom;
        Volume mask = read(maskFile);
        if (ownGridAllowed && !sameGrid(imageGrid, mask.geometry())) {
            requireWholeLabels(maskFile, mask);
            return mask;
        }
        return onImageGrid(maskFile, mask, imageGrid);
    }

    /** A label-map file's volume checked against the image's grid (same grid, whole labels) and placed on it. */
    static Volume onImageGrid(Path maskFile, Volume mask, Geometry imageGrid) throws ImageFormatException {
        requireSameGrid(maskFile, mask.geometry(), imageGrid, "the image");
        requireWholeLabels(maskFile, mask);
        return mask.withGeometry(imageGrid);
    }

    /** The file part of a mask text ({@code struct.dcm::GTV,Edema} names {@code struct.dcm}), for messages. */
    public static Path maskFile(String spec) {
        return Path.of(DicomMasks.split(spec).getKey());
    }

    /**
     * A label map given alone (no image to lie on): a label-map file, or a DICOM SEG or RTSTRUCT (with names
     * after {@code ::} as {@link #readMask(String, Geometry)} takes them) placed on the grid of the series it refers to,
     * which must be beside it (a study folder, or the file's own folder).
     */
    public static Volume readLabelMap(String spec) throws IOException {
        Map.Entry<String, List<String>> parts = DicomMasks.split(spec);
        Path file = Path.of(parts.getKey());
        Volume dicom = Readers.guard(file, () -> DicomMasks.readOnOwnSeries(file, parts.getValue()));
        if (dicom != null) return dicom;
        if (!parts.getValue().isEmpty()) throw new ImageFormatException(file, "'" + DicomMasks.PARTS + String.join(",", parts.getValue())
            + "' chooses segments of a DICOM SEG or ROIs of an RTSTRUCT, and this is neither");
        return read(file);
    }

    /**
     * Refuses a mask with a fractional voxel (a probability or partial-volume map): counting only the voxels equal to
     * a label would silently drop the others, so the user thresholds it explicitly first.
     */
    public static void requireWholeLabels(Path maskFile, Volume mask) throws ImageFormatException {
        String problem = fractionalVoxel(mask);
        if (problem != null) throw new ImageFormatException(maskFile, problem);
    }

    /** Why {@code mask} is not a label map (its first fractional voxel), or null when every voxel is a whole number. */
    public static String fractionalVoxel(Volume mask) {
        if (mask.type().integer) return null;
        for (int i = 0, n = mask.size(); i < n; i++) {
            double v = mask.get(i);
            if (v == Math.rint(v)) continue;
            int x = i % mask.nx(), y = i / mask.nx() % mask.ny(), z = i / mask.nx() / mask.ny();
            return "a mask holds whole label numbers, but voxel (" + x + ", " + y + ", " + z + ") is " + v
                + " (a probability or partial-volume map?): make it a label map first, e.g. threshold --lower 0.5";
        }
        return null;
    }

    /** Throws "&lt;file&gt;: grid differs from &lt;what&gt; (difference)" unless the grids agree. */
    static void requireSameGrid(Path file, Geometry grid, Geometry reference, String what) throws ImageFormatException {
        if (!sameGrid(reference, grid)) throw new ImageFormatException(file, "grid differs from " + what + " (" + difference(reference, grid) + ")");
    }

    /**
     * Same size, and spacing and origin within {@link #GRID_TOLERANCE_MM} or four float32 ulps (whichever is larger,
     * so a grid stored in NIfTI-1's float32 matches its double original), directions within
     * {@link #DIRECTION_TOLERANCE}.
     */
    public static boolean sameGrid(Geometry a, Geometry b) {
        if (!a.sameSize(b)) return false;
        double[] sa = a.spacing(), sb = b.spacing(), oa = a.origin(), ob = b.origin(), da = a.direction(), db = b.direction();
        for (int i = 0; i < 3; i++) {
            if (!close(sa[i], sb[i], lengthTolerance(sa[i]))) return false;
            if (!close(oa[i], ob[i], lengthTolerance(oa[i]))) return false;
        }
        for (int i = 0; i < 9; i++) if (!close(da[i], db[i], DIRECTION_TOLERANCE)) return false;
        return true;
    }

    private static double lengthTolerance(double x) {
        return Math.max(GRID_TOLERANCE_MM, 4 * Math.ulp((float) x));
    }

    private static boolean close(double a, double b, double tol) {
        return Math.abs(a - b) <= tol;
    }

    /** Geometry.describeDifference, or the largest origin/spacing gap when that sees none at its own tolerance. */
    static String difference(Geometry reference, Geometry other) {
        String d = reference.describeDifference(other);
        if (!d.equals("none")) return d;
        double[] oa = reference.origin(), ob = other.origin(), sa = reference.spacing(), sb = other.spacing();
        double origin = 0, spacing = 0;
        for (int i = 0; i < 3; i++) {
            origin = Math.max(origin, Math.abs(oa[i] - ob[i]));
            spacing = Math.max(spacing, Math.abs(sa[i] - sb[i]));
        }
        return origin >= spacing ? "origin differs by " + origin + " mm" : "spacing differs by " + spacing + " mm";
    }
}
