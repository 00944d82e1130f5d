package org.gliomaradiomics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir
    Path dir;

    private static final double[] SCORE = {0.1, 0.4, 0.35, 0.8};
    private static final boolean[] POS = {false, false, true, true};

    @Test
    void rocPointsByHand() {
        // descending: 0.8(+) 0.4(-) 0.35(+) 0.1(-)
        double[][] pts = RocChart.points(SCORE, POS);
        assertArrayEquals(new double[] {0, 0}, pts[0]);
        assertArrayEquals(new double[] {0, 0.5}, pts[1]);
        assertArrayEquals(new double[] {0.5, 0.5}, pts[2]);
        assertArrayEquals(new double[] {0.5, 1}, pts[3]);
        assertArrayEquals(new double[] {1, 1}, pts[4]);
    }

    @Test
    void calibrationBinsByHand() {
        double[][] b = CalibrationChart.bins(SCORE, POS, 2);
        // bin [0,0.5): 0.1, 0.4, 0.35 -> mean 0.2833, 1 of 3 positive; bin [0.5,1]: 0.8 -> 1 of 1
        assertEquals(0.85 / 3, b[0][0], 1e-12);
        assertEquals(1.0 / 3, b[0][1], 1e-12);
        assertEquals(1.0, b[1][1], 1e-12);
    }

    @Test
    void pngsAreWrittenHeadless() throws Exception {
        Path roc = dir.resolve("roc.png"), cal = dir.resolve("cal.png");
        RocChart.savePng(roc, "ROC", List.of(new RocChart.Series("model", SCORE, POS)), 400, 300);
        CalibrationChart.savePng(cal, "Calibration", SCORE, POS, 5, 400, 300);
        BufferedImage img = ImageIO.read(roc.toFile());
        assertEquals(400, img.getWidth());
        assertTrue(ImageIO.read(cal.toFile()).getHeight() == 300);
    }
}
