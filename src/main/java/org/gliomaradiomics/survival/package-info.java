/**
 * Survival analysis for radiomic studies: Kaplan-Meier estimates with Greenwood intervals, log-rank tests,
 * Cox regression (Efron/Breslow ties), penalised Cox paths (lasso, ridge, elastic net), the proportional
 * hazards score test, concordance indices, time-dependent AUC and a cross-validated radiomic risk score.
 * Everything takes plain arrays ({@code double[] time}, {@code boolean[] event}, {@code double[n][p]}) and
 * returns immutable results; nothing prints or touches the file system (CSV inputs arrive parsed, as
 * {@link org.gliomaradiomics.table.CsvTable}s).
 *
 * <p>Layer: core, beside {@code learn}; may use {@code parallel}, {@code image}, {@code table} and {@code settings};
 * never ImageJ.
 */
package org.gliomaradiomics.survival;
