package org.gliomaradiomics.commands;

import ij.IJ;
import ij.ImagePlus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.longitudinal.SeriesManifest;

/**
 * In ImageJ: each patient's follow-up scans as one hyperstack over time (channel 1 the contrast-enhanced T1, or
 * the first sequence; channel 2 the label map), so a person can scroll through the follow-ups, and the timeline
 * plots in windows. Scans are shown on their own grids, which must agree (the analysis registers them when asked).
 */
final class FollowUpViewer {
    private static final List<String> PREFERRED = List.of("t1ce", "t1c", "T1c", "t1gd", "t1");

    private FollowUpViewer() {}

    static void show(List<SeriesManifest.Scan> scans, Path outDir) throws Exception {
        for (Map.Entry<String, List<SeriesManifest.Scan>> e : SeriesManifest.byPatient(scans).entrySet()) {
            List<LabelOverlay.Frame> frames = new java.util.ArrayList<>();
            ImagePlus first = null;
            for (SeriesManifest.Scan s : e.getValue()) {
                MriCase c = CaseLoader.open(s.caseFolder());
                Volume image = PREFERRED.stream().map(n -> c.sequence(n)).filter(java.util.Optional::isPresent).map(java.util.Optional::get)
                    .findFirst().orElse(c.sequences().values().iterator().next());
                ImagePlus img = ImagePlusViews.toImagePlus(image, s.date().toString());
                if (first == null) {
                    first = img;
                } else if (img.getWidth() != first.getWidth() || img.getHeight() != first.getHeight() || img.getStackSize() != first.getStackSize()) {
                    throw new CommandException(s.caseFolder() + ": grid differs from the patient's first scan; run with --register to view the series");
                }
                ImagePlus labels = c.labels().isPresent() ? ImagePlusViews.toImagePlus(c.labels().get(), "labels") : null;
                frames.add(new LabelOverlay.Frame(s.date().toString(), img, s.date() + " labels", labels));
            }
            if (first == null) continue;
            // labels in red, BraTS labels 1..4
            ImagePlus hyper = LabelOverlay.hyperstack(e.getKey() + " follow-up", frames, first.getStackSize() / 2 + 1,
                ij.process.LUT.createLutFromColor(java.awt.Color.RED), 4, 1);
            hyper.show();
            Path plot = outDir.resolve(e.getKey() + "_timeline.png");
            if (Files.exists(plot)) {
                ImagePlus p = IJ.openImage(plot.toString());
                if (p != null) p.show();
            }
        }
    }
}
