/**
 * Extraction runs over files: parameter files ({@link org.gliomaradiomics.extraction.ParamsFile}, keys declared in
 * {@link org.gliomaradiomics.extraction.ParameterFileSchema}, turned into IBSI settings by
 * {@link org.gliomaradiomics.extraction.ExtractionParams}), batch extraction over a manifest of cases with a journal
 * that lets an interrupted batch resume ({@link org.gliomaradiomics.extraction.BatchExtraction}), and the feature
 * tables (long and wide CSV, merging the tables of shards).
 *
 * <p>Layer: above {@code features} (whose {@code CaseExtraction} computes one case), below {@code learn},
 * {@code longitudinal} and the command layer, which call it. Reads and writes files (manifests, journals, tables,
 * parameter files), always through {@code image}'s atomic writers; never ImageJ.
 */
package org.gliomaradiomics.extraction;
