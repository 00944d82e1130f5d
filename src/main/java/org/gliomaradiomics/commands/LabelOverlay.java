package org.gliomaradiomics.commands;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.HyperStackConverter;
import ij.process.FloatProcessor;
import ij.process.LUT;
import java.util.List;

/**
 * In ImageJ: images with their label maps as one composite hyperstack (channel 1 the image in grey, channel 2 the
 * labels in colour), a time point per frame. The follow-up viewer and the habitat overlay show cases this way.
 */
final class LabelOverlay {
    /** One time point: the image and its label map (null: none), each with the name its slice labels start with. */
    record Frame(String imageName, ImagePlus image, String labelsName, ImagePlus labels) {}

    private LabelOverlay() {}

    /**
     * @param slice the slice (1-based) shown first, on which the image's display range is measured
     * @param labelMax the label value shown at the top of {@code labelColours}
     * @param imageRangeScale the image's display maximum as a multiple of its own (above 1 dims it under the colours)
     */
    static ImagePlus hyperstack(String title, List<Frame> frames, int slice, LUT labelColours, double labelMax, double imageRangeScale) {
        ImagePlus first = frames.get(0).image();
        ImageStack stack = new ImageStack(first.getWidth(), first.getHeight());
        for (Frame f : frames)
            for (int z = 1; z <= first.getStackSize(); z++) {
                stack.addSlice(f.imageName() + " z" + z, f.image().getStack().getProcessor(z).convertToFloat());
                stack.addSlice(f.labelsName() + " z" + z, f.labels() == null ? new FloatProcessor(first.getWidth(), first.getHeight())
                    : f.labels().getStack().getProcessor(z).convertToFloat());
            }
        ImagePlus hyper = HyperStackConverter.toHyperStack(new ImagePlus(title, stack), 2, first.getStackSize(), frames.size(), "xyczt", "Composite");
        hyper.setCalibration(first.getCalibration());
        if (hyper instanceof CompositeImage ci) {
            ci.setPosition(1, slice, 1);
            ci.setChannelLut(LUT.createLutFromColor(java.awt.Color.WHITE), 1);
            ci.setChannelLut(labelColours, 2);
            ci.setC(2);
            ci.setDisplayRange(0, labelMax);
            ci.setC(1);
            ci.resetDisplayRange();
            if (imageRangeScale != 1) ci.setDisplayRange(ci.getDisplayRangeMin(), imageRangeScale * ci.getDisplayRangeMax());
        }
        return hyper;
    }
}
