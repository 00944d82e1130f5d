package org.gliomaradiomics.survival;

import org.gliomaradiomics.table.CsvTable;

/**
 * Right-censored survival data: follow-up time, event flag (true = event observed) and an optional
 * covariate matrix {@code x[subject][covariate]} with column names. Arrays are shared, not copied.
 */
public record SurvivalData(double[] time, boolean[] event, double[][] covariates, String[] covariateNames) {

    public SurvivalData {
        if (time.length != event.length)
            throw new IllegalArgumentException(time.length + " times but " + event.length + " event flags");
        if (covariates.length != time.length)
            throw new IllegalArgumentException(time.length + " times but " + covariates.length + " covariate rows");
        for (int i = 0; i < time.length; i++)
            if (!(time[i] >= 0) || Double.isInfinite(time[i]))
                throw new IllegalArgumentException("subject " + i + ": survival time " + time[i] + " is not a finite non-negative number");
    }

    public int size() { return time.length; }

    /** Values of one covariate by name. */
    public double[] covariate(String name) {
        for (int j = 0; j < covariateNames.length; j++)
            if (covariateNames[j].equals(name)) {
                double[] out = new double[size()];
                for (int i = 0; i < out.length; i++) out[i] = covariates[i][j];
                return out;
            }
        throw new IllegalArgumentException("no covariate '" + name + "'");
    }

    /**
     * Time, event (non-zero = event) and numeric covariates from a CSV table by column name. A value that
     * is missing or not a number is an error naming the file, the line and the column.
     */
    public static SurvivalData fromCsv(CsvTable table, String timeColumn, String eventColumn, String... covariates) {
        int n = table.rowCount();
        double[] time = table.numericColumn(timeColumn);
        double[] eventValue = table.numericColumn(eventColumn);
        boolean[] event = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (time[i] < 0 || Double.isNaN(time[i]))
                throw table.error(i, timeColumn, "time " + time[i] + " is negative");
            event[i] = eventValue[i] != 0;
        }
        double[][] x = new double[n][covariates.length];
        for (int j = 0; j < covariates.length; j++) {
            double[] column = table.numericColumn(covariates[j]);
            for (int i = 0; i < n; i++) x[i][j] = column[i];
        }
        return new SurvivalData(time, event, x, covariates.clone());
    }
}
