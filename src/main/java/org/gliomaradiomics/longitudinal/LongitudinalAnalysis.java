package org.gliomaradiomics.longitudinal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.preprocess.ImageRegistration;
import org.gliomaradiomics.preprocess.WorldTransform;

/**
 * One-call longitudinal analysis: takes the scans and events, opens each scan's label map (and, when
 * {@link LongitudinalSettings#register} is set, registers each scan rigidly to the patient's first scan), measures,
 * detects new lesions against the previous scan and assesses RANO 2.0 response. With
 * {@link LongitudinalSettings#features} it also extracts IBSI features per scan, sequence and region, and, when the
 * manifest labels scans as true progression / pseudoprogression, cross-validates a classifier on the deltas from the
 * reference scan ({@link RecurrenceOutputs}). Features are computed in each scan's own grid: a rigid registration
 * would only move the region with its image, and resampling would add interpolation to the values. Files are the
 * command layer's (commands.LongitudinalFiles reads the manifest, opens the cases and writes the outputs).
 */
public final class LongitudinalAnalysis {
    private LongitudinalAnalysis() {}

    /** Opens the images and label map of a scan's case folder: the I/O layer supplies it. */
    @FunctionalInterface
    public interface CaseSource {
        MriCase open(Path caseFolder) throws IOException;
    }

    /** The recurrence classifier's pipeline, and the saved model that scores every scan (or null). */
    public record RecurrenceModels(PipelineSpec pipeline, SavedModel scoring) {}

    /**
     * Assessments of all patients, by patient in manifest order; with features, the features per patient, the index
     * of each patient's reference scan and the recurrence classifier's outputs.
     */
    public record Result(Map<String, List<Assessment>> byPatient, Map<String, List<ScanFeatures>> featuresByPatient,
                         Map<String, Integer> references, RecurrenceOutputs.Result recurrence) {
        public List<Assessment> all() {
            List<Assessment> out = new ArrayList<>();
            byPatient.values().forEach(out::addAll);
            return out;
        }
    }

    /**
     * Analyses scans already listed.
     *
     * @param events treatment events ({@link TreatmentEvents#none()}: every scan is assessed against the first and
     *     no PD is preliminary)
     * @param featureParams the extraction parameter file {@link LongitudinalSettings#featureParams()} names, read by the
     *     caller (null: {@link ScanFeatureExtractor#DEFAULT_PARAMS})
     * @param recurrence used when features are on (null: the default pipeline, no saved model)
     */
    public static Result run(List<SeriesManifest.Scan> scans, TreatmentEvents events, LongitudinalSettings settings, CaseSource cases,
                             ParamsFile featureParams, RecurrenceModels recurrence, DoubleConsumer progress) throws IOException {
        settings.validate();
        DoubleConsumer report = progress == null ? f -> {} : progress;
        Map<String, List<SeriesManifest.Scan>> patients = SeriesManifest.byPatient(scans);
        int total = patients.values().stream().mapToInt(List::size).sum(), done = 0;
        Map<String, List<Assessment>> results = new LinkedHashMap<>();
        Map<String, List<ScanFeatures>> features = new LinkedHashMap<>();
        Map<String, Integer> references = new LinkedHashMap<>();
        ScanFeatureExtractor extractor = settings.features() ? new ScanFeatureExtractor(settings, featureParams) : null;
        for (Map.Entry<String, List<SeriesManifest.Scan>> e : patients.entrySet()) {
            final int before = done, count = e.getValue().size();
            List<ScanFeatures> patientFeatures = extractor == null ? null : new ArrayList<>();
            List<Assessment> assessments = analyse(e.getKey(), e.getValue(), events, settings, cases, extractor, patientFeatures,
                f -> report.accept((before + f * count) / total));
            results.put(e.getKey(), assessments);
            if (patientFeatures != null) {
                for (int i = 0; i < patientFeatures.size(); i++)
                    patientFeatures.set(i, patientFeatures.get(i).withTiming(assessments.get(i).daysSinceRtEnd(), patientFeatures.get(i).label()));
                features.put(e.getKey(), patientFeatures);
                references.put(e.getKey(), referenceIndex(assessments));
            }
            done += count;
        }
        RecurrenceModels models = recurrence != null ? recurrence : new RecurrenceModels(PipelineSpec.defaults(), null);
        RecurrenceOutputs.Result r = extractor == null ? null
            : RecurrenceOutputs.compute(features, references, settings, models.pipeline(), models.scoring());
        report.accept(1);
        return new Result(results, features, references, r);
    }

    /** Loads, optionally registers, measures and assesses one patient's scans (sorted by date). */
    public static List<Assessment> analysePatient(String patient, List<SeriesManifest.Scan> scans, TreatmentEvents events, LongitudinalSettings settings,
                                                  CaseSource cases, DoubleConsumer progressOrNull) throws IOException {
        return analyse(patient, scans, events, settings, cases, null, null, progressOrNull);
    }

