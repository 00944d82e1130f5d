/**
 * Charts of results (ROC, calibration, decision curves, Kaplan-Meier, in PNG and SVG): how results leave the core
 * library as pictures.
 *
 * <p>Layer: above {@code learn} and {@code survival}, whose results it draws; below {@code longitudinal} and the
 * command layer. Writes files (charts); never ImageJ.
 */
package org.gliomaradiomics.report;
