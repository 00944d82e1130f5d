package org.gliomaradiomics.image;

import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Label maps as ImageJ ROIs, one per label and axial slice, so a person can correct a mask by hand in the ROI
 * Manager and turn it back into a label map. Each ROI is named {@code label-L-zZZZ}, carries its slice as
 * position (1-based) and its label as ROI group.
 */
public final class LabelRois {
    private static final Pattern NAME = Pattern.compile("label-(\\d+)-z(\\d+)");

    private LabelRois() {}

    public static List<Roi> toRois(Volume labels) {
        boolean groups = groupColoursAvailable();
        Geometry g = labels.geometry();
        List<Roi> rois = new ArrayList<>();
        int plane = g.nx * g.ny;
        for (int z = 0; z < g.nz; z++) {
            java.util.TreeSet<Integer> present = new java.util.TreeSet<>();
            for (int i = 0; i < plane; i++) if (labels.get(z * plane + i) != 0) present.add((int) Math.round(labels.get(z * plane + i)));
            for (int label : present) {
                ByteProcessor bp = new ByteProcessor(g.nx, g.ny);
                byte[] px = (byte[]) bp.getPixels();
                for (int i = 0; i < plane; i++) if (labels.get(z * plane + i) == label) px[i] = (byte) 255;
                bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
                Roi roi = ThresholdToSelection.run(new ij.ImagePlus("", bp));
                if (roi == null) continue;
                roi.setName(String.format("label-%d-z%03d", label, z + 1));
                roi.setPosition(z + 1);
                if (groups && label > 0 && label <= 255) roi.setGroup(label);
                rois.add(roi);
            }
        }
        return rois;
    }

    /** Paints ROIs into a label map on {@code grid}; the label comes from the name, else the group, else 1. */
    /**
     * Whether ImageJ can colour ROI groups: {@code Roi.setGroup} reads the Glasbey LUT from ImageJ's luts folder and
     * prints "LUT not found" for every ROI when it is absent (the command line, plain ImageJ without luts). Without it
     * the ROIs keep their label in the name only.
     */
    private static boolean groupColoursAvailable() {
        String luts = ij.IJ.getDir("luts");
        return luts != null && (new java.io.File(luts, "Glasbey.lut").isFile() || new java.io.File(luts, "glasbey.lut").isFile());
    }

    public static Volume toLabels(List<Roi> rois, Geometry grid) {
        double[] out = new double[(int) grid.voxelCount()];
        int plane = grid.nx * grid.ny;
        for (Roi roi : rois) {
            int label = 1, z = roi.getPosition();
            Matcher m = NAME.matcher(roi.getName() == null ? "" : roi.getName());
            if (m.find()) {
                label = Integer.parseInt(m.group(1));
                if (z == 0) z = Integer.parseInt(m.group(2));
            } else if (roi.getGroup() > 0) label = roi.getGroup();
            if (z < 1 || z > grid.nz) throw new IllegalArgumentException("ROI '" + roi.getName() + "' has no slice position within 1.." + grid.nz);
            ByteProcessor bp = new ByteProcessor(grid.nx, grid.ny);
            bp.setColor(255);
            bp.fill(roi);
            byte[] px = (byte[]) bp.getPixels();
            for (int i = 0; i < plane; i++) if (px[i] != 0) out[(z - 1) * plane + i] = label;
        }
        return new Volume(grid, out, DataType.UINT16);
    }

    /** Writes ROIs as an ImageJ RoiSet .zip (what the ROI Manager opens), atomically. */
    public static void writeZip(List<Roi> rois, Path file) throws IOException {
        AtomicFiles.write(file, os -> {
            ZipOutputStream zip = new ZipOutputStream(os);
            for (Roi roi : rois) {
                zip.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
                zip.write(RoiEncoder.saveAsByteArray(roi));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** Most bytes of ROI data a RoiSet may hold (an ImageJ ROI is a few hundred bytes to a few KB). */
    static final long MAX_ROI_BYTES = 256L << 20;

    public static List<Roi> readZip(Path file) throws IOException {
        List<Roi> rois = new ArrayList<>();
        long total = 0;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().endsWith(".roi")) continue;
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ROI_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_ROI_BYTES) throw new IOException(file + ": more than " + (MAX_ROI_BYTES >> 20) + " MB of ROI data (limit)");
                Roi roi;
                try {
                    roi = new RoiDecoder(bytes, e.getName()).getRoi();
                } catch (IOException | RuntimeException x) {
                    roi = null;
                }
                if (roi == null) throw new IOException(file + ": entry " + e.getName() + " is not an ImageJ ROI");
                if (roi.getName() == null) roi.setName(e.getName().replaceAll("\\.roi$", ""));
                rois.add(roi);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
            throw new IOException(file + ": not a readable ROI set zip (" + e.getMessage() + ")", e);
        }
        if (rois.isEmpty()) throw new IOException(file + ": no ROI in this file");
        return rois;
    }

}
