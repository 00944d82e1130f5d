package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input problems surface as one-line messages that name the file or folder. */
class AnalysisErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aScanWithoutLabelMapIsNamed() throws Exception {
        Path scan = Files.createDirectories(dir.resolve("p/2024-01-01"));
        ImageIO.write(Volume.zeros(Geometry.of(4, 4, 2, 1, 1, 1), DataType.UINT8), scan.resolve("p_t1.nii.gz"));
        Files.writeString(dir.resolve("series.csv"), "patient,date,case\np,2024-01-01,p/2024-01-01\n");
        IOException e = assertThrows(IOException.class,
            () -> org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), null, dir.resolve("out"), LongitudinalSettings.defaults(), null));
        assertTrue(e.getMessage().contains(scan.toString()) && e.getMessage().contains("no label map"), e.getMessage());
    }

    @Test
    void aLabelMapWithForeignLabelsIsNamed() throws Exception {
        Path scan = Files.createDirectories(dir.resolve("p/2024-01-01"));
        Volume labels = Volume.zeros(Geometry.of(4, 4, 2, 1, 1, 1), DataType.UINT8);
        labels.set(1, 1, 1, 7);
        ImageIO.write(labels, scan.resolve("p_seg.nii.gz"));
        Files.writeString(dir.resolve("series.csv"), "patient,date,case\np,2024-01-01,p/2024-01-01\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> org.gliomaradiomics.commands.LongitudinalFiles.run(dir.resolve("series.csv"), null, dir.resolve("out"), LongitudinalSettings.defaults(), null));
        assertTrue(e.getMessage().contains(scan.toString()) && e.getMessage().contains("label 7"), e.getMessage());
    }

    @Test
    void aPatientFolderIsAnalysedLikeASeries() throws Exception {
        LongitudinalPhantom p = LongitudinalPhantom.generate("folder", LongitudinalPhantom.Scenario.TRUE_PROGRESSION, 9,
            new LongitudinalPhantom.Options().size(56, 56, 36).scanDays(98, 196));
        org.gliomaradiomics.commands.LongitudinalFiles.writePhantoms(dir, java.util.List.of(p));
        LongitudinalSettings s = LongitudinalSettings.builder()
            .writeReports(false)
            .build();
        LongitudinalAnalysis.Result r = org.gliomaradiomics.commands.LongitudinalFiles.runPatientFolder(dir.resolve("folder"), dir.resolve("events.csv"), dir.resolve("out"), s, null);
        assertTrue(r.byPatient().get("folder").get(1).bidimensional() == Response.PD, r.all().toString());
        assertTrue(Files.exists(dir.resolve("out/assessment.csv")));
    }

    @Test
    void invalidSettingsAreRejected() {
        LongitudinalSettings s = LongitudinalSettings.builder()
            .maxTargetLesions(0)
            .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::validate);
        assertTrue(e.getMessage().contains("maxTargetLesions"), e.getMessage());
    }
}
