package org.gliomaradiomics.longitudinal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.segment.BratsRegions;

/** Measures a BraTS label map: sub-region volumes, enhancing lesions (26-connected) and their SPD. */
public final class ScanMeasurer {
    private ScanMeasurer() {}

    public static ScanMeasurement measure(Volume labels, LongitudinalSettings settings) {
        Geometry g = labels.geometry();
        BratsRegions.Convention convention = BratsRegions.detect(labels).orElse(BratsRegions.Convention.BRATS_2017_2021);
        boolean[] et = BratsRegions.region(labels, BratsRegions.Region.ENHANCING_TUMOUR, convention);
        double et3 = Masks.volumeMm3(et, g);
        double nec = Masks.volumeMm3(labels.maskOf(BratsRegions.NECROSIS), g);
        double oed = Masks.volumeMm3(labels.maskOf(BratsRegions.OEDEMA), g);
        double tc = Masks.volumeMm3(BratsRegions.region(labels, BratsRegions.Region.TUMOUR_CORE, convention), g);
        double wt = Masks.volumeMm3(BratsRegions.region(labels, BratsRegions.Region.WHOLE_TUMOUR, convention), g);
        ConnectedComponents.Labelling components = enhancingComponents(et, g);
        Bidimensional[] sizes = LesionDiameters.measureAll(components.labels(), components.count(), g, settings.diameterOutline());
        List<ScanMeasurement.Lesion> lesions = new ArrayList<>();
        for (int c = 1; c <= components.count(); c++)
            lesions.add(new ScanMeasurement.Lesion(c, components.volumeMm3(c), sizes[c], sizes[c].measurable(settings.minMeasurableDiameterMm()), false));
        List<ScanMeasurement.Lesion> measurable = new ArrayList<>(lesions.stream().filter(ScanMeasurement.Lesion::measurable).toList());
        measurable.sort(Comparator.comparingDouble((ScanMeasurement.Lesion l) -> -l.size().product()).thenComparingInt(ScanMeasurement.Lesion::component));
        double spd = 0;
        for (int i = 0; i < Math.min(settings.maxTargetLesions(), measurable.size()); i++) spd += measurable.get(i).size().product();
        return new ScanMeasurement(et3, nec, oed, tc, wt, lesions, spd, measurable.size());
    }

    /** Enhancing lesions: 26-connected components of the ET mask, numbered by decreasing size. */
    static ConnectedComponents.Labelling enhancingComponents(boolean[] et, Geometry g) {
        return ConnectedComponents.label(et, g, Connectivity.TWENTY_SIX, ConnectedComponents.Order.SIZE);
    }
}
