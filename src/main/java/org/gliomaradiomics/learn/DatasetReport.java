package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.List;

/** What happened while building a {@link Dataset}: rows left out and IDs that did not match. */
public final class DatasetReport {
    /** IDs present in some feature tables but not all (inner join). */
    public final List<String> unmatchedBetweenFeatureTables = new ArrayList<>();
    /** IDs in the feature tables without a clinical row. */
    public final List<String> featuresWithoutClinical = new ArrayList<>();
    /** IDs in the clinical table without features. */
    public final List<String> clinicalWithoutFeatures = new ArrayList<>();
    /** IDs left out because the target is missing or unknown. */
    public final List<String> missingTarget = new ArrayList<>();
    public int rowsKept;

    @Override
    public String toString() {
        return rowsKept + " rows kept; left out: " + missingTarget.size() + " with missing/unknown target, "
                + featuresWithoutClinical.size() + " feature rows without clinical data, "
                + unmatchedBetweenFeatureTables.size() + " IDs not in every feature table; "
                + clinicalWithoutFeatures.size() + " clinical rows without features";
    }
}
