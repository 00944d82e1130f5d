package org.gliomaradiomics.commands;

import java.io.File;
import java.util.List;
import org.gliomaradiomics.longitudinal.Assessment;
import org.gliomaradiomics.longitudinal.LongitudinalAnalysis;
import org.gliomaradiomics.longitudinal.LesionDiameters;
import org.gliomaradiomics.longitudinal.LongitudinalSettings;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Longitudinal>Longitudinal Analysis",
    description = "Follow-up scans of each patient: volumes, bidimensional diameters, new lesions and RANO 2.0 response (preliminary/confirmed progression, pseudoprogression), with plots and an HTML report")
public class LongitudinalCommand extends RadiomicsCommand {
    @Section("Follow-up series")
    @Parameter(label = "Series manifest (CSV)", style = "open", required = false, description = "Series CSV: patient,date,case[,label] (case = a BraTS-named folder)", persist = false)
    private File manifest;

    @Parameter(label = "Patient folder", style = "directory", required = false, description = "Instead of a manifest: one patient's folder with a subfolder per scan date (YYYY-MM-DD)", persist = false)
    private File patient_folder;

    @Parameter(label = "Treatment events (CSV)", style = "open", required = false, description = "Events CSV: patient,event,date (surgery, rt_start, rt_end, chemo_start, steroids_up, steroids_down)", persist = false)
    private File events;

    @Section("Measurement")
    @Parameter(label = "Register follow-ups", required = false, description = "Register every scan rigidly to the patient's reference scan first", persist = false)
    private boolean register;

    @Parameter(label = "Target lesions (max)", required = false, description = "Target lesions in the sum of products of diameters (RANO 2.0: 3)", persist = false)
    private int max_target_lesions = 3;

    @Parameter(label = "Diameter measurement", choices = {"smooth", "corners"}, description = "Outline the diameters are measured on: smooth (blurred, area-preserving; sub-voxel) or corners (hull of the pixel squares)", persist = false)
    private String diameters = "smooth";

    @Section("Delta radiomics")
    @Parameter(label = "Delta radiomics", required = false, description = "Delta-radiomics: IBSI features per scan, sequence and region (features.csv, delta.csv)", persist = false)
    private boolean features;

    @Parameter(label = "Feature parameter file (YAML)", style = "open", required = false, description = "Parameter YAML for the features (default: bin width 25, 3D aggregation)", persist = false)
    private File feature_params;

    @Parameter(label = "Intensity normalisation", choices = {"zscore", "none"}, description = "Intensity normalisation of each sequence before the features (z-score over the head, x100)", persist = false)
    private String normalize = "zscore";

    @Parameter(label = "Feature sequences", required = false, description = "Sequences for the features, comma-separated (default: all)", persist = false)
    private String feature_sequences = "";

    @Parameter(label = "Feature regions", required = false, description = "Regions for the features, comma-separated", persist = false)
    private String feature_regions = "ET,TC,WT";

    @Section("Recurrence classifier")
    @Parameter(label = "Recurrence pipeline (YAML)", style = "open", required = false, description = "Pipeline YAML of the recurrence classifier (TP vs PsP from the manifest's label column)", persist = false)
    private File recurrence_pipeline;

    @Parameter(label = "Save recurrence model as", style = "save", required = false, description = "Save the recurrence classifier trained on all labelled scans", persist = false)
    private File save_recurrence_model;

    @Parameter(label = "Recurrence model", style = "open", required = false, description = "Score every scan with this saved recurrence classifier", persist = false)
    private File recurrence_model;

    @Section("Output")
    @Parameter(label = "Output folder", style = "directory", description = "Folder for assessment.csv, per-patient timeline plots and HTML reports", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        LongitudinalSettings s = LongitudinalSettings.builder()
            .register(register)
            .maxTargetLesions(max_target_lesions)
            .diameterOutline(diameters.equals("corners") ? LesionDiameters.Outline.PIXEL_CORNERS : LesionDiameters.Outline.SMOOTH)
            .features(features || recurrence_model != null || save_recurrence_model != null)
            .normalizeIntensities(normalize.equals("zscore"))
            .featureParams(feature_params == null ? null : feature_params.toPath())
            .featureSequences(feature_sequences.isBlank() ? null : DatasetCommand.list(feature_sequences))
            .featureRegions(DatasetCommand.list(feature_regions))
            .recurrencePipeline(recurrence_pipeline == null ? null : recurrence_pipeline.toPath())
            .recurrenceSaveModel(save_recurrence_model == null ? null : save_recurrence_model.toPath())
            .recurrenceModel(recurrence_model == null ? null : recurrence_model.toPath())
            .build();
        if ((manifest == null) == (patient_folder == null)) throw new UsageException("give either --manifest or --patient-folder");
        LongitudinalAnalysis.Result r = Inputs.about(manifest != null ? manifest : patient_folder, () -> manifest != null
            ? LongitudinalFiles.run(manifest.toPath(), events == null ? null : events.toPath(), out.toPath(), s, f -> progress().report("analysing", f))
            : LongitudinalFiles.runPatientFolder(patient_folder.toPath(), events == null ? null : events.toPath(), out.toPath(), s, f -> progress().report("analysing", f)));
        List<Assessment> all = r.all();
        outputs().message(r.byPatient().size() + " patient(s), " + all.size() + " scan(s) assessed; wrote " + out.toPath().resolve("assessment.csv"));
        if (!commandLine()) {
            FollowUpViewer.show(manifest != null ? LongitudinalFiles.readManifest(manifest.toPath())
                : LongitudinalFiles.readPatientFolder(patient_folder.toPath()), out.toPath());
            outputs().table(org.gliomaradiomics.longitudinal.AssessmentOutputs.table(all), null, "Longitudinal Assessment");
        }
    }
}
