package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.image.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes charts as PNG files, atomically (see {@link AtomicFiles}); the folder is created when missing. */
public final class ChartFiles {
    private ChartFiles() {}

    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Palette.light(chart);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }
}
