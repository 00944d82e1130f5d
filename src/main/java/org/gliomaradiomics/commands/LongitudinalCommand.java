package org.gliomaradiomics.commands;

import java.io.File;
import java.util.List;
import org.gliomaradiomics.longitudinal.Assessment;
import org.gliomaradiomics.longitudinal.LongitudinalAnalysis;
import org.gliomaradiomics.longitudinal.LongitudinalSettings;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Longitudinal>Longitudinal Analysis",
    description = "Follow-up scans of each patient: volumes, bidimensional diameters, new lesions and RANO 2.0 response (preliminary/confirmed progression, pseudoprogression), with plots and an HTML report")
public class LongitudinalCommand extends RadiomicsCommand {
    @Parameter(label = "manifest", style = "open", required = false, description = "Series CSV: patient,date,case[,label] (case = a BraTS-named folder)")
    private File manifest;

    @Parameter(label = "patient_folder", style = "directory", required = false, description = "Instead of a manifest: one patient's folder with a subfolder per scan date (YYYY-MM-DD)")
    private File patient_folder;

    @Parameter(label = "events", style = "open", required = false, description = "Events CSV: patient,event,date (surgery, rt_start, rt_end, chemo_start, steroids_up, steroids_down)")
    private File events;

    @Parameter(label = "register", required = false, description = "Register every scan rigidly to the patient's reference scan first")
    private boolean register;

    @Parameter(label = "max_target_lesions", required = false, description = "Target lesions in the sum of products of diameters (RANO 2.0: 3)")
    private int max_target_lesions = 3;

    @Parameter(label = "out", style = "directory", description = "Folder for assessment.csv, per-patient timeline plots and HTML reports")
    private File out;

    @Override
    protected void execute() throws Exception {
        LongitudinalSettings s = new LongitudinalSettings();
        s.register = register;
        s.maxTargetLesions = max_target_lesions;
        if ((manifest == null) == (patient_folder == null)) throw new CommandException("give either --manifest or --patient-folder");
        LongitudinalAnalysis.Result r = Inputs.about(manifest != null ? manifest : patient_folder, () -> manifest != null
            ? LongitudinalAnalysis.run(manifest.toPath(), events == null ? null : events.toPath(), out.toPath(), s, f -> progress().report("analysing", f))
            : LongitudinalAnalysis.runPatientFolder(patient_folder.toPath(), events == null ? null : events.toPath(), out.toPath(), s, f -> progress().report("analysing", f)));
        List<Assessment> all = r.all();
        Outputs.message(r.byPatient().size() + " patient(s), " + all.size() + " scan(s) assessed; wrote " + out.toPath().resolve("assessment.csv"));
        if (!CommandEnvironment.commandLine()) {
            FollowUpViewer.show(manifest != null ? org.gliomaradiomics.longitudinal.SeriesManifest.read(manifest.toPath())
                : org.gliomaradiomics.longitudinal.SeriesManifest.readPatientFolder(patient_folder.toPath()), out.toPath());
            Outputs.table(org.gliomaradiomics.report.CsvTables.read(out.toPath().resolve("assessment.csv")), null, "Longitudinal Assessment");
        }
    }
}
