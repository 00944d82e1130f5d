/** Result tables, CSV output and charts (ROC, calibration, Kaplan-Meier in PNG and SVG): how results leave the core library. */
package org.gliomaradiomics.report;
