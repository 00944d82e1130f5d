package org.gliomaradiomics.longitudinal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.table.Table;

/**
 * Delta-radiomics: for each scan and feature, the change from a reference scan and from the previous scan,
 * absolute (value − reference) and relative ((value − reference) / |reference|, NaN when the reference is 0 or a
 * value is missing). Features are keyed by sub-region, sequence and feature name.
 */
public final class DeltaRadiomics {
    private DeltaRadiomics() {}

    /** A feature of one sub-region (e.g. ET) on one sequence (e.g. t1ce). */
    public record Key(String region, String sequence, String feature) {}

    /** One output row. */
    public record Delta(String scan, Key key, double value, double deltaReference, double relativeReference, double deltaPrevious,
                        double relativePrevious) {}

    public static final List<String> COLUMNS = List.of("scan", "region", "sequence", "feature", "value", "delta_reference",
        "relative_delta_reference", "delta_previous", "relative_delta_previous");

    /**
     * @param scans scan names (e.g. dates), in time order
     * @param features per scan, region → sequence → feature → value
     * @param reference index of the reference scan (e.g. the RANO baseline)
     */
    public static List<Delta> compute(List<String> scans, List<Map<String, Map<String, Map<String, Double>>>> features, int reference) {
        List<Map<Key, Double>> flat = new ArrayList<>();
        for (Map<String, Map<String, Map<String, Double>>> scan : features) {
            Map<Key, Double> m = new LinkedHashMap<>();
            scan.forEach((region, bySequence) -> bySequence.forEach((sequence, byFeature) ->
                byFeature.forEach((feature, value) -> m.put(new Key(region, sequence, feature), value))));
            flat.add(m);
        }
        return computeFlat(scans, flat, reference);
    }

    /** As {@link #compute} with the keys already built. */
    public static List<Delta> computeFlat(List<String> scans, List<Map<Key, Double>> features, int reference) {
        if (scans.size() != features.size()) throw new IllegalArgumentException(scans.size() + " scan names for " + features.size() + " feature tables");
        if (reference < 0 || reference >= scans.size()) throw new IllegalArgumentException("reference scan " + reference + " is not among the " + scans.size() + " scans");
        Set<Key> keys = new LinkedHashSet<>();
        for (Map<Key, Double> m : features) keys.addAll(m.keySet());
        List<Delta> out = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++)
            for (Key k : keys) {
                double v = value(features.get(i), k), r = value(features.get(reference), k);
                double p = i == 0 ? Double.NaN : value(features.get(i - 1), k);
                out.add(new Delta(scans.get(i), k, v, v - r, relative(v, r), v - p, relative(v, p)));
            }
        return out;
    }

    public static Table toTable(List<Delta> deltas) {
        Table t = new Table(COLUMNS);
        for (Delta d : deltas)
            t.addRow(d.scan(), d.key().region(), d.key().sequence(), d.key().feature(), d.value(), d.deltaReference(), d.relativeReference(),
                d.deltaPrevious(), d.relativePrevious());
        return t;
    }

    private static double value(Map<Key, Double> m, Key k) {
        Double v = m.get(k);
        return v == null ? Double.NaN : v;
    }

    private static double relative(double v, double ref) {
        return ref == 0 || Double.isNaN(ref) ? Double.NaN : (v - ref) / Math.abs(ref);
    }
}
