package org.gliomaradiomics.commands;

import java.io.File;
import org.scijava.plugin.Parameter;

/** Inputs of the plain survival statistics on any table: the CSV, its time column and its event column. */
public abstract class SurvivalTableCommand extends RadiomicsCommand {
    @Parameter(label = "Table (CSV)", style = "open", description = "CSV table with time and event columns", persist = false)
    protected File data;

    @Parameter(label = "Time column", description = "Time column (e.g. OS in days)", persist = false)
    protected String time;

    @Parameter(label = "Event column", description = "Event column (non-zero = event, e.g. death)", persist = false)
    protected String event;
}
