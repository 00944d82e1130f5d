package org.gliomaradiomics.commands;

import java.io.File;
import java.io.IOException;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.Masks;

/** Reading command inputs, with errors that name the file. */
final class Inputs {
    private Inputs() {}

    static Volume image(File f, String option) throws IOException {
        if (f == null) throw new CommandException("--" + option + " is required");
        return ImageIO.read(f.toPath());
    }

    /** A label map that must lie on {@code grid}. */
    static Volume labels(File f, Geometry grid) throws IOException {
        return ImageIO.readMask(f.toPath(), grid);
    }

    /** An optional binary mask (non-zero voxels) on {@code grid}; null when no file is given. */
    static boolean[] optionalMask(File f, Geometry grid) throws IOException {
        return f == null ? null : Masks.nonZero(ImageIO.readMask(f.toPath(), grid));
    }

    /** Runs core code, turning its IllegalArgumentException into an error that names the input file. */
    static <T> T about(File f, CoreCall<T> call) throws Exception {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            throw new CommandException((f == null ? "" : f + ": ") + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface CoreCall<T> {
        T run() throws Exception;
    }
}
