package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.TinyDicom;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} on DICOM folders: one file per echo, {@code --series} choosing, exit code 2 with the list. */
class ConvertDicomCommandTest {
    @TempDir
    Path dir;

    private void slices(Path folder, String uid, String number, int echo) throws Exception {
        Files.createDirectories(folder);
        for (int k = 0; k < 3; k++) {
            short[] px = new short[4 * 3];
            java.util.Arrays.fill(px, (short) (100 * echo + k));
            TinyDicom.write(folder.resolve(uid.substring(uid.length() - 1) + "_" + echo + "_" + k + ".dcm"), uid, 10 * echo + k + 1,
                new double[] {0, 0, 2.0 * k}, new double[] {1, 0, 0, 0, 1, 0}, 1, 1, 1, 0, 4, 3, px,
                Map.of(0x00180086, "IS:" + echo, 0x00200011, "IS:" + number));
        }
    }

    @Test
    void echoesBecomeFilesAndSeriesAreChosen() throws Exception {
        Path folder = dir.resolve("dicom");
        slices(folder, "1.2.826.0.1.3680043.2.1", "3", 1);
        slices(folder, "1.2.826.0.1.3680043.2.1", "3", 2);
        slices(folder, "1.2.826.0.1.3680043.2.2", "8", 1);
        Path out = dir.resolve("t2.nii.gz");
        CommandRunner r = CommandRunner.run("convert", "--input", folder.toString(), "--out", out.toString());
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("holds 2 DICOM series: series 3 (6 images, UID 1.2.826.0.1.3680043.2.1); series 8 (3 images"), r.err);
        assertFalse(Files.exists(out));
        r = CommandRunner.run("convert", "--input", folder.toString(), "--out", out.toString(), "--series", "3");
        assertEquals(0, r.code, r.toString());
        for (int echo = 1; echo <= 2; echo++) {
            Volume v = ImageIO.read(dir.resolve("t2_e" + echo + ".nii.gz"));
            assertEquals("4x3x3", v.geometry().sizeString());
            assertArrayEquals(new double[] {100 * echo, 100 * echo + 1, 100 * echo + 2}, new double[] {v.get(0, 0, 0), v.get(1, 1, 1), v.get(3, 2, 2)}, 0);
        }
        r = CommandRunner.run("convert", "--input", folder.toString(), "--out", dir.resolve("other.nrrd").toString(), "--series", "8");
        assertEquals(0, r.code, r.toString());
        assertEquals(100, ImageIO.read(dir.resolve("other.nrrd")).get(2, 2, 0), 0);
    }
}
