package org.gliomaradiomics.longitudinal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.table.Table;

/** Writes the per-scan features ({@code features.csv}) and their delta-radiomics ({@code delta.csv}). */
public final class FeatureOutputs {
    private FeatureOutputs() {}

    public static final List<String> FEATURE_COLUMNS = List.of("patient", "date", "days_since_rt_end", "sequence", "region", "family", "feature",
        "aggregation", "value");
    public static final List<String> DELTA_COLUMNS = List.of("patient", "date", "sequence", "region", "feature", "value", "reference_value",
        "delta_from_reference", "relative_from_reference", "previous_value", "delta_from_previous", "relative_from_previous");

    /** One row per feature; a sequence/region without features is one row of family {@code missing} with the reason as feature. */
    public static Table featureTable(List<ScanFeatures> scans) {
        Table t = new Table(FEATURE_COLUMNS);
        for (ScanFeatures s : scans) {
            Object days = s.daysSinceRtEnd() == null ? "" : s.daysSinceRtEnd();
            for (ScanFeatures.Row r : s.rows())
                t.addRow(s.patient(), s.date().toString(), days, r.sequence(), r.region(), r.feature().family(), featureName(r), r.feature().aggregation(),
                    r.feature().value());
            for (ScanFeatures.Missing m : s.missing())
                t.addRow(s.patient(), s.date().toString(), days, m.sequence(), m.region(), "missing", m.reason(), "", Double.NaN);
        }
        return t;
    }

    /** The deltas of each patient's scans (in date order) from its reference scan and from the previous scan. */
    public static Table deltaTable(Map<String, List<ScanFeatures>> byPatient, Map<String, Integer> referenceIndex) {
        Table t = new Table(DELTA_COLUMNS);
        for (Map.Entry<String, List<ScanFeatures>> e : byPatient.entrySet()) {
            List<ScanFeatures> scans = e.getValue();
            if (scans.isEmpty()) continue;
            int ref = referenceIndex.getOrDefault(e.getKey(), 0);
            List<String> names = new ArrayList<>();
            List<Map<DeltaRadiomics.Key, Double>> values = new ArrayList<>();
            for (ScanFeatures s : scans) {
                names.add(s.date().toString());
                values.add(s.values());
            }
            List<DeltaRadiomics.Delta> deltas = DeltaRadiomics.computeFlat(names, values, ref);
            int keysPerScan = deltas.size() / scans.size();
            for (int i = 0; i < deltas.size(); i++) {
                DeltaRadiomics.Delta d = deltas.get(i);
                int scan = i / keysPerScan;
                double reference = value(values.get(ref), d.key()), previous = scan == 0 ? Double.NaN : value(values.get(scan - 1), d.key());
                t.addRow(e.getKey(), d.scan(), d.key().sequence(), d.key().region(), d.key().feature(), d.value(), reference, d.deltaReference(),
                    d.relativeReference(), previous, d.deltaPrevious(), d.relativePrevious());
            }
        }
        return t;
    }

    /** The feature column of features.csv: the image type and name (e.g. original_JointEntropy). */
    private static String featureName(ScanFeatures.Row r) {
        return r.feature().imageType().isEmpty() ? r.feature().feature() : r.feature().imageType() + "_" + r.feature().feature();
    }

    private static double value(Map<DeltaRadiomics.Key, Double> m, DeltaRadiomics.Key k) {
        Double v = m.get(k);
        return v == null ? Double.NaN : v;
    }
}
