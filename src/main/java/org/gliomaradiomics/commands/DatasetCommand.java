package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetBuilder;
import org.gliomaradiomics.learn.DatasetReport;
import org.gliomaradiomics.learn.FeatureTable;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.table.CsvReader;
import org.scijava.plugin.Parameter;

/**
 * Inputs shared by the classifier commands: feature tables (ours, PyRadiomics or CaPTk CSV) joined by patient ID
 * with a clinical table, the target and which of its values are positive, clinical covariates, and a pipeline.
 */
public abstract class DatasetCommand extends RadiomicsCommand {
    @Parameter(label = "Feature table(s) (CSV)", description = "Feature table CSV(s), comma-separated (long or wide format)", persist = false)
    protected String features;

    @Parameter(label = "Clinical table (CSV)", style = "open", required = false, description = "Clinical CSV with the target and covariates", persist = false)
    protected File clinical;

    @Parameter(label = "Patient ID column", required = false, description = "Patient ID column (empty = detect: ID, case, SubjectID, ...)", persist = false)
    protected String id = "";

    @Parameter(label = "Target column", required = false, description = "Target column of the clinical table", persist = false)
    protected String target = "";

    @Parameter(label = "Positive class (regex)", required = false, description = "Values counted as positive, e.g. (?i)mut|IDH[12]; empty = every value a class", persist = false)
    protected String positive_regex = "";

    @Parameter(label = "Covariates (columns)", required = false, description = "Clinical columns added as features, comma-separated (e.g. Age,Sex)", persist = false)
    protected String covariates = "";

    @Parameter(label = "Pipeline (YAML)", style = "open", required = false, description = "Pipeline YAML (imputation, scaling, selection, classifier, ...)", persist = false)
    protected File pipeline;

    @Parameter(label = "Seed", required = false, description = "Random seed", persist = false)
    protected long seed = 1;

    protected DatasetReport report = new DatasetReport();
    protected TargetDefinition targetDefinition;
    protected DatasetBuilder builder;
    /** The clinical table read by {@link #dataset}, or null. */
    protected ClinicalTable clinicalTable;

    protected static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    protected List<Path> featureFiles() {
        List<Path> files = new ArrayList<>();
        for (String f : list(features)) files.add(Path.of(f));
        if (files.isEmpty()) throw new UsageException("--features: no feature table given");
        return files;
    }

    protected PipelineSpec pipelineSpec() throws Exception {
        return pipeline == null ? PipelineSpec.defaults() : Inputs.about(pipeline, () -> PipelineFiles.read(pipeline.toPath()));
    }

    /** The value of a clinical column for each row of {@code d} (e.g. the site); an empty value is an error naming the patient. */
    protected String[] clinicalValues(Dataset d, String column) throws Exception {
        if (clinicalTable == null) throw new CommandException("column '" + column + "' needs --clinical");
        Inputs.about(clinical, () -> { clinicalTable.requireColumn(column); return null; });
        String[] out = new String[d.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = clinicalTable.rows.get(d.ids[i]).getOrDefault(column, "");
            if (out[i].isEmpty()) throw new CommandException(clinical + ": patient " + d.ids[i] + " has no value in column '" + column + "'");
        }
        return out;
    }

    /**
     * Each class of {@code d} named for charts from the target and its values in the clinical table: {@code IDH=wildtype}
     * for a class of one value, {@code MGMT=Methylated|Unmethylated} for two or three, and for a binary target's
     * class of more values the pattern that defines it ({@code IDH=/(?i)mut|IDH[12]/}, {@code IDH≠/…/}).
     */
    protected String[] classLabels(Dataset d) {
        return classLabels(d, clinicalTable, targetDefinition);
    }

    static String[] classLabels(Dataset d, ClinicalTable clinicalTable, TargetDefinition targetDefinition) {
        String[] labels = d.classNames.clone();
        if (clinicalTable == null || targetDefinition == null) return labels;
        String t = targetDefinition.column;
        for (int c = 0; c < labels.length; c++) {
            java.util.Set<String> values = new java.util.TreeSet<>();
            for (int i = 0; i < d.ids.length; i++)
                if (d.y[i] == c) values.add(clinicalTable.rows.getOrDefault(d.ids[i], java.util.Map.of()).getOrDefault(t, "").trim());
            if (!values.isEmpty() && values.size() <= 3) labels[c] = t + "=" + String.join("|", values);
            else if (targetDefinition.isBinary()) labels[c] = t + (c == 1 ? "=/" : "\u2260/") + targetDefinition.positiveRegex + "/";
        }
        return labels;
    }

    /** Builds the dataset; with {@code needTarget} the target column must be given. */
    protected Dataset dataset(boolean needTarget, String batchColumn) throws Exception {
        if (needTarget && target.isEmpty()) throw new UsageException("--target is required");
        progress().report("reading tables", 0);
        FeatureTable table = FeatureTableReader.readAll(CsvReader.readAll(featureFiles()), id.isEmpty() ? null : id, report.unmatchedBetweenFeatureTables);
        ClinicalTable clin = clinical == null ? null : ClinicalTable.read(CsvReader.read(clinical.toPath()), id.isEmpty() ? null : id);
        clinicalTable = clin;
        builder = new DatasetBuilder(table, clin).covariates(list(covariates));
        if (!target.isEmpty()) {
            targetDefinition = positive_regex.isEmpty() ? TargetDefinition.multiClass(target) : TargetDefinition.binary(target, positive_regex);
            builder.target(targetDefinition);
        }
        if (batchColumn != null && !batchColumn.isEmpty()) builder.batchColumn(batchColumn);
        Dataset d = Inputs.about(clinical, () -> builder.build(report));
        if (d.rows() == 0) throw new CommandException("no patient left after joining the tables: " + report);
        outputs().message(d.rows() + " patients, " + d.features() + " features" + (d.classNames == null ? "" : ", classes " + Arrays.toString(d.classNames)
            + " " + Arrays.toString(d.classCounts())) + "; " + report);
        return d;
    }
}
