package org.gliomaradiomics.longitudinal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;

/** Extracts the IBSI features of one scan per sequence and region, as {@link LongitudinalSettings} asks. */
public final class ScanFeatureExtractor {
    /** Default parameters: fixed bin width 25 and 3D texture aggregation only (fast, and comparable across scans). */
    public static final String DEFAULT_PARAMS = "setting:\n  binWidth: 25\n  discretisation: fixedBinSize\n  aggregation: [3D]\n";

    private final CaseExtraction.RegionExtractor extractor;
    private final LongitudinalSettings settings;

    /** @param params the parameter file named by {@link LongitudinalSettings#featureParams()}, read by the caller;
     *     null: {@link #DEFAULT_PARAMS} */
    public ScanFeatureExtractor(LongitudinalSettings settings, ParamsFile params) throws IOException {
        this.settings = settings;
        this.extractor = ExtractionParams.from(params == null ? ParamsFile.parseText(DEFAULT_PARAMS) : params).regionExtractor();
    }

    /** Features of one scan; {@code daysSinceRtEnd} and {@code label} are filled in later by the caller if unknown. */
    public ScanFeatures extract(String patient, SeriesManifest.Scan scan, MriCase c, Volume labels) {
        List<String> sequences = settings.featureSequences() == null ? List.copyOf(c.sequences().keySet()) : settings.featureSequences();
        List<ScanFeatures.Row> rows = new ArrayList<>();
        List<ScanFeatures.Missing> missing = new ArrayList<>();
        for (String sequence : sequences) {
            Volume image = c.sequence(sequence).orElse(null);
            if (image == null) {
                for (String region : settings.featureRegions()) missing.add(new ScanFeatures.Missing(sequence, region, "sequence not in the scan"));
                continue;
            }
            if (settings.normalizeIntensities()) image = normalised(image);
            for (CaseResult r : CaseExtraction.extract(c.id(), image, labels, settings.featureRegions(), extractor, Map.of())) {
                if (r.failed() || r.empty()) {
                    missing.add(new ScanFeatures.Missing(sequence, r.label(), r.failed() ? r.error() : r.warning()));
                    continue;
                }
                for (ExtractedFeature f : r.features())
                    if (!f.family().equals("diagnostics")) rows.add(new ScanFeatures.Row(sequence, r.label(), f));
            }
        }
        return new ScanFeatures(patient, scan.date(), null, scan.label() == null ? "" : scan.label(), rows, missing);
    }

    /**
     * MRI intensities have no unit and drift between sessions: z-score over the head (non-zero voxels, as in
     * skull-stripped BraTS scans; every voxel if none is zero), times 100 so that a bin width of 25 is a quarter of a
     * standard deviation (PyRadiomics' normalizeScale convention).
     */
    static Volume normalised(Volume image) {
        double[] v = image.voxels();
        boolean[] head = new boolean[v.length];
        boolean any = false;
        for (int i = 0; i < v.length; i++) any |= head[i] = v[i] != 0;
        Volume z = org.gliomaradiomics.preprocess.IntensityNormalizer.zScore(image, any ? head : null);
        double[] out = z.voxels().clone();
        for (int i = 0; i < out.length; i++) out[i] *= 100;
        return new Volume(image.geometry(), out, org.gliomaradiomics.image.DataType.FLOAT64);
    }
}
