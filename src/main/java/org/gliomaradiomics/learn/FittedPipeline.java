package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A pipeline fitted on training rows: its input schema, fitted steps and the trained Weka classifier. */
public final class FittedPipeline implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Feature names the pipeline expects, in order. */
    public final String[] inputNames;
    public final List<FittedTransform> steps;
    /** Features that reach the classifier (after filters and selection). */
    public final String[] selectedFeatures;
    public final WekaClassifier classifier;
    public final String[] classNames;
    /** Parameters chosen by nested tuning (empty without a grid). */
    public final Map<String, Object> chosenParameters;

    FittedPipeline(String[] inputNames, List<FittedTransform> steps, String[] selectedFeatures, WekaClassifier classifier,
                   String[] classNames, Map<String, Object> chosenParameters) {
        this.inputNames = inputNames;
        this.steps = List.copyOf(steps);
        this.selectedFeatures = selectedFeatures;
        this.classifier = classifier;
        this.classNames = classNames;
        this.chosenParameters = new LinkedHashMap<>(chosenParameters);
    }

    /** Columns of {@link #inputNames} that {@code available} lacks (empty when the table fits). */
    public List<String> missingColumns(String[] available) {
        Set<String> have = new HashSet<>(List.of(available));
        List<String> missing = new ArrayList<>();
        for (String n : inputNames) if (!have.contains(n)) missing.add(n);
        return missing;
    }

    /** Class probabilities per row (columns in {@link #classNames} order). Extra columns are ignored. */
    public double[][] predictProbabilities(Dataset data) {
        return predictProbabilities(data, false);
    }

    /**
     * As {@link #predictProbabilities(Dataset)}; with {@code estimateUnseenBatches} a ComBat step harmonises a batch
     * (site) not seen in training with its own location and scale, estimated from the features of its rows in
     * {@code data} (never their labels) against the training estimates. Without it such a batch is an error.
     */
    public double[][] predictProbabilities(Dataset data, boolean estimateUnseenBatches) {
        List<String> missing = missingColumns(data.featureNames);
        if (!missing.isEmpty())
            throw new IllegalArgumentException("the feature table lacks " + missing.size() + " column(s) the model needs: "
                    + (missing.size() > 20 ? missing.subList(0, 20) + " ..." : missing));
        Dataset d = new ColumnSubset("model schema", inputNames).apply(data);
        for (FittedTransform t : steps)
            d = estimateUnseenBatches && t instanceof ComBatTransform c ? c.apply(d, true) : t.apply(d);
        return classifier.distributions(d);
    }
}
