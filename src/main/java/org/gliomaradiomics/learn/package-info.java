/**
 * Machine learning on radiomic feature tables: reading and joining tables ({@link
 * org.gliomaradiomics.learn.FeatureTableReader}, {@link org.gliomaradiomics.learn.DatasetBuilder}), a leak-free
 * {@link org.gliomaradiomics.learn.PipelineSpec pipeline} (imputation, scaling, filters, ComBat, selection,
 * balancing, any Weka classifier) that is fitted on training rows only, repeated stratified
 * {@link org.gliomaradiomics.learn.CrossValidation cross-validation} with metrics and confidence intervals,
 * {@link org.gliomaradiomics.learn.ComBat ComBat} harmonisation and {@link org.gliomaradiomics.learn.SavedModel
 * saved models}. The core structure is the light {@link org.gliomaradiomics.learn.Dataset}; Weka
 * {@code Instances} only appear inside the classifier step and the ARFF export.
 *
 * <p>Layer: core, above {@code features}; may use {@code parallel}, {@code image}, {@code table}, {@code preprocess},
 * {@code segment} (the Weka runtime set-up) and {@code features}; never ImageJ. Reading feature and clinical tables,
 * writing datasets and saved models still happens in a few classes here, named in {@code LayeringTest}.
 */
package org.gliomaradiomics.learn;
