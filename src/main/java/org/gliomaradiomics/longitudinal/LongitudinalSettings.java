package org.gliomaradiomics.longitudinal;

import static org.gliomaradiomics.settings.Setting.Scope.BOTH;
import static org.gliomaradiomics.settings.Setting.Type.BOOLEAN;
import static org.gliomaradiomics.settings.Setting.Type.INTEGER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBER;
import static org.gliomaradiomics.settings.Setting.Type.TEXT;
import static org.gliomaradiomics.settings.Setting.Type.TEXTS;

import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.preprocess.RegistrationSettings;
import org.gliomaradiomics.settings.Setting;

/**
 * Settings of the longitudinal analysis, immutable (RANO 2.0 defaults): build them with {@link #builder()} or change
 * a copy with {@link #toBuilder()}. Every component is declared once in {@link #KEYS} (key, type, default, doc);
 * {@code LongitudinalSettingsTest} checks that the keys are the components and the defaults the builder's.
 */
public record LongitudinalSettings(
    int maxTargetLesions, double minMeasurableDiameterMm, LesionDiameters.Outline diameterOutline,
    double bidimensionalResponseDecrease, double bidimensionalProgressionIncrease,
    double volumetricResponseDecrease, double volumetricProgressionIncrease,
    int preliminaryWindowDays, double pseudoprogressionDecrease, double newLesionMarginMm,
    boolean register, List<String> registrationSequences, RegistrationSettings registration,
    boolean features, Path featureParams, List<String> featureSequences, boolean normalizeIntensities, List<String> featureRegions,
    String recurrencePositive, String recurrenceNegative, Path recurrencePipeline,
    int recurrenceFolds, int recurrenceRepeats, long recurrenceSeed, Path recurrenceSaveModel, Path recurrenceModel,
    boolean writeReports) {

    /** The keys, in component order. */
    public static final List<Setting> KEYS = List.of(
        key("maxTargetLesions", INTEGER, "3", "target lesions summed in the SPD: RANO 2.0 allows up to 3 (RANO 2010: 4)"),
        key("minMeasurableDiameterMm", NUMBER, "10.0", "a lesion is measurable when both diameters are at least this (mm)"),
        key("diameterOutline", TEXT, "SMOOTH", "the outline diameters are measured on: SMOOTH, or PIXEL_CORNERS (the pixel squares' corners)"),
        key("bidimensionalResponseDecrease", NUMBER, "0.5", "partial response: SPD decrease from baseline of at least this fraction"),
        key("bidimensionalProgressionIncrease", NUMBER, "0.25", "progression: SPD increase from the nadir of at least this fraction"),
        key("volumetricResponseDecrease", NUMBER, "0.65", "partial response: enhancing volume decrease from baseline of at least this fraction"),
        key("volumetricProgressionIncrease", NUMBER, "0.4", "progression: enhancing volume increase from the nadir of at least this fraction"),
        key("preliminaryWindowDays", INTEGER, "84", "progression within this many days after the end of radiotherapy is preliminary (12 weeks)"),
        key("pseudoprogressionDecrease", NUMBER, "0.0", "after a preliminary PD, the next scan shows pseudoprogression when its value is below "
            + "the preliminary scan's by more than this fraction (0: any decrease)"),
        key("newLesionMarginMm", NUMBER, "5.0", "a follow-up enhancing component is new when it misses the previous scan's enhancement dilated by this (mm)"),
        key("register", BOOLEAN, "false", "register each scan to the patient's first scan before new-lesion detection"),
        key("registrationSequences", TEXTS, "[t1ce, t1c, T1c, t1, t1n]", "sequences tried in order as the registration image (the first present, else the case's first)"),
        key("registration", TEXT, "", "the rigid registration's settings (preprocess.RegistrationSettings)"),
        key("features", BOOLEAN, "false", "extract radiomic features per scan and write features.csv and delta.csv (delta-radiomics from the reference scan)"),
        key("featureParams", TEXT, "", "extraction parameter file (PyRadiomics layout); absent: fixed bin width 25, 3D texture aggregation only"),
        key("featureSequences", TEXTS, "", "sequences whose features are extracted; absent: every sequence of each scan"),
        key("normalizeIntensities", BOOLEAN, "true", "before the features, z-score each sequence over the head (×100), so that scans of different sessions compare"),
        key("featureRegions", TEXTS, "[ET, TC, WT]", "regions of the label map: BraTS sub-regions or label numbers"),
        key("recurrencePositive", TEXT, "(?i)^\\s*(TP|true[ _-]?progression|recurrence)\\s*$", "manifest labels of the recurrence classifier's positive class (true progression)"),
        key("recurrenceNegative", TEXT, "(?i)^\\s*(PsP|pseudo[ _-]?progression|treatment[ _-]?effect|radionecrosis)\\s*$",
            "manifest labels of the negative class (pseudoprogression); labels matching neither are not used for training"),
        key("recurrencePipeline", TEXT, "", "pipeline YAML of the recurrence classifier (learn.PipelineSpec); absent: the default pipeline"),
        key("recurrenceFolds", INTEGER, "5", "cross-validation folds of the recurrence classifier"),
        key("recurrenceRepeats", INTEGER, "5", "cross-validation repeats of the recurrence classifier"),
        key("recurrenceSeed", INTEGER, "1", "seed of the cross-validation splits"),
        key("recurrenceSaveModel", TEXT, "", "when set (and features are on), the classifier trained on all labelled scans is saved here"),
        key("recurrenceModel", TEXT, "", "when set (and features are on), this saved model scores every scan into recurrence_scores.csv"),
        key("writeReports", BOOLEAN, "true", "write a timeline chart and an HTML report per patient next to assessment.csv"));

    public LongitudinalSettings {
        registrationSequences = List.copyOf(registrationSequences);
        featureSequences = featureSequences == null ? null : List.copyOf(featureSequences);
        featureRegions = featureRegions == null ? null : List.copyOf(featureRegions);
    }

    /** The defaults. */
    public static LongitudinalSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxTargetLesions = maxTargetLesions;
        b.minMeasurableDiameterMm = minMeasurableDiameterMm;
        b.diameterOutline = diameterOutline;
        b.bidimensionalResponseDecrease = bidimensionalResponseDecrease;
        b.bidimensionalProgressionIncrease = bidimensionalProgressionIncrease;
        b.volumetricResponseDecrease = volumetricResponseDecrease;
        b.volumetricProgressionIncrease = volumetricProgressionIncrease;
        b.preliminaryWindowDays = preliminaryWindowDays;
        b.pseudoprogressionDecrease = pseudoprogressionDecrease;
        b.newLesionMarginMm = newLesionMarginMm;
        b.register = register;
        b.registrationSequences = registrationSequences;
        b.registration = registration;
        b.features = features;
        b.featureParams = featureParams;
        b.featureSequences = featureSequences;
        b.normalizeIntensities = normalizeIntensities;
        b.featureRegions = featureRegions;
        b.recurrencePositive = recurrencePositive;
        b.recurrenceNegative = recurrenceNegative;
        b.recurrencePipeline = recurrencePipeline;
        b.recurrenceFolds = recurrenceFolds;
        b.recurrenceRepeats = recurrenceRepeats;
        b.recurrenceSeed = recurrenceSeed;
        b.recurrenceSaveModel = recurrenceSaveModel;
        b.recurrenceModel = recurrenceModel;
        b.writeReports = writeReports;
        return b;
    }

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

    private static Setting key(String key, Setting.Type type, String dflt, String doc) {
        return new Setting(key, type, dflt, BOTH, doc);
    }

    /** Mutable holder of the settings being built, with the defaults of {@link #KEYS}; one setter per component. */
    public static final class Builder {
        private int maxTargetLesions = 3;
        private double minMeasurableDiameterMm = 10;
        private LesionDiameters.Outline diameterOutline = LesionDiameters.Outline.SMOOTH;
        private double bidimensionalResponseDecrease = 0.50;
        private double bidimensionalProgressionIncrease = 0.25;
        private double volumetricResponseDecrease = 0.65;
        private double volumetricProgressionIncrease = 0.40;
        private int preliminaryWindowDays = 84;
        private double pseudoprogressionDecrease = 0.0;
        private double newLesionMarginMm = 5;
        private boolean register = false;
        private List<String> registrationSequences = List.of("t1ce", "t1c", "T1c", "t1", "t1n");
        private RegistrationSettings registration = RegistrationSettings.defaults();
        private boolean features = false;
        private Path featureParams = null;
        private List<String> featureSequences = null;
        private boolean normalizeIntensities = true;
        private List<String> featureRegions = List.of("ET", "TC", "WT");
        private String recurrencePositive = "(?i)^\\s*(TP|true[ _-]?progression|recurrence)\\s*$";
        private String recurrenceNegative = "(?i)^\\s*(PsP|pseudo[ _-]?progression|treatment[ _-]?effect|radionecrosis)\\s*$";
        private Path recurrencePipeline = null;
        private int recurrenceFolds = 5;
        private int recurrenceRepeats = 5;
        private long recurrenceSeed = 1;
        private Path recurrenceSaveModel = null;
        private Path recurrenceModel = null;
        private boolean writeReports = true;

        private Builder() {}

        public LongitudinalSettings build() {
            return new LongitudinalSettings(maxTargetLesions, minMeasurableDiameterMm, diameterOutline, bidimensionalResponseDecrease,
                bidimensionalProgressionIncrease, volumetricResponseDecrease, volumetricProgressionIncrease, preliminaryWindowDays,
                pseudoprogressionDecrease, newLesionMarginMm, register, registrationSequences, registration, features, featureParams,
                featureSequences, normalizeIntensities, featureRegions, recurrencePositive, recurrenceNegative, recurrencePipeline,
                recurrenceFolds, recurrenceRepeats, recurrenceSeed, recurrenceSaveModel, recurrenceModel, writeReports);
        }

        public Builder maxTargetLesions(int v) { maxTargetLesions = v; return this; }
        public Builder minMeasurableDiameterMm(double v) { minMeasurableDiameterMm = v; return this; }
        public Builder diameterOutline(LesionDiameters.Outline v) { diameterOutline = v; return this; }
        public Builder bidimensionalResponseDecrease(double v) { bidimensionalResponseDecrease = v; return this; }
        public Builder bidimensionalProgressionIncrease(double v) { bidimensionalProgressionIncrease = v; return this; }
        public Builder volumetricResponseDecrease(double v) { volumetricResponseDecrease = v; return this; }
        public Builder volumetricProgressionIncrease(double v) { volumetricProgressionIncrease = v; return this; }
        public Builder preliminaryWindowDays(int v) { preliminaryWindowDays = v; return this; }
        public Builder pseudoprogressionDecrease(double v) { pseudoprogressionDecrease = v; return this; }
        public Builder newLesionMarginMm(double v) { newLesionMarginMm = v; return this; }
        public Builder register(boolean v) { register = v; return this; }
        public Builder registrationSequences(List<String> v) { registrationSequences = v; return this; }
        public Builder registration(RegistrationSettings v) { registration = v; return this; }
        public Builder features(boolean v) { features = v; return this; }
        public Builder featureParams(Path v) { featureParams = v; return this; }
        public Builder featureSequences(List<String> v) { featureSequences = v; return this; }
        public Builder normalizeIntensities(boolean v) { normalizeIntensities = v; return this; }
        public Builder featureRegions(List<String> v) { featureRegions = v; return this; }
        public Builder recurrencePositive(String v) { recurrencePositive = v; return this; }
        public Builder recurrenceNegative(String v) { recurrenceNegative = v; return this; }
        public Builder recurrencePipeline(Path v) { recurrencePipeline = v; return this; }
        public Builder recurrenceFolds(int v) { recurrenceFolds = v; return this; }
        public Builder recurrenceRepeats(int v) { recurrenceRepeats = v; return this; }
        public Builder recurrenceSeed(long v) { recurrenceSeed = v; return this; }
        public Builder recurrenceSaveModel(Path v) { recurrenceSaveModel = v; return this; }
        public Builder recurrenceModel(Path v) { recurrenceModel = v; return this; }
        public Builder writeReports(boolean v) { writeReports = v; return this; }
    }
}
