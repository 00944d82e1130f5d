package org.gliomaradiomics.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.gliomaradiomics.survival.CsvTable;

/** Time, event and covariates read from any CSV table, rows with a missing value left out and counted. */
final class SurvivalInputs {
    final double[] time;
    final boolean[] event;
    final double[][] covariates;
    final int[] group;
    final String[] groupNames;
    final int[] rows;
    final int dropped;

    private SurvivalInputs(double[] time, boolean[] event, double[][] covariates, int[] group, String[] groupNames, int[] rows, int dropped) {
        this.time = time;
        this.event = event;
        this.covariates = covariates;
        this.group = group;
        this.groupNames = groupNames;
        this.rows = rows;
        this.dropped = dropped;
    }

    static SurvivalInputs read(CsvTable t, String timeColumn, String eventColumn, List<String> covariateColumns, String groupColumn) throws IOException {
        Path src = t.source();
        for (String c : concat(List.of(timeColumn, eventColumn), covariateColumns, groupColumn))
            if (!t.hasColumn(c)) throw new CommandException(src + ": no column '" + c + "' (columns: " + String.join(", ", t.columns()) + ")");
        List<Integer> keep = new ArrayList<>();
        rows:
        for (int r = 0; r < t.rowCount(); r++) {
            for (String c : concat(List.of(timeColumn, eventColumn), covariateColumns, groupColumn)) if (t.isMissing(r, c)) continue rows;
            keep.add(r);
        }
        int n = keep.size();
        if (n < 2) throw new CommandException(src + ": fewer than 2 rows with time, event" + (covariateColumns.isEmpty() ? "" : " and covariates"));
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[][] x = new double[n][covariateColumns.size()];
        int[] rows = new int[n];
        TreeMap<String, Integer> levels = new TreeMap<>();
        if (groupColumn != null) for (int r : keep) levels.put(t.text(r, groupColumn), 0);
        int code = 0;
        for (var e : levels.entrySet()) e.setValue(code++);
        int[] group = groupColumn == null ? null : new int[n];
        for (int i = 0; i < n; i++) {
            int r = keep.get(i);
            rows[i] = r;
            time[i] = t.number(r, timeColumn);
            if (!(time[i] >= 0) || Double.isInfinite(time[i]))
                throw new CommandException(src + ": row " + (r + 1) + ", column '" + timeColumn + "': time " + t.text(r, timeColumn)
                    + " is not a finite number >= 0");
            double e = t.number(r, eventColumn);
            if (e != 0 && e != 1)
                throw new CommandException(src + ": row " + (r + 1) + ", column '" + eventColumn + "': event " + t.text(r, eventColumn)
                    + " is neither 0 (censored) nor 1 (event)");
            event[i] = e == 1;
            for (int j = 0; j < covariateColumns.size(); j++) x[i][j] = t.number(r, covariateColumns.get(j));
            if (group != null) group[i] = levels.get(t.text(r, groupColumn));
        }
        return new SurvivalInputs(time, event, x, group, levels.keySet().toArray(new String[0]), rows, t.rowCount() - n);
    }

    private static List<String> concat(List<String> a, List<String> b, String c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        if (c != null) out.add(c);
        return out;
    }

    /** The time points of a {@code --times} option ("365,730"); empty for an empty text. */
    static double[] times(String text) {
        List<String> items = DatasetCommand.list(text);
        double[] out = new double[items.size()];
        for (int k = 0; k < out.length; k++) {
            try {
                out[k] = Double.parseDouble(items.get(k));
            } catch (NumberFormatException e) {
                out[k] = Double.NaN;
            }
            if (!(out[k] >= 0) || Double.isInfinite(out[k]))
                throw new CommandException("--times: '" + items.get(k) + "' is not a finite time >= 0 (expected e.g. 365,730)");
        }
        return out;
    }

    /** The choices of the commands' {@code time_unit} option. */
    static final String[] TIME_UNITS = {"auto", "days", "weeks", "months", "years"};

    /**
     * The label of a time axis: the column and its unit ("OS (days)", or "Time (weeks)" when the column already names
     * the unit, e.g. {@code week}). With unit {@code auto} the unit is read from the column's name; when it cannot be,
     * the axis says so and a warning asks for {@code --time-unit}.
     */
    static String timeAxis(String column, String unit, Outputs outputs) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(day|week|month|year)").matcher(column);
        boolean named = m.find();
        String u = !unit.equals("auto") ? unit : named ? m.group(1).toLowerCase(java.util.Locale.ROOT) + "s" : null;
        if (u == null) {
            outputs.warning("the unit of '" + column + "' is not in its name; give --time-unit (days, weeks, months or years) for the time axis");
            return column + " (unit not given)";
        }
        return named && column.toLowerCase(java.util.Locale.ROOT).contains(u.substring(0, u.length() - 1)) ? "Time (" + u + ")" : column + " (" + u + ")";
    }
}
