/**
 * Settings documents: the one YAML loader ({@link org.gliomaradiomics.settings.YamlDocuments}) through which every
 * parameter, filter, pipeline and risk-score file is read.
 *
 * <p>Layer: just above {@code image} (text files) and {@code table}, below every algorithm package, which turn the
 * plain trees it returns into their own immutable settings. Reads files; never ImageJ.
 */
package org.gliomaradiomics.settings;
