package org.gliomaradiomics.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.FeatureTable;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.survival.CsvTable;

/**
 * A validation cohort for a survival model: per patient the ID, time, event and the model's variables (NaN where
 * missing). The variables come from the feature table(s) joined with the clinical table on the patient ID, a
 * variable absent from the feature tables being read from the clinical table; without feature tables, from the
 * clinical table alone, row by row. Patients without time or event are left out and counted.
 */
record SurvivalCohort(String[] ids, double[] time, boolean[] event, double[][] values, int leftOut) {

    /**
     * @param features feature table paths (empty: the clinical table holds every variable)
     * @param id ID column, or empty to detect it (with feature tables) or number the rows (without)
     */
    static SurvivalCohort read(List<Path> features, File clinical, String id, String timeColumn, String eventColumn, String[] variables)
            throws IOException {
        return features.isEmpty() ? fromClinical(clinical.toPath(), id, timeColumn, eventColumn, variables)
            : joined(features, clinical, id, timeColumn, eventColumn, variables);
    }

    private static SurvivalCohort fromClinical(Path clinical, String id, String timeColumn, String eventColumn, String[] variables) throws IOException {
        CsvTable t = CsvTable.read(clinical);
        List<String> absent = new ArrayList<>();
        for (String c : concat(timeColumn, eventColumn, variables)) if (!t.hasColumn(c)) absent.add(c);
        if (!id.isEmpty() && !t.hasColumn(id)) absent.add(id);
        if (!absent.isEmpty()) throw new CommandException(clinical + ": no column " + String.join(", ", absent) + " (columns: " + String.join(", ", t.columns()) + ")");
        Builder b = new Builder();
        for (int r = 0; r < t.rowCount(); r++) {
            String patient = id.isEmpty() ? "row " + (r + 1) : t.text(r, id);
            if (t.isMissing(r, timeColumn) || t.isMissing(r, eventColumn)) { b.leftOut++; continue; }
            double[] v = new double[variables.length];
            for (int j = 0; j < variables.length; j++) v[j] = t.isMissing(r, variables[j]) ? Double.NaN : number(clinical, patient, variables[j], t.text(r, variables[j]));
            b.add(clinical, patient, t.text(r, timeColumn), t.text(r, eventColumn), timeColumn, eventColumn, v);
        }
        return b.build();
    }

    private static SurvivalCohort joined(List<Path> features, File clinical, String id, String timeColumn, String eventColumn, String[] variables)
            throws IOException {
        FeatureTable ft = FeatureTableReader.readAll(features, id.isEmpty() ? null : id, new ArrayList<>());
        ClinicalTable clin = ClinicalTable.read(clinical.toPath(), id.isEmpty() ? null : id);
        Map<String, Integer> featureColumn = new java.util.HashMap<>();
        for (int c = 0; c < ft.names.length; c++) featureColumn.put(ft.names[c], c);
        List<String> absent = new ArrayList<>();
        for (String c : concat(timeColumn, eventColumn)) if (!clin.columns.contains(c)) absent.add(c);
        if (!absent.isEmpty()) throw new CommandException(clinical + ": no column " + String.join(", ", absent) + " (columns: " + String.join(", ", clin.columns) + ")");
        for (String v : variables) if (!featureColumn.containsKey(v) && !clin.columns.contains(v)) absent.add(v);
        if (!absent.isEmpty())
            throw new CommandException("the model's variable(s) " + (absent.size() > 20 ? absent.subList(0, 20) + " ..." : absent)
                + " are in neither the feature table(s) nor " + clinical);
        Builder b = new Builder();
        for (int i = 0; i < ft.ids.length; i++) {
            Map<String, String> row = clin.rows.get(ft.ids[i]);
            if (row == null || missing(row.getOrDefault(timeColumn, "")) || missing(row.getOrDefault(eventColumn, ""))) { b.leftOut++; continue; }
            double[] v = new double[variables.length];
            for (int j = 0; j < variables.length; j++) {
                Integer c = featureColumn.get(variables[j]);
                String text = c == null ? row.getOrDefault(variables[j], "") : null;
                v[j] = c != null ? ft.values[i][c] : missing(text) ? Double.NaN : number(clinical.toPath(), ft.ids[i], variables[j], text);
            }
            b.add(clinical.toPath(), ft.ids[i], row.get(timeColumn), row.get(eventColumn), timeColumn, eventColumn, v);
        }
        return b.build();
    }

    private static boolean missing(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null");
    }

    private static double number(Path file, String patient, String column, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandException(file + ": " + patient + ", column '" + column + "': '" + text + "' is not a number");
        }
    }

    private static List<String> concat(String a, String b, String... rest) {
        List<String> out = new ArrayList<>(List.of(a, b));
        out.addAll(List.of(rest));
        return out;
    }

    private static final class Builder {
        final List<String> ids = new ArrayList<>();
        final List<Double> time = new ArrayList<>();
        final List<Boolean> event = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        int leftOut;

        void add(Path file, String patient, String timeText, String eventText, String timeColumn, String eventColumn, double[] v) {
            double t = number(file, patient, timeColumn, timeText), e = number(file, patient, eventColumn, eventText);
            if (!(t >= 0) || Double.isInfinite(t))
                throw new CommandException(file + ": " + patient + ", column '" + timeColumn + "': time " + timeText + " is not a finite number >= 0");
            if (e != 0 && e != 1)
                throw new CommandException(file + ": " + patient + ", column '" + eventColumn + "': event " + eventText + " is neither 0 (censored) nor 1 (event)");
            ids.add(patient);
            time.add(t);
            event.add(e == 1);
            values.add(v);
        }

        SurvivalCohort build() {
            boolean[] e = new boolean[event.size()];
            for (int i = 0; i < e.length; i++) e[i] = event.get(i);
            return new SurvivalCohort(ids.toArray(new String[0]), time.stream().mapToDouble(Double::doubleValue).toArray(), e,
                values.toArray(new double[0][]), leftOut);
        }
    }
}
