package org.gliomaradiomics.longitudinal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gliomaradiomics.table.CsvTable;

/**
 * The scans of one or more patients: a CSV {@code patient,date,case[,label]} whose {@code case} is a folder of
 * BraTS-named images relative to the CSV (label: an optional free text such as "post-op"), or a patient folder
 * whose subfolders are named by ISO date.
 */
public final class SeriesManifest {

    /** One examination: a patient, its date, the case folder and an optional label. */
    public record Scan(String patient, LocalDate date, Path caseFolder, String label) {}

    private SeriesManifest() {}

    /**
     * The scans of a series CSV as the I/O layer read it; scans sorted by patient (first appearance) and date. Errors
     * name the file and row.
     *
     * @param isFolder whether a case folder exists (the caller owns the file system)
     */
    public static List<Scan> of(Path csv, CsvTable table, Predicate<Path> isFolder) {
        Path base = csv.toAbsolutePath().getParent();
        List<Scan> scans = new ArrayList<>();
        Map<String, CsvInput.Row> seen = new LinkedHashMap<>();
        for (CsvInput.Row row : CsvInput.rows(csv, table, List.of("patient", "date", "case"))) {
            String patient = row.required("patient");
            LocalDate date = row.date("date");
            Path folder = base.resolve(row.required("case")).normalize();
            if (!isFolder.test(folder)) throw row.error("case folder " + folder + " does not exist");
            CsvInput.Row previous = seen.put(patient + "|" + date, row);
            if (previous != null) throw row.error("patient " + patient + " has two scans on " + date + " (also line " + previous.line() + ")");
            scans.add(new Scan(patient, date, folder, row.get("label")));
        }
        return sorted(scans);
    }

    /**
     * The scans of one patient folder, given its subfolders: those named YYYY-MM-DD, by date (other entries are
     * ignored; the list is empty when none is dated).
     */
    public static List<Scan> ofPatientFolder(Path patientFolder, List<Path> subfolders) {
        String patient = patientFolder.toAbsolutePath().normalize().getFileName().toString();
        List<Scan> scans = new ArrayList<>();
        for (Path p : subfolders) {
            try {
                scans.add(new Scan(patient, LocalDate.parse(p.getFileName().toString()), p, ""));
            } catch (DateTimeParseException e) {
                // not a dated scan folder
            }
        }
        return sorted(scans);
    }

    /** Scans grouped by patient, in first-appearance order, each list by date. */
    public static Map<String, List<Scan>> byPatient(List<Scan> scans) {
        Map<String, List<Scan>> out = new LinkedHashMap<>();
        for (Scan s : scans) out.computeIfAbsent(s.patient(), k -> new ArrayList<>()).add(s);
        for (List<Scan> l : out.values()) l.sort(Comparator.comparing(Scan::date));
        return out;
    }

    private static List<Scan> sorted(List<Scan> scans) {
        List<Scan> out = new ArrayList<>();
        for (List<Scan> l : byPatient(scans).values()) out.addAll(l);
        return out;
    }
}
