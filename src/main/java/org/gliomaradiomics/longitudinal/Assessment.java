package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;

/**
 * The RANO 2.0 assessment of one scan: measurements, bidimensional and volumetric categories, and why.
 *
 * @param daysSinceRtEnd days after the end of radiotherapy (negative before it), or null without an rt_end event
 * @param bidimensional the scan's own category (what was known at that scan)
 * @param revisedBidimensional the category in the light of later scans: a preliminary PD becomes pseudoprogression
 *     when a later scan shows a decrease, PD when one confirms it; every other category is unchanged
 */
public record Assessment(String patient, LocalDate date, Integer daysSinceRtEnd, ScanMeasurement measurement,
                         Response bidimensional, Response volumetric, Response revisedBidimensional, Response revisedVolumetric,
                         String reason) {}
