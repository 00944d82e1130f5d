package org.gliomaradiomics.longitudinal;

import java.util.List;

/**
 * Measurements of one scan: sub-region volumes (mm³), the enhancing lesions (26-connected components of ET) with
 * their bidimensional size, the SPD over the target lesions and how many lesions are measurable.
 */
public record ScanMeasurement(double etVolumeMm3, double necrosisVolumeMm3, double oedemaVolumeMm3, double tcVolumeMm3,
                              double wtVolumeMm3, List<Lesion> lesions, double spdMm2, int measurableCount) {

    /** One enhancing lesion: component label (by decreasing size), volume, diameters, measurable, new. */
    public record Lesion(int component, double volumeMm3, Bidimensional size, boolean measurable, boolean isNew) {}

    public ScanMeasurement {
        lesions = List.copyOf(lesions);
    }

    /** New lesions (only meaningful after new-lesion detection). */
    public long newLesionCount() {
        return lesions.stream().filter(Lesion::isNew).count();
    }

    public boolean newMeasurableLesion() {
        return lesions.stream().anyMatch(l -> l.isNew() && l.measurable());
    }

    /** A copy with lesions flagged new where {@code isNew[component]} is true. */
    public ScanMeasurement withNewLesions(boolean[] isNew) {
        List<Lesion> flagged = lesions.stream()
            .map(l -> new Lesion(l.component(), l.volumeMm3(), l.size(), l.measurable(), l.component() < isNew.length && isNew[l.component()])).toList();
        return new ScanMeasurement(etVolumeMm3, necrosisVolumeMm3, oedemaVolumeMm3, tcVolumeMm3, wtVolumeMm3, flagged, spdMm2, measurableCount);
    }
}
