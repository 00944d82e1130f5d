package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The features of one case and one region (a label value or a BraTS sub-region); or the region was empty (only its
 * diagnostics, and a warning saying why: its feature values are written empty); or the error that stopped it.
 */
public record CaseResult(String caseId, String label, Map<String, String> carried, List<ExtractedFeature> features, String error,
                         String warning) {

    public static CaseResult ok(String caseId, String label, Map<String, String> carried, List<ExtractedFeature> features) {
        return new CaseResult(caseId, label, carried, features, null, null);
    }

    /** An empty region: its diagnostics and the reason; not a failure (the case and the batch go on). */
    public static CaseResult empty(String caseId, String label, Map<String, String> carried, List<ExtractedFeature> diagnostics, String reason) {
        return new CaseResult(caseId, label, carried, diagnostics, null, reason);
    }

    public static CaseResult failed(String caseId, String label, Map<String, String> carried, String error) {
        return new CaseResult(caseId, label, carried, List.of(), error, null);
    }

    public boolean failed() {
        return error != null;
    }

    /** The region was empty: {@link #features()} holds its diagnostics only, {@link #warning()} says why. */
    public boolean empty() {
        return warning != null;
    }

    /**
     * The rows of this result in a table whose features are those of {@code template} (a computed region, or null
     * when none is known): for an empty region its diagnostics, a {@code Warning} diagnostic with the reason, then every
     * feature of the template with an empty value.
     */
    public List<ExtractedFeature> rowsLike(List<ExtractedFeature> template) {
        if (!empty()) return features;
        List<ExtractedFeature> out = new ArrayList<>(features);
        out.add(ExtractedFeature.diagnostic("Warning", warning));
        if (template != null) for (ExtractedFeature f : template) if (!f.family().equals("diagnostics")) out.add(f.withoutValue());
        return out;
    }
}
