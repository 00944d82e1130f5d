package org.gliomaradiomics.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetBuilder;
import org.gliomaradiomics.learn.DatasetReport;
import org.gliomaradiomics.learn.FeatureTable;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Classify>Predict",
    description = "Probability per patient from a saved model; refuses a table whose features do not match the model's")
public class PredictCommand extends RadiomicsCommand {
    @Parameter(label = "Model", style = "open", description = "Model written by Train Classifier", persist = false)
    private File model;

    @Parameter(label = "Feature table(s) (CSV)", description = "Feature table CSV(s), comma-separated", persist = false)
    private String features;

    @Parameter(label = "Clinical table (CSV)", style = "open", required = false, description = "Clinical CSV (needed when the model uses covariates)", persist = false)
    private File clinical;

    @Parameter(label = "Patient ID column", required = false, description = "Patient ID column (empty = detect)", persist = false)
    private String id = "";

    @Parameter(label = "Save predictions as (CSV)", style = "save", required = false, description = "CSV file to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        SavedModel m = ModelFiles.load(model.toPath(), SavedModel.KIND, SavedModel.class);
        DatasetReport report = new DatasetReport();
        FeatureTable table = FeatureTableReader.readAll(CsvReader.readAll(DatasetCommand.list(features).stream().map(java.nio.file.Path::of).toList()),
            id.isEmpty() ? null : id, report.unmatchedBetweenFeatureTables);
        ClinicalTable clin = clinical == null ? null : ClinicalTable.read(CsvReader.read(clinical.toPath()), id.isEmpty() ? null : id);
        DatasetBuilder b = new DatasetBuilder(table, clin).covariateEncoding(m.covariates);
        if (m.covariates != null) b.covariates(new ArrayList<>(m.covariates.levels.keySet()));
        Dataset d = Inputs.about(clinical, () -> b.build(report));
        double[][] p = Inputs.about(null, () -> m.predict(d));
        String[] classes = m.classNames();
        String[] predicted = m.predictClasses(d);
        List<String> cols = new ArrayList<>(List.of("id", "predicted"));
        for (String c : classes) cols.add("p_" + c);
        Table t = new Table(cols);
        for (int i = 0; i < d.rows(); i++) {
            Object[] row = new Object[cols.size()];
            row[0] = d.ids[i];
            row[1] = predicted[i];
            for (int k = 0; k < classes.length; k++) row[2 + k] = p[i][k];
            t.addRow(row);
        }
        outputs().table(t, out, "Predictions");
    }
}
