/**
 * Settings documents: the one YAML loader ({@link org.gliomaradiomics.settings.YamlText}, text; {@link
 * org.gliomaradiomics.settings.YamlDocuments} reads files with it) through which every parameter, filter, pipeline and
 * risk-score file is read; {@link org.gliomaradiomics.settings.Setting}, one declared
 * key (name, type, default, meaning) of the schemas the packages above declare (parameter-file settings in
 * {@code extraction.ParameterFileSchema}, PyRadiomics' own among them in {@code features.pyradiomics.PyRadiomicsSettings}, pipeline keys in {@code learn.PipelineSchema}, risk-score keys in
 * {@code survival.RadiomicRiskScore.Settings}); {@link org.gliomaradiomics.settings.SettingValues}, the one typed
 * reader of a mapping against such a schema (types checked, declared defaults, undeclared keys refused), which
 * the filter specifications and PyRadiomics' settings are read through; and
 * {@link org.gliomaradiomics.settings.Problems}, the one message for every problem of a file.
 *
 * <p>Layer: just above {@code image} (text files) and {@code table}, below every algorithm package, which turn the
 * plain trees it returns into their own settings. Reads files; never ImageJ.
 */
package org.gliomaradiomics.settings;
