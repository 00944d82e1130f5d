package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A trained model as saved to disk (image.ModelFiles writes and reads it: header, then Java serialisation): the fitted pipeline
 * with its feature schema (names in order), the target definition, class names, how clinical covariates were
 * encoded, the pipeline settings and the library versions used.
 */
public final class SavedModel implements Serializable {
    static {
        org.gliomaradiomics.segment.WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    private static final long serialVersionUID = 1L;
    /** The kind of model in the file header. */
    public static final String KIND = "classifier";
    public final FittedPipeline pipeline;
    public final TargetDefinition target;
    public final CovariateEncoding covariates;
    public final String pipelineYaml;
    public final Map<String, String> versions;

    public SavedModel(FittedPipeline pipeline, TargetDefinition target, CovariateEncoding covariates, String pipelineYaml) {
        this.pipeline = pipeline;
        this.target = target;
        this.covariates = covariates;
        this.pipelineYaml = pipelineYaml;
        Map<String, String> v = new LinkedHashMap<>();
        String ours = SavedModel.class.getPackage().getImplementationVersion();
        v.put("glioma_radiomics", ours == null ? "development" : ours);
        v.put("weka", weka.core.Version.VERSION);
        v.put("java", System.getProperty("java.version"));
        this.versions = v;
    }

    /** Fits the pipeline on all rows of {@code data} and wraps it for saving. */
    public static SavedModel train(PipelineSpec spec, Dataset data, TargetDefinition target, CovariateEncoding covariates,
                                   long seed) {
        return new SavedModel(spec.fit(data, seed), target, covariates, spec.toYaml());
    }

    public String[] featureNames() {
        return pipeline.inputNames;
    }

    public String[] classNames() {
        return pipeline.classNames;
    }


    /**
     * Class probabilities for the rows of {@code data} (columns in {@link #classNames()} order). Refuses a table
     * whose features do not match, naming the missing columns.
     */
    public double[][] predict(Dataset data) {
        return predict(data, false);
    }

    /**
     * As {@link #predict(Dataset)}; with {@code estimateUnseenBatches} a ComBat step harmonises a site the model was
     * not trained on from that site's own features (see {@link FittedPipeline#predictProbabilities(Dataset, boolean)}).
     */
    public double[][] predict(Dataset data, boolean estimateUnseenBatches) {
        List<String> missing = pipeline.missingColumns(data.featureNames);
        if (!missing.isEmpty())
            throw new IllegalArgumentException("features do not match the model: missing " + missing.size() + " column(s) "
                    + (missing.size() > 20 ? missing.subList(0, 20) + " ..." : missing));
        return pipeline.predictProbabilities(data, estimateUnseenBatches);
    }

    /** Whether the pipeline harmonises sites with ComBat (it then needs batch labels). */
    public boolean usesComBat() {
        return pipeline.steps.stream().anyMatch(s -> s instanceof ComBatTransform);
    }

    /** Most probable class name per row. */
    public String[] predictClasses(Dataset data) {
        double[][] p = predict(data);
        String[] out = new String[p.length];
        for (int i = 0; i < p.length; i++) out[i] = pipeline.classNames[ClassificationMetrics.argmax(p[i])];
        return out;
    }
}
