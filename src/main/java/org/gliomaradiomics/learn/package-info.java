/**
 * Machine learning on radiomic feature tables: reading and joining tables ({@link
 * org.gliomaradiomics.learn.FeatureTableReader}, {@link org.gliomaradiomics.learn.DatasetBuilder}), a leak-free
 * {@link org.gliomaradiomics.learn.PipelineSpec pipeline} (imputation, scaling, filters, ComBat, selection,
 * balancing, any Weka classifier) that is fitted on training rows only, repeated stratified
 * {@link org.gliomaradiomics.learn.CrossValidation cross-validation} with metrics and confidence intervals,
 * {@link org.gliomaradiomics.learn.ComBat ComBat} harmonisation and {@link org.gliomaradiomics.learn.SavedModel
 * saved models}. The core structure is the light {@link org.gliomaradiomics.learn.Dataset}; Weka
 * {@code Instances} only appear inside the classifier step and the ARFF export.
 */
package org.gliomaradiomics.learn;
