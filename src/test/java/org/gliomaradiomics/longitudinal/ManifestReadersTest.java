package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gliomaradiomics.table.CsvReader;

/** Series and events CSVs and dated patient folders; errors name the file and row. */
class ManifestReadersTest {
    @TempDir
    Path dir;

    @Test
    void readsSeriesSortedByPatientAndDateWithCaseFoldersRelativeToTheCsv() throws Exception {
        for (String f : new String[] {"a/s1", "a/s2", "b/s1"}) Files.createDirectories(dir.resolve(f));
        Path csv = dir.resolve("series.csv");
        Files.writeString(csv, "Patient,Date,Case,Label\nA,2024-03-01,a/s2,follow-up\nA,2024-01-15,a/s1,\nB,2024-02-02,b/s1,post-op\n");
        List<SeriesManifest.Scan> scans = org.gliomaradiomics.commands.LongitudinalFiles.readManifest(csv);
        assertEquals(3, scans.size());
        assertEquals(LocalDate.of(2024, 1, 15), scans.get(0).date());
        assertEquals(dir.resolve("a/s1").toAbsolutePath().normalize(), scans.get(0).caseFolder());
        assertEquals("follow-up", scans.get(1).label());
        assertEquals("B", scans.get(2).patient());
        assertEquals(2, SeriesManifest.byPatient(scans).get("A").size());
    }

    @Test
    void seriesErrorsNameFileAndRow() throws Exception {
        Files.createDirectories(dir.resolve("s1"));
        Path csv = dir.resolve("series.csv");
        Files.writeString(csv, "patient,date,case\nA,2024-01-15,s1\nA,15/02/2024,s1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> org.gliomaradiomics.commands.LongitudinalFiles.readManifest(csv));
        assertTrue(e.getMessage().startsWith(csv + ": line 3: date '15/02/2024'"), e.getMessage());
        Files.writeString(csv, "patient,date,case\nA,2024-01-15,missing\n");
        e = assertThrows(IllegalArgumentException.class, () -> org.gliomaradiomics.commands.LongitudinalFiles.readManifest(csv));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("does not exist"), e.getMessage());
        Files.writeString(csv, "patient,date,case\nA,2024-01-15,s1\nA,2024-01-15,s1\n");
        e = assertThrows(IllegalArgumentException.class, () -> org.gliomaradiomics.commands.LongitudinalFiles.readManifest(csv));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("two scans"), e.getMessage());
        Files.writeString(csv, "patient,when,case\nA,2024-01-15,s1\n");
        e = assertThrows(IllegalArgumentException.class, () -> org.gliomaradiomics.commands.LongitudinalFiles.readManifest(csv));
        assertTrue(e.getMessage().contains("missing column 'date'"), e.getMessage());
    }

    @Test
    void readsEventsAndStripsNothingElse() throws Exception {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, "patient,event,date\nA,surgery,2024-01-01\nA,rt_start,2024-02-01\nA,RT_END,2024-03-15\n"
            + "A,steroids_up,2024-04-01\nA,steroids_down,2024-05-01\nA,steroids_up,2024-06-01\nB,chemo_start,2024-02-01\n");
        TreatmentEvents ev = TreatmentEvents.of(csv, CsvReader.read(csv, true));
        assertEquals(7, ev.all().size());
        assertEquals(LocalDate.of(2024, 3, 15), ev.last("A", TreatmentEvents.Type.RT_END).orElseThrow());
        assertTrue(ev.last("B", TreatmentEvents.Type.RT_END).isEmpty());
        assertEquals(1, ev.steroidChange("A", LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 1)));
        assertEquals(0, ev.steroidChange("A", LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 1)));
        assertEquals(-1, ev.steroidChange("A", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 30)));
    }

    @Test
    void eventErrorsNameFileAndRow() throws Exception {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, "patient,event,date\nA,surgery,2024-01-01\nA,radiotherapy,2024-02-01\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TreatmentEvents.of(csv, CsvReader.read(csv, true)));
        assertTrue(e.getMessage().startsWith(csv + ": line 3: unknown event 'radiotherapy'"), e.getMessage());
        Files.writeString(csv, "patient,event,date\n,surgery,2024-01-01\n");
        e = assertThrows(IllegalArgumentException.class, () -> TreatmentEvents.of(csv, CsvReader.read(csv, true)));
        assertTrue(e.getMessage().startsWith(csv + ": line 2: empty patient"), e.getMessage());
    }

    @Test
    void readsAPatientFolderOfDatedScans() throws Exception {
        Path p = dir.resolve("GBM-007");
        for (String f : new String[] {"2024-05-02", "2024-01-20", "notes", "2024-13-01"}) Files.createDirectories(p.resolve(f));
        Files.writeString(p.resolve("2024-02-02"), "a file, not a scan");
        List<SeriesManifest.Scan> scans = org.gliomaradiomics.commands.LongitudinalFiles.readPatientFolder(p);
        assertEquals(2, scans.size());
        assertEquals("GBM-007", scans.get(0).patient());
        assertEquals(LocalDate.of(2024, 1, 20), scans.get(0).date());
        assertEquals(p.resolve("2024-05-02"), scans.get(1).caseFolder());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Exception e = assertThrows(java.io.IOException.class, () -> org.gliomaradiomics.commands.LongitudinalFiles.readPatientFolder(empty));
        assertTrue(e.getMessage().contains("ISO date"), e.getMessage());
    }
}
