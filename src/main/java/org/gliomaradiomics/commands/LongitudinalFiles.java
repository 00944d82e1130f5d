package org.gliomaradiomics.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.image.CaseLoader;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.longitudinal.Assessment;
import org.gliomaradiomics.longitudinal.AssessmentOutputs;
import org.gliomaradiomics.longitudinal.FeatureOutputs;
import org.gliomaradiomics.longitudinal.LongitudinalAnalysis;
import org.gliomaradiomics.longitudinal.LongitudinalPhantom;
import org.gliomaradiomics.longitudinal.LongitudinalSettings;
import org.gliomaradiomics.longitudinal.RecurrenceOutputs;
import org.gliomaradiomics.longitudinal.ScanFeatures;
import org.gliomaradiomics.longitudinal.SeriesManifest;
import org.gliomaradiomics.longitudinal.TimelineChart;
import org.gliomaradiomics.longitudinal.TreatmentEvents;
import org.gliomaradiomics.report.ChartFiles;
import org.gliomaradiomics.report.ChartSvg;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvWriter;

/**
 * The files of the longitudinal analysis ({@link LongitudinalAnalysis}): reads the series manifest (or a patient
 * folder), the events, the case folders and the recurrence classifier's pipeline and model; writes
 * {@code assessment.csv}, per patient {@code <patient>_timeline.png} (and {@code .svg}) and
 * {@code <patient>_report.html}, and with features {@code features.csv}, {@code delta.csv} and the recurrence tables
 * and model. Also writes synthetic series ({@link LongitudinalPhantom}).
 */
public final class LongitudinalFiles {
    private LongitudinalFiles() {}

    /**
     * Analyses the scans of a series CSV and writes the outputs into {@code outDir}.
     *
     * @param eventsCsv treatment events, or null (then every scan is assessed against the first and no PD is
     *     preliminary)
     */
    public static LongitudinalAnalysis.Result run(Path seriesCsv, Path eventsCsv, Path outDir, LongitudinalSettings settings, DoubleConsumer progress)
        throws IOException {
        settings.validate();
        return run(readManifest(seriesCsv), readEvents(eventsCsv), outDir, settings, progress);
    }

    /** As {@link #run(Path, Path, Path, LongitudinalSettings, DoubleConsumer)} for a patient folder of ISO-dated scan folders. */
    public static LongitudinalAnalysis.Result runPatientFolder(Path patientFolder, Path eventsCsv, Path outDir, LongitudinalSettings settings,
                                                               DoubleConsumer progress) throws IOException {
        settings.validate();
        return run(readPatientFolder(patientFolder), readEvents(eventsCsv), outDir, settings, progress);
    }

    /** Analyses scans already listed, and writes the outputs into {@code outDir}. */
    public static LongitudinalAnalysis.Result run(List<SeriesManifest.Scan> scans, TreatmentEvents events, Path outDir, LongitudinalSettings settings,
                                                  DoubleConsumer progress) throws IOException {
        settings.validate();
        LongitudinalAnalysis.RecurrenceModels models = null;
        if (settings.features()) {
            PipelineSpec spec = settings.recurrencePipeline() == null ? PipelineSpec.defaults() : PipelineFiles.read(settings.recurrencePipeline());
            SavedModel scoring = settings.recurrenceModel() == null ? null : ModelFiles.load(settings.recurrenceModel(), SavedModel.KIND, SavedModel.class);
            models = new LongitudinalAnalysis.RecurrenceModels(spec, scoring);
        }
        ParamsFile featureParams = settings.features() && settings.featureParams() != null ? ParamsFile.read(settings.featureParams()) : null;
        LongitudinalAnalysis.Result result = LongitudinalAnalysis.run(scans, events, settings, CaseLoader::open, featureParams, models, progress);
        write(outDir, result, events, settings);
        return result;
    }

    /** Reads a series CSV; scans sorted by patient (first appearance) and date. Errors name the file and row. */
    public static List<SeriesManifest.Scan> readManifest(Path csv) throws IOException {
        return SeriesManifest.of(csv, CsvReader.read(csv, true), Files::isDirectory);
    }

