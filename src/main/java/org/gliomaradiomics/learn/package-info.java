/**
 * Machine learning on radiomic feature tables: turning parsed CSV tables into feature tables and joining them
 * ({@link org.gliomaradiomics.learn.FeatureTableReader}, {@link org.gliomaradiomics.learn.DatasetBuilder}), a leak-free
 * {@link org.gliomaradiomics.learn.PipelineSpec pipeline} (imputation, scaling, filters, ComBat, selection,
 * balancing, any Weka classifier; keys declared in {@link org.gliomaradiomics.learn.PipelineSchema}) that is fitted
 * on training rows only, repeated stratified
 * {@link org.gliomaradiomics.learn.CrossValidation cross-validation} with metrics and confidence intervals,
 * {@link org.gliomaradiomics.learn.ComBat ComBat} harmonisation and {@link org.gliomaradiomics.learn.SavedModel
 * saved models}. The core structure is the light {@link org.gliomaradiomics.learn.Dataset}; Weka
 * {@code Instances} only appear inside the classifier step and the ARFF export.
 *
 * <p>Layer: core, above {@code features} and {@code extraction}; may use {@code parallel}, {@code image}, {@code table},
 * {@code settings}, {@code preprocess}, {@code segment} (the Weka runtime set-up) and {@code features}; never ImageJ.
 * Tables arrive parsed ({@code table.CsvTable}), pipelines as YAML text ({@code settings.YamlText}) with a reader for
 * their robustness table, and datasets are written to a {@code Writer}; no class here opens files ({@code
 * commands.PipelineFiles} reads pipeline files, {@code image.ModelFiles} model files; checked by {@code LayeringTest}).
 */
package org.gliomaradiomics.learn;
