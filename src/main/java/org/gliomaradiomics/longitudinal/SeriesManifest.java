package org.gliomaradiomics.longitudinal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gliomaradiomics.table.CsvReader;

/**
 * The scans of one or more patients: a CSV {@code patient,date,case[,label]} whose {@code case} is a folder of
 * BraTS-named images relative to the CSV (label: an optional free text such as "post-op"), or a patient folder
 * whose subfolders are named by ISO date.
 */
public final class SeriesManifest {

    /** One examination: a patient, its date, the case folder and an optional label. */
    public record Scan(String patient, LocalDate date, Path caseFolder, String label) {}

    private SeriesManifest() {}

    /** Reads a series CSV; scans sorted by patient (first appearance) and date. Errors name the file and row. */
    public static List<Scan> read(Path csv) throws IOException {
        Path base = csv.toAbsolutePath().getParent();
        List<Scan> scans = new ArrayList<>();
        Map<String, CsvInput.Row> seen = new LinkedHashMap<>();
        for (CsvInput.Row row : CsvInput.rows(csv, CsvReader.read(csv, true), List.of("patient", "date", "case"))) {
            String patient = row.required("patient");
            LocalDate date = row.date("date");
            Path folder = base.resolve(row.required("case")).normalize();
            if (!Files.isDirectory(folder)) throw row.error("case folder " + folder + " does not exist");
            CsvInput.Row previous = seen.put(patient + "|" + date, row);
            if (previous != null) throw row.error("patient " + patient + " has two scans on " + date + " (also line " + previous.line() + ")");
            scans.add(new Scan(patient, date, folder, row.get("label")));
        }
        return sorted(scans);
    }

    /** Scans of one patient folder whose subfolders are named YYYY-MM-DD (other entries are ignored). */
    public static List<Scan> readPatientFolder(Path patientFolder) throws IOException {
        if (!Files.isDirectory(patientFolder)) throw new IOException(patientFolder + ": not a folder");
        String patient = patientFolder.toAbsolutePath().normalize().getFileName().toString();
        List<Scan> scans = new ArrayList<>();
        try (Stream<Path> s = Files.list(patientFolder)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                try {
                    scans.add(new Scan(patient, LocalDate.parse(p.getFileName().toString()), p, ""));
                } catch (DateTimeParseException e) {
                    // not a dated scan folder
                }
            }
        }
        if (scans.isEmpty()) throw new IOException(patientFolder + ": no subfolder named by ISO date (YYYY-MM-DD)");
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
