package org.gliomaradiomics.commands;

import java.io.File;
import org.scijava.plugin.Parameter;

/** Inputs of the plain survival statistics on any table: the CSV, its time column and its event column. */
public abstract class SurvivalTableCommand extends RadiomicsCommand {
    @Parameter(label = "data", style = "open", description = "CSV table with time and event columns")
    protected File data;

    @Parameter(label = "time", description = "Time column (e.g. OS in days)")
    protected String time;

    @Parameter(label = "event", description = "Event column (non-zero = event, e.g. death)")
    protected String event;
}
