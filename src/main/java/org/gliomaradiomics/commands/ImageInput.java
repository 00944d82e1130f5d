package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.WindowManager;
import ij.ImageStack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.Volume;

/**
 * An image a command reads: a file (NIfTI, NRRD, TIFF, DICOM folder) or, in ImageJ, an open image named by its
 * window title. One channel of a hyperstack is {@code title::channel} (the sequence name that Open Case gives,
 * e.g. {@code t1ce}, or the channel number), one time point {@code title@3}, both {@code title::t1ce@3}. The
 * text is what macros and the command line pass and what the Macro Recorder writes; a script may pass an
 * ImagePlus itself. Voxel size and origin of an open image come from its calibration.
 */
public final class ImageInput {
    private static final Pattern PART = Pattern.compile("^(.*?)(?:::([^:@]+))?(?:@(\\d+))?$");

    private final String text;
    private final ImagePlus given;
    private ImagePlus resolved;

    private ImageInput(String text, ImagePlus given) {
        this.text = text;
        this.given = given;
    }

    /** Null for empty text (an optional input left out). */
    public static ImageInput parse(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? null : new ImageInput(t, null);
    }

    public static ImageInput of(ImagePlus imp) {
        return new ImageInput(imp.getTitle(), imp);
    }

    public static ImageInput of(File file) {
        return new ImageInput(file.getPath(), null);
    }

    /** In ImageJ, the image a person is working on; on the command line an error naming the option. */
    public static ImageInput current(CommandContext context, String option) {
        ImagePlus imp = context.commandLine() ? null : WindowManager.getCurrentImage();
        if (imp == null) throw new UsageException(context.commandLine() ? "--" + option + " is required" : "no " + option + " given and no image is open");
        return of(imp);
    }

    /** A short name for tables and titles: the file name without its extension, or the image title. */
    public String name() {
        String n = given != null ? given.getTitle() : Path.of(text).getFileName() == null ? text : Path.of(text).getFileName().toString();
        return n.replaceAll("(\\.nii\\.gz|\\.nii|\\.nrrd|\\.nhdr|\\.tiff?)$", "");
    }

    /** The file, when this input is (or may be) one; the text as a path. */
    public Path file() {
        return Path.of(text);
    }

    /** The open image this input resolved to (after {@link #read}), or null when it was a file. */
    public ImagePlus openImage() {
        return resolved;
    }

    /** Reads the volume: in ImageJ an open image of this title (or the given ImagePlus), else the file. */
    public Volume read(CommandContext context) throws IOException {
        return read(context, false);
    }

    /**
     * As {@link #read}, for a label map given without an image: a DICOM SEG or RTSTRUCT file, or a study folder
     * holding one, is placed on the grid of the series it refers to ({@code RS.dcm::GTV,Edema} chooses ROIs by name).
     */
    public Volume readLabels(CommandContext context) throws IOException {
        return read(context, true);
    }

    private Volume read(CommandContext context, boolean labels) throws IOException {
        if (!context.commandLine()) {
            Volume open = readOpenImage();
            if (open != null) return open;
        }
        if (labels) return ImageIO.readLabelMap(text);
        Path p = file();
        if (!Files.exists(p) && !context.commandLine())
            throw new CommandException("'" + text + "': no open image has this title, and there is no such file");
        return ImageIO.read(p);
    }

    /** In ImageJ, the open image (or channel, time point) this text names, or null when none is open by that title. */
    public Volume readOpenImage() {
        ImagePlus imp = given != null ? given : WindowManager.getImage(text);
        if (imp != null) {
            resolved = imp;
            return fromImageJ(imp, null, 0);
        }
        Matcher m = PART.matcher(text);
        if (m.matches() && (m.group(2) != null || m.group(3) != null)) {
            ImagePlus base = WindowManager.getImage(m.group(1));
            if (base != null) {
                resolved = base;
                return fromImageJ(base, m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            }
        }
        return null;
    }

    /** One channel and time point of an open image as a volume (the whole stack for a plain image). */
    static Volume fromImageJ(ImagePlus imp, String channel, int frame) {
        int nc = imp.getNChannels(), nt = imp.getNFrames();
        int c = channel == null ? (nc == 1 ? 1 : 0) : channelIndex(imp, channel);
        if (c == 0) throw new CommandException(imp.getTitle() + ": " + nc + " channels (" + String.join(", ", channelNames(imp))
            + "); name one, e.g. '" + imp.getTitle() + "::" + channelNames(imp).get(0) + "'");
        int t = frame == 0 ? (nt == 1 ? 1 : 0) : frame;
        if (t == 0) throw new CommandException(imp.getTitle() + ": " + nt + " time points; name one, e.g. '" + imp.getTitle() + "@1'");
        if (t < 1 || t > nt) throw new CommandException(imp.getTitle() + ": no time point " + t + " (1.." + nt + ")");
        return ImagePlusViews.fromImagePlus(nc == 1 && nt == 1 ? imp : planes(imp, c, t));
    }

    /**
     * One channel and time point as a plain stack sharing the hyperstack's pixel arrays (no copy; and unlike
     * ImageJ's Duplicator, never cropped to the selection).
     */
    private static ImagePlus planes(ImagePlus imp, int c, int t) {
        ImageStack src = imp.getStack(), one = new ImageStack(imp.getWidth(), imp.getHeight());
        for (int z = 1; z <= imp.getNSlices(); z++) {
            int i = imp.getStackIndex(c, z, t);
            one.addSlice(src.getSliceLabel(i), src.getPixels(i));
        }
        ImagePlus plain = new ImagePlus(imp.getTitle(), one);
        plain.setCalibration(imp.getCalibration());
        return plain;
    }

    /** Channel names: the first word of each channel's first slice label (Open Case labels slices "t1ce z1"), else its number. */
    public static List<String> channelNames(ImagePlus imp) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= imp.getNChannels(); c++) {
            String label = imp.getStack().getSliceLabel(imp.getStackIndex(c, 1, 1));
            String first = label == null ? "" : label.trim().split("\\s+")[0];
            names.add(first.isEmpty() || first.contains("::") ? Integer.toString(c) : first);
        }
        return names;
    }

    private static int channelIndex(ImagePlus imp, String channel) {
        List<String> names = channelNames(imp);
        for (int c = 0; c < names.size(); c++) if (names.get(c).equalsIgnoreCase(channel)) return c + 1;
        try {
            int c = Integer.parseInt(channel);
            if (c >= 1 && c <= names.size()) return c;
        } catch (NumberFormatException e) {
            // not a number: reported below
        }
        throw new CommandException(imp.getTitle() + ": no channel '" + channel + "' (channels: " + String.join(", ", names) + ")");
    }

    /** What a person can pick in a dialog: every open image, a hyperstack once per channel ({@code title::channel}). */
    public static List<String> openChoices() {
        List<String> choices = new ArrayList<>();
        int[] ids = WindowManager.getIDList();
        if (ids == null) return choices;
        for (int id : ids) {
            ImagePlus imp = WindowManager.getImage(id);
            if (imp == null) continue;
            if (imp.getNChannels() == 1 && imp.getNFrames() == 1) choices.add(imp.getTitle());
            else for (String c : imp.getNChannels() == 1 ? List.of("") : channelNames(imp)) {
                String channel = c.isEmpty() ? "" : "::" + c;
                if (imp.getNFrames() == 1) choices.add(imp.getTitle() + channel);
                else for (int t = 1; t <= imp.getNFrames(); t++) choices.add(imp.getTitle() + channel + "@" + t);
            }
        }
        return choices;
    }

    @Override
    public String toString() {
        return text;
    }
}
