package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.LabelRois;
import org.gliomaradiomics.image.Volume;

/**
 * A mask or label map a command reads, on the grid of its image: a file (a DICOM SEG or RTSTRUCT too, with segments
 * or ROIs chosen by name as {@code struct.dcm::GTV,Edema}, or a study folder holding one) or an open label image (as
 * {@link ImageInput}), or, in ImageJ, {@value #ROI_MANAGER} (every ROI on its own slice: ROIs named
 * {@code label-L-zZZZ} keep label L, others are label 1), {@value #SELECTION} (the image's selection on its current
 * slice only) or {@value #SELECTION_ALL_SLICES} (that selection on every slice: a cylinder, only when asked for).
 */
public final class MaskInput {
    public static final String ROI_MANAGER = "<roi-manager>";
    public static final String SELECTION = "<selection>";
    public static final String SELECTION_ALL_SLICES = "<selection:all-slices>";

    private final String text;
    private final ImageInput labelImage;

    private MaskInput(String text) {
        this.text = text;
        this.labelImage = text.startsWith("<") ? null : ImageInput.parse(text);
    }

    /** Null for empty text (an optional input left out). */
    public static MaskInput parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return null;
        if (t.startsWith("<") && !List.of(ROI_MANAGER, SELECTION, SELECTION_ALL_SLICES).contains(t))
            throw new UsageException("'" + t + "' is not a mask: give a file, an open image, " + ROI_MANAGER + ", " + SELECTION + " or " + SELECTION_ALL_SLICES);
        return new MaskInput(t);
    }

    /** The file behind this mask, or null for ROIs and open images. */
    public java.nio.file.Path file() {
        return labelImage == null ? null : ImageIO.maskFile(text); // without the '::GTV' that chooses ROIs by name
    }

    /**
     * The label map on {@code grid}.
     *
     * @param image the open image the command reads (whose selection and ROI positions count), or null
     */
    public Volume read(CommandContext context, Geometry grid, ImagePlus image) throws IOException {
        return read(context, grid, image, false);
    }

    /**
     * The label map; with {@code ownGridAllowed} a mask file on another grid keeps its own (see {@link
     * ImageIO#readMask(String, Geometry, boolean)}), for an extractor that places it on the image's grid.
     */
    public Volume read(CommandContext context, Geometry grid, ImagePlus image, boolean ownGridAllowed) throws IOException {
        if (labelImage != null) {
            Volume v = context.commandLine() ? null : labelImage.readOpenImage();
            if (v == null) return ImageIO.readMask(text, grid, ownGridAllowed);
            if (v.nx() != grid.nx || v.ny() != grid.ny || v.nz() != grid.nz)
                throw new CommandException("mask '" + text + "' is " + v.geometry().sizeString() + ", the image " + grid.sizeString());
            String fractional = ImageIO.fractionalVoxel(v); // a window title need not be a valid path
            if (fractional != null) throw new IOException(text + ": " + fractional);
            return v.withGeometry(grid);
        }
        if (context.commandLine()) throw new UsageException("'" + text + "' needs ImageJ; on the command line give a mask file");
        ImagePlus imp = image != null ? image : WindowManager.getCurrentImage();
        if (text.equals(ROI_MANAGER)) return fromRoiManager(grid, imp);
        if (imp == null) throw new CommandException("no image is open for " + text);
        Roi roi = imp.getRoi();
        if (roi == null) throw new CommandException(imp.getTitle() + ": no selection (draw one, or give a mask)");
        List<Roi> rois = new ArrayList<>();
        if (text.equals(SELECTION_ALL_SLICES)) {
            for (int z = 1; z <= grid.nz; z++) rois.add(at(roi, z));
        } else {
            rois.add(at(roi, slice(roi, imp)));
        }
        return LabelRois.toLabels(rois, grid);
    }

    private static Volume fromRoiManager(Geometry grid, ImagePlus imp) {
        RoiManager rm = RoiManager.getInstance();
        if (rm == null || rm.getCount() == 0) throw new CommandException("the ROI Manager is empty");
        List<Roi> rois = new ArrayList<>();
        for (Roi r : rm.getRoisAsArray()) {
            int z = slice(r, null);
            if (z == 0 && imp != null && r.getPosition() > 0) z = imp.isHyperStack() ? imp.convertIndexToPosition(r.getPosition())[1] : r.getPosition();
            boolean named = r.getName() != null && r.getName().matches("label-\\d+-z\\d+");
            if (z == 0 && !named)
                throw new CommandException("ROI '" + r.getName() + "' has no slice position: add it with 'Associate with slices' on, "
                    + "or use " + SELECTION_ALL_SLICES + " to apply one selection to every slice");
            rois.add(z == 0 ? r : at(r, z));
        }
        return LabelRois.toLabels(rois, grid);
    }

    /** The slice a ROI lies on: its own z position, else (for a selection) the image's current slice. */
    private static int slice(Roi roi, ImagePlus imp) {
        if (roi.getZPosition() > 0) return roi.getZPosition();
        if (roi.hasHyperStackPosition()) return 0;
        if (roi.getPosition() > 0 && (imp == null || !imp.isHyperStack())) return roi.getPosition();
        if (imp == null) return 0;
        return imp.isHyperStack() ? imp.getZ() : imp.getCurrentSlice();
    }

    /** The ROI on slice z; its label stays what LabelRois reads from its name (label-L-…) or group, else 1. */
    private static Roi at(Roi roi, int z) {
        Roi copy = (Roi) roi.clone();
        copy.setPosition(z);
        return copy;
    }

    @Override
    public String toString() {
        return text;
    }
}
