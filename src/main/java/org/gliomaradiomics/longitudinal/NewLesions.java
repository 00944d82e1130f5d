package org.gliomaradiomics.longitudinal;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Morphology;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.gliomaradiomics.segment.BratsRegions;

/**
 * New enhancing lesions: components of a follow-up's ET that do not touch the previous scan's ET dilated by a
 * margin, after mapping the previous label map onto the follow-up grid (nearest neighbour).
 */
public final class NewLesions {
    private NewLesions() {}

    /**
     * Flags per follow-up component label (index = component label as numbered by {@link ScanMeasurer}).
     *
     * @param currentToPrevious world transform from follow-up space to previous-scan space (identity when the scans
     *     are already in one space)
     */
    public static boolean[] detect(Volume current, Volume previous, WorldTransform currentToPrevious, double marginMm) {
        Geometry g = current.geometry();
        boolean sameSpace = currentToPrevious == null && previous.geometry().sameGrid(g, 1e-4);
        Volume prevOnCurrent = sameSpace ? previous
            : ImageWarper.warpLabels(previous, g, currentToPrevious == null ? WorldTransform.identity() : currentToPrevious);
        boolean[] prevEt = BratsRegions.region(prevOnCurrent, BratsRegions.Region.ENHANCING_TUMOUR,
            BratsRegions.detect(previous).orElse(BratsRegions.Convention.BRATS_2017_2021));
        boolean[] near = marginMm > 0 ? Morphology.dilate(prevEt, g, marginMm) : prevEt;
        boolean[] et = BratsRegions.region(current, BratsRegions.Region.ENHANCING_TUMOUR);
        ConnectedComponents.Labelling comps = ScanMeasurer.enhancingComponents(et, g);
        boolean[] touches = new boolean[comps.count() + 1];
        int[] labels = comps.labels();
        for (int i = 0; i < labels.length; i++) if (labels[i] > 0 && near[i]) touches[labels[i]] = true;
        boolean[] isNew = new boolean[comps.count() + 1];
        for (int c = 1; c <= comps.count(); c++) isNew[c] = !touches[c];
        return isNew;
    }
}
