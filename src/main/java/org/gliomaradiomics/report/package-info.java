/**
 * Charts and report output. Survival charts: {@link org.gliomaradiomics.report.KaplanMeierChart} (JFreeChart, PNG)
 * and {@link org.gliomaradiomics.report.KaplanMeierSvg} (hand-written SVG, since JFreeChart core has no SVG export),
 * both with censoring marks and a number-at-risk table under the time axis.
 */
package org.gliomaradiomics.report;
