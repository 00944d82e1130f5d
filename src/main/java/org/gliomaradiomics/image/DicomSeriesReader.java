package org.gliomaradiomics.image;

import ij.plugin.DICOM;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a folder holding one DICOM series (files with the "DICM" preamble; others are ignored) through ImageJ's
 * DICOM decoder ({@link DICOM}). Order and grid come from {@link DicomSeriesGeometry}. Voxel values are ImageJ's
 * calibrated values, i.e. with Rescale Slope/Intercept applied (unless the ImageJ option "Ignore rescale slope"
 * is on). Compressed transfer syntaxes that ImageJ cannot decode are reported as errors. No DICOM writing.
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
        double[] voxels = new double[VoxelCodec.voxelCount(where, g.nx, g.ny, g.nz)];
        DataType type = null;
        for (int z = 0; z < g.nz; z++) {
            Path f = arranged.slices().get(z).file();
            DICOM dicom = new DICOM();
            dicom.open(f.toString());
            if (dicom.getWidth() != g.nx || dicom.getHeight() != g.ny || dicom.getStack() == null)
                throw new ImageFormatException(f, "ImageJ cannot decode the pixel data (unsupported transfer syntax?)");
            if (dicom.getStackSize() != 1) throw new ImageFormatException(f, "multi-frame DICOM images are not supported");
            if (dicom.getBitDepth() == 24) throw new ImageFormatException(f, "colour DICOM images are not supported");
            Volume slice = ImagePlusViews.fromImagePlus(dicom);
            System.arraycopy(slice.voxels(), 0, voxels, z * plane, plane);
            type = type == null || type == slice.type() ? slice.type() : DataType.FLOAT32;
        }
        return new Volume(g, voxels, type);
    }
}
