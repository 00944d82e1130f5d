package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gliomaradiomics.features.ExtractedFeature;

/**
 * The radiomic features of one scan: one {@link Row} per sequence, region and feature, plus the sequence/region
 * pairs that could not be computed (e.g. an empty ET).
 *
 * @param daysSinceRtEnd days after the end of radiotherapy, or null without an rt_end event
 * @param label the manifest's free-text label (e.g. TP, PsP), or empty
 */
public record ScanFeatures(String patient, LocalDate date, Integer daysSinceRtEnd, String label, List<Row> rows, List<Missing> missing) {

    /** One numeric feature of one sequence and region. */
    public record Row(String sequence, String region, ExtractedFeature feature) {
        /** The delta-radiomics key: the feature's wide column name (image type, family, name, aggregation). */
        public DeltaRadiomics.Key key() {
            return new DeltaRadiomics.Key(region, sequence, feature.wideColumn());
        }
    }

    /** A sequence and region without features, and why. */
    public record Missing(String sequence, String region, String reason) {}

    /** The values keyed for {@link DeltaRadiomics}. */
    public Map<DeltaRadiomics.Key, Double> values() {
        Map<DeltaRadiomics.Key, Double> out = new LinkedHashMap<>();
        for (Row r : rows) out.put(r.key(), r.feature().value());
        return out;
    }

    public ScanFeatures withTiming(Integer days, String newLabel) {
        return new ScanFeatures(patient, date, days, newLabel, rows, missing);
    }
}