    /** Scans of one patient folder whose subfolders are named YYYY-MM-DD (other entries are ignored). */
    public static List<SeriesManifest.Scan> readPatientFolder(Path patientFolder) throws IOException {
        if (!Files.isDirectory(patientFolder)) throw new IOException(patientFolder + ": not a folder");
        List<Path> subfolders;
        try (Stream<Path> s = Files.list(patientFolder)) {
            subfolders = s.filter(Files::isDirectory).toList();
        }
        List<SeriesManifest.Scan> scans = SeriesManifest.ofPatientFolder(patientFolder, subfolders);
        if (scans.isEmpty()) throw new IOException(patientFolder + ": no subfolder named by ISO date (YYYY-MM-DD)");
        return scans;
    }

    /** The treatment events of an events CSV, or none for null. */
    public static TreatmentEvents readEvents(Path eventsCsv) throws IOException {
        return eventsCsv == null ? TreatmentEvents.none() : TreatmentEvents.of(eventsCsv, CsvReader.read(eventsCsv, true));
    }

    /** Writes the analysis' tables, reports and trained model. */
    static void write(Path outDir, LongitudinalAnalysis.Result result, TreatmentEvents events, LongitudinalSettings settings) throws IOException {
        Files.createDirectories(outDir);
        CsvWriter.write(AssessmentOutputs.table(result.all()), outDir.resolve("assessment.csv"));
        if (settings.features()) {
            List<ScanFeatures> all = new ArrayList<>();
            result.featuresByPatient().values().forEach(all::addAll);
            CsvWriter.write(FeatureOutputs.featureTable(all), outDir.resolve("features.csv"));
            CsvWriter.write(FeatureOutputs.deltaTable(result.featuresByPatient(), result.references()), outDir.resolve("delta.csv"));
            RecurrenceOutputs.Result r = result.recurrence();
            if (r.predictions() != null) CsvWriter.write(r.predictions(), outDir.resolve("recurrence_predictions.csv"));
            if (r.metrics() != null) CsvWriter.write(r.metrics(), outDir.resolve("recurrence_metrics.csv"));
            if (r.trained() != null) ModelFiles.save(settings.recurrenceSaveModel(), SavedModel.KIND, r.trained());
            if (r.scores() != null) CsvWriter.write(r.scores(), outDir.resolve("recurrence_scores.csv"));
        }
        if (settings.writeReports())
            for (Map.Entry<String, List<Assessment>> e : result.byPatient().entrySet()) {
                String name = LongitudinalAnalysis.fileName(e.getKey());
                org.jfree.chart.JFreeChart chart = TimelineChart.create(e.getKey(), e.getValue(), events, settings);
                ChartFiles.savePng(chart, outDir.resolve(name + "_timeline.png"), 900, 500);
                ChartSvg.save(chart, outDir.resolve(name + "_timeline.svg"), 900, 500);
                String page = AssessmentOutputs.html(e.getKey(), e.getValue(), events, settings);
                CsvWriter.writeAtomically(outDir.resolve(name + "_report.html"), w -> w.write(page));
            }
    }

    /**
     * Writes the series of several patients into {@code dir}: {@code <patient>/<date>/<case>_<seq>.nii.gz},
     * {@code series.csv} (patient,date,case,label), {@code events.csv} and {@code truth.csv}.
     */
    public static void writePhantoms(Path dir, List<LongitudinalPhantom> patients) throws IOException {
        Files.createDirectories(dir);
        for (LongitudinalPhantom p : patients) {
            for (int i = 0; i < p.truth().size(); i++) {
                Path folder = dir.resolve(p.scanFolder(i));
                Files.createDirectories(folder);
                MriCase c = p.scan(i);
                for (Map.Entry<String, Volume> e : c.sequences().entrySet())
                    ImageIO.write(e.getValue(), folder.resolve(c.id() + "_" + e.getKey() + ".nii.gz"));
                ImageIO.write(c.labels().orElseThrow(), folder.resolve(c.id() + "_seg.nii.gz"));
            }
        }
        LongitudinalPhantom.SeriesTables t = LongitudinalPhantom.tables(patients);
        CsvWriter.write(t.series(), dir.resolve("series.csv"));
        CsvWriter.write(t.events(), dir.resolve("events.csv"));
        CsvWriter.write(t.truth(), dir.resolve("truth.csv"));
    }
}
