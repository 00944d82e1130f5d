package org.gliomaradiomics.preprocess;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

/** Registers every sequence of a case to one reference sequence and resamples it onto the reference grid. */
public final class SequenceAligner {

    /** A sequence on the reference grid, the transform used (reference -> sequence) and the final metric value. */
    public record Aligned(Volume resampled, WorldTransform transform, double metricValue) {}

    private SequenceAligner() {}

    /**
     * @return one entry per sequence, in the input order; the reference maps to itself with the identity transform
     */
    public static Map<String, Aligned> alignAll(Map<String, Volume> sequences, String reference, RegistrationSettings settings,
                                                ImageWarper.Interpolation interpolation, DoubleConsumer progress) {
        Volume fixed = sequences.get(reference);
        if (fixed == null) throw new IllegalArgumentException("reference sequence '" + reference + "' is not among " + sequences.keySet());
        DoubleConsumer report = progress == null ? f -> {} : progress;
        Map<String, Aligned> out = new LinkedHashMap<>();
        int total = sequences.size() - 1, done = 0;
        for (Map.Entry<String, Volume> e : sequences.entrySet()) {
            if (e.getKey().equals(reference)) {
                out.put(e.getKey(), new Aligned(fixed, WorldTransform.identity(), Double.NaN));
                continue;
            }
            final int finished = done;
            ImageRegistration.Result r = ImageRegistration.register(fixed, e.getValue(), settings,
                f -> report.accept((finished + f) / Math.max(1, total)));
            Volume resampled = ImageRegistration.resampleMoving(e.getValue(), fixed.geometry(), r.transform(), interpolation);
            out.put(e.getKey(), new Aligned(resampled, r.transform(), r.metricValue()));
            done++;
        }
        report.accept(1);
        return out;
    }
}
