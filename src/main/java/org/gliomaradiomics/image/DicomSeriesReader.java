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
            String info = new DICOM().getInfo(f.toString());
            if (info == null || info.isEmpty()) throw new ImageFormatException(f, "ImageJ cannot read this DICOM header");
            slices.add(DicomSlice.fromImageJInfo(f, info));
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
