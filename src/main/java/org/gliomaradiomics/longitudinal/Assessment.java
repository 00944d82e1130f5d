package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;

/**
 * The RANO 2.0 assessment of one scan: measurements, bidimensional and volumetric categories, and why.
 *
 * @param daysSinceRtEnd days after the end of radiotherapy (negative before it), or null without an rt_end event
 */
public record Assessment(String patient, LocalDate date, Integer daysSinceRtEnd, ScanMeasurement measurement,
                         Response bidimensional, Response volumetric, String reason) {}
