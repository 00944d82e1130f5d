/**
 * Longitudinal recurrence analysis of glioma series: patient series and treatment events (CSV manifests or a
 * patient folder of ISO-dated scans), per-scan measurements (sub-region volumes, bidimensional diameters of
 * enhancing lesions, SPD), new-lesion detection, RANO 2.0 response assessment (bidimensional and volumetric,
 * with preliminary / confirmed progression and pseudoprogression), delta-radiomics (features.csv, delta.csv), a
 * true-progression / pseudoprogression classifier on the delta features (recurrence_*.csv), a synthetic
 * longitudinal phantom with known truth, and the per-patient outputs (assessment.csv, timeline chart, HTML report).
 * {@link org.gliomaradiomics.longitudinal.LongitudinalAnalysis#run} is the one-call entry for the command layer,
 * which reads the manifests and case folders and writes the outputs ({@code commands.LongitudinalFiles}).
 *
 * <p>Layer: the highest core package; may use everything below the command layer ({@code report} included, for
 * the timeline chart and the HTML report, built in memory); never ImageJ, never the file system (checked by
 * {@code LayeringTest}).
 */
package org.gliomaradiomics.longitudinal;
