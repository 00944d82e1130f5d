package org.gliomaradiomics.features;

import java.util.List;
import java.util.Map;

/** The features of one case and one region (a label value or a BraTS sub-region), or the error that stopped it. */
public record CaseResult(String caseId, String label, Map<String, String> carried, List<ExtractedFeature> features, String error) {

    public static CaseResult ok(String caseId, String label, Map<String, String> carried, List<ExtractedFeature> features) {
        return new CaseResult(caseId, label, carried, features, null);
    }

    public static CaseResult failed(String caseId, String label, Map<String, String> carried, String error) {
        return new CaseResult(caseId, label, carried, List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
