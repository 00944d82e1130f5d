package org.gliomaradiomics.image;

import ij.ImagePlus;
import ij.Prefs;
import ij.plugin.DICOM;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a folder holding one DICOM series (files with the "DICM" preamble; others are ignored) through ImageJ's
 * DICOM decoder ({@link DICOM}). Order and grid come from {@link DicomSeriesGeometry}. Voxel values are the stored
 * values times Rescale Slope plus Rescale Intercept (from the header, whatever ImageJ's DICOM options say); the
 * type is INT16, UINT16 or INT32 when all values are integers that fit, else FLOAT32. Compressed transfer syntaxes
 * that ImageJ cannot decode are reported as errors. No DICOM writing.
 */
public final class DicomSeriesReader {
    private DicomSeriesReader() {}

    public static Volume read(Path folder) throws IOException {
        return Readers.guard(folder, () -> {
            if (!Files.isDirectory(folder)) throw new ImageFormatException(folder, "not a folder");
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator)
                    if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && hasPreamble(p)) files.add(p);
            }
            if (files.isEmpty()) throw new ImageFormatException(folder, "no DICOM files (with the DICM preamble) in the folder");
            return readFiles(folder, files);
        });
    }

    /** A single DICOM file as a one-slice (or one-series) volume. */
    public static Volume readFile(Path file) throws IOException {
        return Readers.guard(file, () -> {
            DataFiles.requireRegularFile(file);
            return readFiles(file, List.of(file));
        });
    }

    static boolean hasPreamble(Path p) throws IOException {
        byte[] b = DataFiles.readBytes(p, 128, 4);
        return b.length == 4 && b[0] == 'D' && b[1] == 'I' && b[2] == 'C' && b[3] == 'M';
    }

    private static Volume readFiles(Path where, List<Path> files) throws IOException {
        List<DicomSlice> slices = new ArrayList<>();
        for (Path f : files) {
            checkElements(f);
            String info = new DICOM().getInfo(f.toString());
            if (info == null || info.isEmpty()) throw new ImageFormatException(f, "ImageJ cannot read this DICOM header");
            slices.add(DicomSlice.fromImageJInfo(f, info));
            checkPixelData(f, info);
        }
        DicomSeriesGeometry.Arranged arranged = DicomSeriesGeometry.arrange(where, slices);
        Geometry g = arranged.geometry();
        int plane = g.nx * g.ny;
        int count = VoxelCodec.voxelCount(where, g.nx, g.ny, g.nz);
        double[] voxels = null;
        boolean integral = true;
        for (int z = 0; z < g.nz; z++) {
            DicomSlice s = arranged.slices().get(z);
            Object pixels = storedPixels(s.file(), g.nx, g.ny);
            // Allocated only once a slice of the announced size has really been decoded (no trust in header sizes).
            if (voxels == null) voxels = new double[count];
            integral &= decode(pixels, s, voxels, z * plane, plane);
        }
        DataType type = integral ? integerType(voxels) : DataType.FLOAT32;
        if (type == DataType.FLOAT32) for (int i = 0; i < voxels.length; i++) voxels[i] = (float) voxels[i];
        return new Volume(g, voxels, type);
    }

    /** Explicit-VR value representations with a 4-byte length. */
    private static final java.util.Set<String> LONG_VR = java.util.Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    /** Explicit-VR value representations with a 2-byte length (ImageJ's list, with its QQ and RT). */
    private static final java.util.Set<String> SHORT_VR = java.util.Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
        "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US", "QQ", "RT");

    /**
     * Walks the data elements of a DICOM file (after its preamble) before ImageJ reads them: an element whose length
     * runs past the end of the file is refused, since ImageJ would allocate that length first. Sequences and items of
     * undefined length are entered, not skipped, so every nested element is checked too.
     */
    static void checkElements(Path f) throws IOException {
        byte[] b = java.nio.file.Files.readAllBytes(f);
        if (b.length < 132 || b[128] != 'D' || b[129] != 'I' || b[130] != 'C' || b[131] != 'M') return; // not ours to judge
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        boolean explicit = true, metaDone = false;
        String syntax = "1.2.840.10008.1.2.1";
        int pos = 132;
        while (pos + 8 <= b.length) {
            int group = buf.getShort(pos) & 0xFFFF, element = buf.getShort(pos + 2) & 0xFFFF;
            if (!metaDone && group != 2) {
                metaDone = true;
                explicit = !syntax.equals("1.2.840.10008.1.2");
                if (syntax.equals("1.2.840.10008.1.2.2")) buf.order(java.nio.ByteOrder.BIG_ENDIAN);
                group = buf.getShort(pos) & 0xFFFF;
                element = buf.getShort(pos + 2) & 0xFFFF;
            }
            long length;
            int header;
            String vr = "";
            if (group == 0xFFFE) { // item or delimiter: enter it
                pos += 8;
                continue;
            } else if (explicit) {
                vr = new String(b, pos + 4, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (LONG_VR.contains(vr)) {
                    if (pos + 12 > b.length) break;
                    length = buf.getInt(pos + 8) & 0xFFFFFFFFL;
                    header = 12;
                } else if (SHORT_VR.contains(vr)) {
                    length = buf.getShort(pos + 6) & 0xFFFF;
                    header = 8;
                } else { // as ImageJ does: an unknown VR means an implicit element, its 4 bytes a length
                    length = buf.getInt(pos + 4) & 0xFFFFFFFFL;
                    header = 8;
                }
            } else {
                length = buf.getInt(pos + 4) & 0xFFFFFFFFL;
                header = 8;
            }
            if (length == 0xFFFFFFFFL || vr.equals("SQ")) { // undefined length or a sequence: its elements follow
                pos += header;
                continue;
            }
            if (length > b.length - pos - header)
                throw new ImageFormatException(f, String.format(java.util.Locale.ROOT, "DICOM element (%04X,%04X) declares %d bytes but the file has %d left (truncated or damaged file)",
                    group, element, length, b.length - pos - header));
            if (group == 2 && element == 0x10) syntax = new String(b, pos + header, (int) length, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
            pos += header + (int) length;
        }
    }

    /** Transfer syntaxes whose pixel data are stored as they are (implicit and explicit VR, little and big endian). */
    private static final java.util.Set<String> UNCOMPRESSED = java.util.Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2");

    /**
     * Refuses, before ImageJ decodes (and zero-fills) the pixels, a header whose Rows x Columns x frames x samples x
     * bits need more bytes than the file holds after the start of its Pixel Data: a truncated file or a forged size.
     */
    static void checkPixelData(Path f, String info) throws IOException {
        String syntax = DicomSlice.text(info, "0002,0010");
        if (syntax != null && !UNCOMPRESSED.contains(syntax.trim())) return; // encapsulated: ImageJ decodes or refuses
        String at = DicomSlice.text(info, "7FE0,0010");
        double rows = DicomSlice.number(info, "0028,0010", 0), columns = DicomSlice.number(info, "0028,0011", 0);
        double bits = DicomSlice.number(info, "0028,0100", 16), samples = DicomSlice.number(info, "0028,0002", 1);
        double frames = DicomSlice.number(info, "0028,0008", 1);
        if (!(rows >= 1 && columns >= 1)) throw new ImageFormatException(f, "invalid Rows x Columns " + rows + " x " + columns);
        if (at == null) throw new ImageFormatException(f, "no Pixel Data (7FE0,0010)");
        long offset;
        try {
            offset = Long.parseLong(at.trim());
        } catch (NumberFormatException e) {
            return; // ImageJ did not report where the pixels start
        }
        double needed = rows * columns * Math.max(1, frames) * Math.max(1, samples) * Math.max(1, Math.ceil(bits / 8));
        long available = java.nio.file.Files.size(f) - offset;
        if (needed > available)
            throw new ImageFormatException(f, "the header's " + (long) columns + " x " + (long) rows + (frames > 1 ? " x " + (long) frames : "")
                + " pixels need " + String.format(java.util.Locale.ROOT, "%.0f", needed) + " bytes but the file holds " + Math.max(0, available)
                + " after the start of its pixel data (truncated file or wrong header)");
    }

    /**
     * The pixel array of one slice as ImageJ decodes it. ImageJ's own rescale handling runs ImageJ commands
     * ("32-bit", "Multiply...") that need a display, and skips the slope in some cases, so it is disabled here
     * (fixed scaling on, float conversion off, for the duration of the call) and the rescale is applied from the
     * header instead.
     */
    private static Object storedPixels(Path f, int nx, int ny) throws ImageFormatException {
        ImagePlus imp;
        synchronized (DicomSeriesReader.class) {
            boolean fixed = Prefs.fixedDicomScaling, asFloat = Prefs.openDicomsAsFloat, ignore = Prefs.ignoreRescaleSlope;
            try {
                Prefs.fixedDicomScaling = true;
                Prefs.openDicomsAsFloat = false;
                Prefs.ignoreRescaleSlope = false;
                DICOM dicom = new DICOM();
                dicom.open(f.toString());
                imp = dicom;
            } finally {
                Prefs.fixedDicomScaling = fixed;
                Prefs.openDicomsAsFloat = asFloat;
                Prefs.ignoreRescaleSlope = ignore;
            }
        }
        if (imp.getWidth() != nx || imp.getHeight() != ny || imp.getStack() == null || imp.getStackSize() == 0)
            throw new ImageFormatException(f, "ImageJ cannot decode the pixel data (unsupported transfer syntax?)");
        if (imp.getStackSize() != 1) throw new ImageFormatException(f, "multi-frame DICOM images are not supported");
        if (imp.getBitDepth() == 24) throw new ImageFormatException(f, "colour DICOM images are not supported");
        return imp.getStack().getPixels(1);
    }

    /**
     * Stored value times Rescale Slope plus Intercept into {@code out}; ImageJ holds signed 16-bit pixels as
     * stored + 32768. Returns whether every result is an integer.
     */
    private static boolean decode(Object pixels, DicomSlice s, double[] out, int offset, int n) {
        double slope = s.rescaleSlope(), intercept = s.rescaleIntercept();
        boolean integral = true;
        for (int i = 0; i < n; i++) {
            double stored;
            if (pixels instanceof short[]) stored = (((short[]) pixels)[i] & 0xFFFF) - (s.signedPixels() ? 32768 : 0);
            else if (pixels instanceof byte[]) stored = ((byte[]) pixels)[i] & 0xFF;
            else stored = ((float[]) pixels)[i];
            double v = stored * slope + intercept;
            out[offset + i] = v;
            integral &= v == Math.rint(v);
        }
        return integral;
    }

    /** The narrowest of INT16/UINT16/INT32 that holds the values, FLOAT32 beyond. */
    private static DataType integerType(double[] v) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        for (DataType t : new DataType[] {DataType.INT16, DataType.UINT16, DataType.INT32})
            if (min >= t.min() && max <= t.max()) return t;
        return DataType.FLOAT32;
    }
}
