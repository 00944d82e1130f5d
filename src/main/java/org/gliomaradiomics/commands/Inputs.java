package org.gliomaradiomics.commands;

import java.io.File;
import java.io.IOException;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;

/** Reading command inputs, with errors that name the file. */
final class Inputs {
    private Inputs() {}

    /** An image and its mask. */
    record ImageAndMask(Volume image, Volume mask, MaskInput maskInput) {
        /** The mask's file for error messages, or null. */
        File maskFile() {
            return maskInput.file() == null ? null : maskInput.file().toFile();
        }
    }

    static ImageAndMask imageAndMask(ImageInput image, MaskInput mask, CommandContext context) throws IOException {
        return imageAndMask(image, mask, context, false);
    }

    /** An image and its mask; with {@code ownGridAllowed} a mask file on another grid keeps its own. */
    static ImageAndMask imageAndMask(ImageInput image, MaskInput mask, CommandContext context, boolean ownGridAllowed) throws IOException {
        Volume img = image.read(context);
        return new ImageAndMask(img, mask.read(context, img.geometry(), image.openImage(), ownGridAllowed), mask);
    }

    /** A label map that must lie on {@code grid}. */
    static Volume labels(File f, Geometry grid) throws IOException {
        return ImageIO.readMask(f.toPath(), grid);
    }

    /** An optional binary mask (non-zero voxels) on {@code grid}; null when none is given. */
    static boolean[] optionalMask(MaskInput m, Geometry grid, CommandContext context) throws IOException {
        return m == null ? null : Masks.nonZero(m.read(context, grid, null));
    }

    /** Runs core code, turning its IllegalArgumentException into an error that names the input file. */
    static <T> T about(Object input, CoreCall<T> call) throws Exception {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            throw new CommandException((input == null ? "" : input + ": ") + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface CoreCall<T> {
        T run() throws Exception;
    }
}
