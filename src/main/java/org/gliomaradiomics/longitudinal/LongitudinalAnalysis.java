package org.gliomaradiomics.longitudinal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.preprocess.ImageRegistration;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.gliomaradiomics.report.ChartFiles;
import org.gliomaradiomics.report.ChartSvg;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvWriter;

/**
 * One-call longitudinal analysis: reads the series and events, loads each scan's label map (and, when
 * {@link LongitudinalSettings#register} is set, registers each scan rigidly to the patient's first scan), measures,
 * detects new lesions against the previous scan, assesses RANO 2.0 response and writes {@code assessment.csv}
 * plus, per patient, {@code <patient>_timeline.png} (and {@code .svg}) and {@code <patient>_report.html}. With
 * {@link LongitudinalSettings#features} it also extracts IBSI features per scan, sequence and region and writes
 * {@code features.csv} and {@code delta.csv} (changes from the assessment's baseline scan and from the previous
 * scan), and, when the manifest labels scans as true progression / pseudoprogression, cross-validates a
 * classifier on those deltas ({@link RecurrenceOutputs}). Features are computed in each scan's own grid: a rigid
 * registration would only move the region with its image, and resampling would add interpolation to the values.
 */
public final class LongitudinalAnalysis {
    private LongitudinalAnalysis() {}

    /** Assessments of all patients, by patient in manifest order. */
    public record Result(Map<String, List<Assessment>> byPatient, Map<String, List<ScanFeatures>> featuresByPatient) {
        public List<Assessment> all() {
            List<Assessment> out = new ArrayList<>();
            byPatient.values().forEach(out::addAll);
            return out;
        }
    }

    /**
     * @param eventsCsv treatment events, or null (then every scan is assessed against the first and no PD is
     *     preliminary)
     */
    public static Result run(Path seriesCsv, Path eventsCsv, Path outDir, LongitudinalSettings settings, DoubleConsumer progress) throws IOException {
        settings.validate();
        return run(SeriesManifest.read(seriesCsv), events(eventsCsv), outDir, settings, progress);
    }

    /** As {@link #run(Path, Path, Path, LongitudinalSettings, DoubleConsumer)} for a patient folder of ISO-dated scan folders. */
    public static Result runPatientFolder(Path patientFolder, Path eventsCsv, Path outDir, LongitudinalSettings settings, DoubleConsumer progress)
        throws IOException {
        settings.validate();
        return run(SeriesManifest.readPatientFolder(patientFolder), events(eventsCsv), outDir,
            settings, progress);
    }

    /** Analyses scans already listed, and writes the outputs into {@code outDir}. */
    public static Result run(List<SeriesManifest.Scan> scans, TreatmentEvents events, Path outDir, LongitudinalSettings settings, DoubleConsumer progress)
        throws IOException {
        settings.validate();
        DoubleConsumer report = progress == null ? f -> {} : progress;
        Map<String, List<SeriesManifest.Scan>> patients = SeriesManifest.byPatient(scans);
        int total = patients.values().stream().mapToInt(List::size).sum(), done = 0;
        Map<String, List<Assessment>> results = new LinkedHashMap<>();
        Map<String, List<ScanFeatures>> features = new LinkedHashMap<>();
        Map<String, Integer> references = new LinkedHashMap<>();
        ScanFeatureExtractor extractor = settings.features() ? new ScanFeatureExtractor(settings) : null;
        for (Map.Entry<String, List<SeriesManifest.Scan>> e : patients.entrySet()) {
            final int before = done, count = e.getValue().size();
            List<ScanFeatures> patientFeatures = extractor == null ? null : new ArrayList<>();
            List<Assessment> assessments = analyse(e.getKey(), e.getValue(), events, settings, extractor, patientFeatures,
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
        Result result = new Result(results, features);
        Files.createDirectories(outDir);
        CsvWriter.write(AssessmentOutputs.table(result.all()), outDir.resolve("assessment.csv"));
        if (extractor != null) {
            List<ScanFeatures> all = new ArrayList<>();
            features.values().forEach(all::addAll);
            CsvWriter.write(FeatureOutputs.featureTable(all), outDir.resolve("features.csv"));
            CsvWriter.write(FeatureOutputs.deltaTable(features, references), outDir.resolve("delta.csv"));
            writeRecurrence(outDir, features, references, settings);
        }
        if (settings.writeReports())
            for (Map.Entry<String, List<Assessment>> e : results.entrySet()) {
                String name = fileName(e.getKey());
                org.jfree.chart.JFreeChart chart = TimelineChart.create(e.getKey(), e.getValue(), events, settings);
                ChartFiles.savePng(chart, outDir.resolve(name + "_timeline.png"), 900, 500);
                ChartSvg.save(chart, outDir.resolve(name + "_timeline.svg"), 900, 500);
                String page = AssessmentOutputs.html(e.getKey(), e.getValue(), events, settings);
                CsvWriter.writeAtomically(outDir.resolve(name + "_report.html"), w -> w.write(page));
            }
        report.accept(1);
        return result;
    }

    /** The treatment events of an events CSV, or none. */
    private static TreatmentEvents events(Path eventsCsv) throws IOException {
        return eventsCsv == null ? TreatmentEvents.none() : TreatmentEvents.of(eventsCsv, CsvReader.read(eventsCsv, true));
    }

    /** The recurrence step: reads its pipeline and model files, writes its tables and the trained model. */
    private static void writeRecurrence(Path outDir, Map<String, List<ScanFeatures>> features, Map<String, Integer> references,
                                        LongitudinalSettings settings) throws IOException {
        PipelineSpec spec = settings.recurrencePipeline() == null ? PipelineSpec.defaults() : PipelineSpec.fromYaml(settings.recurrencePipeline());
        SavedModel scoring = settings.recurrenceModel() == null ? null : ModelFiles.load(settings.recurrenceModel(), SavedModel.KIND, SavedModel.class);
        RecurrenceOutputs.Result r = RecurrenceOutputs.compute(features, references, settings, spec, scoring);
        if (r.predictions() != null) CsvWriter.write(r.predictions(), outDir.resolve("recurrence_predictions.csv"));
        if (r.metrics() != null) CsvWriter.write(r.metrics(), outDir.resolve("recurrence_metrics.csv"));
        if (r.trained() != null) ModelFiles.save(settings.recurrenceSaveModel(), SavedModel.KIND, r.trained());
        if (r.scores() != null) CsvWriter.write(r.scores(), outDir.resolve("recurrence_scores.csv"));
    }

    /** Loads, optionally registers, measures and assesses one patient's scans (sorted by date). */
    public static List<Assessment> analysePatient(String patient, List<SeriesManifest.Scan> scans, TreatmentEvents events, LongitudinalSettings settings,
                                                  DoubleConsumer progressOrNull) throws IOException {
        return analyse(patient, scans, events, settings, null, null, progressOrNull);
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
                                            ScanFeatureExtractor extractor, List<ScanFeatures> featuresOut, DoubleConsumer progressOrNull)
        throws IOException {
        DoubleConsumer progress = progressOrNull == null ? f -> {} : progressOrNull;
        List<LocalDate> dates = new ArrayList<>();
        List<ScanMeasurement> measurements = new ArrayList<>();
        Volume previousLabels = null, referenceImage = null;
        WorldTransform previousTransform = null;
        for (int i = 0; i < scans.size(); i++) {
            SeriesManifest.Scan scan = scans.get(i);
            MriCase c = CaseLoader.open(scan.caseFolder());
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
    static String fileName(String patient) {
        return patient.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
