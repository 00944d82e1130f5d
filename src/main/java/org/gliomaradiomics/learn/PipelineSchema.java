package org.gliomaradiomics.learn;

import static org.gliomaradiomics.settings.Setting.Scope.BOTH;
import static org.gliomaradiomics.settings.Setting.Type.BOOLEAN;
import static org.gliomaradiomics.settings.Setting.Type.INTEGER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBER;
import static org.gliomaradiomics.settings.Setting.Type.TEXT;
import static org.gliomaradiomics.settings.Setting.Type.TEXTS;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gliomaradiomics.settings.Setting;

/**
 * The keys of a pipeline file, declared once: a section's keys are dotted ({@code selection.k}). {@link PipelineSpec}
 * accepts exactly these keys; the README's table of pipeline keys is checked against them ({@code
 * PipelineSchemaTest}).
 */
public final class PipelineSchema {
    private PipelineSchema() {}

    public static final List<Setting> SETTINGS = List.of(
        new Setting("robust.table", TEXT, "", BOTH, "robustness.csv of the robustness command (relative to the pipeline file); drops unstable features first"),
        new Setting("robust.icc", NUMBER, "0.75", BOTH, "features whose measure is below this are dropped"),
        new Setting("robust.measure", TEXT, "icc1", BOTH, "the robustness table's column: icc1, icc2, icc1_lower, icc2_lower"),
        new Setting("impute", TEXT, "median", BOTH, "median or none"),
        new Setting("nearConstant", NUMBER, "", BOTH, "drop features whose most frequent value covers more than this fraction of rows"),
        new Setting("combat.parametric", BOOLEAN, "true", BOTH, "ComBat's parametric (true) or non-parametric empirical Bayes priors"),
        new Setting("combat.eb", BOOLEAN, "true", BOTH, "empirical Bayes shrinkage of the site effects"),
        new Setting("combat.covariates", TEXTS, "", BOTH, "clinical columns whose effects ComBat keeps"),
        new Setting("correlation", NUMBER, "", BOTH, "drop one of each pair with |r| above this (keeping the one more related to the target)"),
        new Setting("scale", TEXT, "zscore", BOTH, "zscore or none"),
        new Setting("selection.method", TEXT, "mrmr", BOTH, "anova, mrmr, relieff, infogain or l1logistic"),
        new Setting("selection.k", INTEGER, "20", BOTH, "the number of features kept"),
        new Setting("selection.reliefSamples", INTEGER, "0", BOTH, "ReliefF's sampled instances (0: all)"),
        new Setting("balance", TEXT, "none", BOTH, "none, weights or resample"),
        new Setting("classifier.name", TEXT, "weka.classifiers.trees.RandomForest", BOTH, "any Weka classifier class"),
        new Setting("classifier.options", TEXT, "", BOTH, "the classifier's Weka options, e.g. \"-I 100\""),
        new Setting("grid", TEXT, "", BOTH, "nested tuning: a mapping of dotted keys to lists of values"),
        new Setting("innerFolds", INTEGER, "3", BOTH, "inner folds of the grid search"));

    /** The top-level keys: plain keys and section names. */
    static Set<String> topKeys() {
        Set<String> out = new LinkedHashSet<>();
        for (Setting s : SETTINGS) out.add(s.key().contains(".") ? s.key().substring(0, s.key().indexOf('.')) : s.key());
        return out;
    }

    /** The keys inside a section ({@code selection} → method, k, reliefSamples); empty for a plain key. */
    static Set<String> sectionKeys(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (Setting s : SETTINGS) if (s.key().startsWith(section + ".")) out.add(s.key().substring(section.length() + 1));
        return out;
    }
}
