package org.gliomaradiomics.commands;

import ij.IJ;
import java.util.concurrent.CancellationException;

/** Progress in ImageJ's status and progress bars; Esc (ImageJ's cancel key) stops the work at the next report. */
public final class ImageJProgress implements Progress {
    private final String label;

    public ImageJProgress(String label) {
        this.label = label;
        IJ.resetEscape();
    }

    @Override
    public void report(String stage, double fraction) {
        if (IJ.escapePressed()) {
            IJ.resetEscape();
            throw new CancellationException("cancelled (Esc)");
        }
        IJ.showStatus(label + ": " + stage);
        IJ.showProgress(Math.max(0, Math.min(1, fraction)));
    }

    /** Clears the progress bar when a run ends, however it ends. */
    public static void done() {
        IJ.showProgress(1.0);
    }
}