    /**
     * The index of the scan the assessment measures change from (its RANO baseline: the first scan after the end of
     * radiotherapy, else the first scan); delta-radiomics use the same reference.
     */
    public static int referenceIndex(List<Assessment> assessments) {
        for (int i = 0; i < assessments.size(); i++) if (assessments.get(i).bidimensional() == Response.BASELINE) return i;
        return 0;
    }

    /** As {@link #analysePatient}; with an extractor, adds each scan's features to {@code featuresOut}. */
    private static List<Assessment> analyse(String patient, List<SeriesManifest.Scan> scans, TreatmentEvents events, LongitudinalSettings settings,
                                            CaseSource cases, ScanFeatureExtractor extractor, List<ScanFeatures> featuresOut, DoubleConsumer progressOrNull)
        throws IOException {
        DoubleConsumer progress = progressOrNull == null ? f -> {} : progressOrNull;
        List<LocalDate> dates = new ArrayList<>();
        List<ScanMeasurement> measurements = new ArrayList<>();
        Volume previousLabels = null, referenceImage = null;
        WorldTransform previousTransform = null;
        for (int i = 0; i < scans.size(); i++) {
            SeriesManifest.Scan scan = scans.get(i);
            MriCase c = cases.open(scan.caseFolder());
            Volume labels = c.labels().orElseThrow(() -> new IOException(scan.caseFolder() + ": scan of " + patient + " on " + scan.date()
                + " has no label map (<id>_seg.nii.gz)"));
            WorldTransform referenceToScan = null;
            if (settings.register()) {
                if (i == 0) {
                    referenceImage = registrationImage(c, settings);
                    referenceToScan = WorldTransform.identity();
                } else {
                    final int k = i;
                    referenceToScan = registerToReference(referenceImage, c, settings, f -> progress.accept((k + 0.9 * f) / scans.size()));
                }
            }
            ScanMeasurement m;
            try {
                m = ScanMeasurer.measure(labels, settings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(scan.caseFolder() + ": " + e.getMessage(), e);
            }
            if (previousLabels != null) {
                WorldTransform toPrevious = settings.register() ? previousTransform.compose(referenceToScan.inverse()) : null;
                m = m.withNewLesions(NewLesions.detect(labels, previousLabels, toPrevious, settings.newLesionMarginMm()));
            }
            if (extractor != null) {
                try {
                    featuresOut.add(extractor.extract(patient, scan, c, labels));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(scan.caseFolder() + ": feature extraction: " + e.getMessage(), e);
                }
            }
            dates.add(scan.date());
            measurements.add(m);
            previousLabels = labels;
            previousTransform = referenceToScan;
            progress.accept((i + 1.0) / scans.size());
        }
        return RanoAssessor.assess(patient, dates, measurements, events, settings);
    }

    /** Measures and assesses label maps already in memory; {@code referenceToScan} may be null (one space). */
    public static List<Assessment> assessLabelMaps(String patient, List<LocalDate> dates, List<Volume> labelMaps, List<WorldTransform> referenceToScan,
                                                   TreatmentEvents events, LongitudinalSettings settings) {
        List<ScanMeasurement> measurements = new ArrayList<>();
        for (int i = 0; i < labelMaps.size(); i++) {
            ScanMeasurement m = ScanMeasurer.measure(labelMaps.get(i), settings);
            if (i > 0) {
                WorldTransform toPrevious = referenceToScan == null ? null : referenceToScan.get(i - 1).compose(referenceToScan.get(i).inverse());
                m = m.withNewLesions(NewLesions.detect(labelMaps.get(i), labelMaps.get(i - 1), toPrevious, settings.newLesionMarginMm()));
            }
            measurements.add(m);
        }
        return RanoAssessor.assess(patient, dates, measurements, events, settings);
    }

    /**
     * Rigid registration of a scan to the reference image (the first scan's registration sequence): the returned
     * transform maps reference-space points to scan-space points.
     */
    public static WorldTransform registerToReference(Volume referenceImage, MriCase scan, LongitudinalSettings settings, DoubleConsumer progress) {
        return ImageRegistration.register(referenceImage, registrationImage(scan, settings), settings.registration(), progress).transform();
    }

    /** The first of {@link LongitudinalSettings#registrationSequences} present in the case, else its first sequence. */
    public static Volume registrationImage(MriCase c, LongitudinalSettings settings) {
        for (String s : settings.registrationSequences()) {
            if (c.sequence(s).isPresent()) return c.sequence(s).get();
        }
        if (c.sequences().isEmpty()) throw new IllegalArgumentException("case " + c.id() + " has no image to register (only a label map)");
        return c.sequences().values().iterator().next();
    }

    /** A patient id made safe as a file name. */
    public static String fileName(String patient) {
        return patient.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
