package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed of the readers and writers on brain1 (256x256x25 int16, gzip NRRD), in a warm JVM:
 * {@code mvn -B -o test -Pbenchmark -Dtest=ImageIoBenchmark}. Prints medians of 10 runs after 3 warm-up runs.
 */
@Tag("benchmark")
class ImageIoBenchmark {
    @TempDir
    Path dir;

    private interface Step {
        void run() throws Exception;
    }

    private static double medianMs(Step step) throws Exception {
        for (int i = 0; i < 3; i++) step.run();
        double[] t = new double[10];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            step.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return (t[4] + t[5]) / 2;
    }

    @Test
    void readNrrdWriteNiftiGz() throws Exception {
        Path nrrd = NrrdIOTest.brainFile("brain1_image.nrrd");
        Path nii = dir.resolve("brain1.nii.gz");
        Volume v = ImageIO.read(nrrd);
        double read = medianMs(() -> ImageIO.read(nrrd));
        double write = medianMs(() -> ImageIO.write(v, nii));
        double both = medianMs(() -> ImageIO.write(ImageIO.read(nrrd), nii));
        double readNii = medianMs(() -> ImageIO.read(nii));
        System.out.printf("brain1 %s: read NRRD %.1f ms, write .nii.gz (level %d) %.1f ms, read+write %.1f ms, read .nii.gz %.1f ms (%d bytes)%n",
            v.geometry().sizeString(), read, DataFiles.GZIP_LEVEL, write, both, readNii, Files.size(nii));
        for (int level : new int[] {1, 3, 6}) {
            long[] size = new long[1];
            double ms = medianMs(() -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
                OutputStream gz = DataFiles.gzip(bytes, level);
                VoxelCodec.write(gz, v.voxels(), v.type(), ByteOrder.LITTLE_ENDIAN);
                gz.close();
                size[0] = bytes.size();
            });
            System.out.printf("  deflate level %d: %.1f ms, %d bytes%n", level, ms, size[0]);
        }
    }
}
