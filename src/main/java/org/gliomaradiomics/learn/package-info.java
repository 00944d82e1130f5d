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
 * Tables arrive parsed ({@code table.CsvTable}) and datasets are written to a {@code Writer}; two classes still open
 * files, named in {@code LayeringTest}: {@code PipelineSpec} (a pipeline file and its robustness table) and
 * {@code SavedModel} (model files).
 */
package org.gliomaradiomics.learn;
