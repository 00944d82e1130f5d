package org.gliomaradiomics.longitudinal;

import org.gliomaradiomics.preprocess.RegistrationSettings;

/** Settings of the longitudinal analysis (public fields, RANO 2.0 defaults). */
public final class LongitudinalSettings {
    /** Target lesions summed in the SPD: RANO 2.0 allows up to 3 (RANO 2010: 4). */
    public int maxTargetLesions = 3;
    /** A lesion is measurable when both diameters are at least this (mm). */
    public double minMeasurableDiameterMm = 10;
    /** The outline diameters are measured on (smoothed, or the pixel squares' corners). */
    public LesionDiameters.Outline diameterOutline = LesionDiameters.Outline.SMOOTH;
    /** Partial response: SPD decrease from baseline of at least this fraction. */
    public double bidimensionalResponseDecrease = 0.50;
    /** Progression: SPD increase from the nadir of at least this fraction. */
    public double bidimensionalProgressionIncrease = 0.25;
    /** Partial response: enhancing volume decrease from baseline of at least this fraction. */
    public double volumetricResponseDecrease = 0.65;
    /** Progression: enhancing volume increase from the nadir of at least this fraction. */
    public double volumetricProgressionIncrease = 0.40;
    /** Progression within this many days after the end of radiotherapy is preliminary (12 weeks). */
    public int preliminaryWindowDays = 84;
    /**
     * After a preliminary PD, the next scan shows pseudoprogression when its value is below the preliminary scan's
     * by more than this fraction (0: any decrease).
     */
    public double pseudoprogressionDecrease = 0.0;
    /** A follow-up enhancing component is new when it misses the previous scan's enhancement dilated by this (mm). */
    public double newLesionMarginMm = 5;
    /** Register each scan to the reference scan (the first of the patient) before new-lesion detection. */
    public boolean register = false;
    /** Sequences tried in order as the registration image (the first present is used, else the case's first). */
    public String[] registrationSequences = {"t1ce", "t1c", "T1c", "t1", "t1n"};
    public RegistrationSettings registration = new RegistrationSettings();
    /** Extract radiomic features per scan and write features.csv and delta.csv (delta-radiomics from the reference scan). */
    public boolean features = false;
    /** Extraction parameter file (PyRadiomics layout); null: fixed bin width 25, 3D texture aggregation only. */
    public java.nio.file.Path featureParams = null;
    /** Sequences whose features are extracted; null: every sequence of each scan. */
    public java.util.List<String> featureSequences = null;
    /** Before the features, z-score each sequence over the head (×100), so that scans of different sessions compare. */
    public boolean normalizeIntensities = true;
    /** Regions of the label map: BraTS sub-regions or label numbers. */
    public java.util.List<String> featureRegions = java.util.List.of("ET", "TC", "WT");
    /** Manifest labels of the positive class of the recurrence classifier (true progression); found anywhere in the label. */
    public String recurrencePositive = "(?i)^\\s*(TP|true[ _-]?progression|recurrence)\\s*$";
    /** Manifest labels of the negative class (pseudoprogression); labels matching neither pattern are not used for training. */
    public String recurrenceNegative = "(?i)^\\s*(PsP|pseudo[ _-]?progression|treatment[ _-]?effect|radionecrosis)\\s*$";
    /** Pipeline YAML of the recurrence classifier (learn.PipelineSpec); null: the default pipeline. */
    public java.nio.file.Path recurrencePipeline = null;
    public int recurrenceFolds = 5, recurrenceRepeats = 5;
    public long recurrenceSeed = 1;
    /** When set (and features are on), the classifier trained on all labelled scans is saved here. */
    public java.nio.file.Path recurrenceSaveModel = null;
    /** When set (and features are on), this saved model scores every scan into recurrence_scores.csv. */
    public java.nio.file.Path recurrenceModel = null;
    /** Write a timeline chart and an HTML report per patient next to assessment.csv. */
    public boolean writeReports = true;

    public void validate() {
        if (maxTargetLesions < 1) throw new IllegalArgumentException("maxTargetLesions must be at least 1: " + maxTargetLesions);
        if (!(minMeasurableDiameterMm >= 0)) throw new IllegalArgumentException("minMeasurableDiameterMm must be >= 0: " + minMeasurableDiameterMm);
        for (double f : new double[] {bidimensionalResponseDecrease, volumetricResponseDecrease})
            if (!(f > 0 && f < 1)) throw new IllegalArgumentException("response decreases must be in (0, 1): " + f);
        for (double f : new double[] {bidimensionalProgressionIncrease, volumetricProgressionIncrease})
            if (!(f > 0)) throw new IllegalArgumentException("progression increases must be > 0: " + f);
        if (preliminaryWindowDays < 0) throw new IllegalArgumentException("preliminaryWindowDays must be >= 0: " + preliminaryWindowDays);
        if (!(pseudoprogressionDecrease >= 0 && pseudoprogressionDecrease < 1)) throw new IllegalArgumentException("pseudoprogressionDecrease must be in [0, 1): " + pseudoprogressionDecrease);
        if (features && (featureRegions == null || featureRegions.isEmpty())) throw new IllegalArgumentException("featureRegions must name at least one region");
        if (features && featureSequences != null && featureSequences.isEmpty()) throw new IllegalArgumentException("featureSequences is empty (null means every sequence)");
        if (recurrenceFolds < 2) throw new IllegalArgumentException("recurrenceFolds must be at least 2: " + recurrenceFolds);
        if (recurrenceRepeats < 1) throw new IllegalArgumentException("recurrenceRepeats must be at least 1: " + recurrenceRepeats);
        if (!(newLesionMarginMm >= 0)) throw new IllegalArgumentException("newLesionMarginMm must be >= 0: " + newLesionMarginMm);
    }
}
