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
 * Speed of the readers and writers on brain1 (256x256x25 int16, gzip NRRD), in a warm JVM, and gzip reading of a
 * BraTS-size int16 volume against {@code zcat}: {@code mvn -B -o test -Pbenchmark -Dtest=ImageIoBenchmark}. Prints
 * medians of 10 runs after 3 warm-up runs (5 and 2 for the BraTS-size files).
 */
@Tag("benchmark")
class ImageIoBenchmark {
    @TempDir
    Path dir;

    private interface Step {
        void run() throws Exception;
    }

    private static double medianMs(Step step) throws Exception {
        return medianMs(step, 3, 10);
    }

    private static double medianMs(Step step, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) step.run();
        double[] t = new double[runs];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            step.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return (t[(runs - 1) / 2] + t[runs / 2]) / 2;
    }

    /**
     * A BraTS-size sequence (240x240x155 int16: a smooth head-like ellipsoid with texture and noise, zero outside),
     * written by our writers as .nii.gz and gzip .nrrd; each read (into short storage) is timed against
     * {@code zcat file > /dev/null} (system zlib, a separate process) and against bare JDK inflation of the same
     * file, in MB/s of voxel data (17.9 MB).
     */
    @Test
    void gzipReadingAgainstZcat() throws Exception {
        Geometry g = Geometry.of(240, 240, 155, 1, 1, 1);
        short[] v = new short[(int) g.voxelCount()];
        java.util.Random noise = new java.util.Random(3);
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) {
                    double dx = (x - 120) / 80.0, dy = (y - 120) / 100.0, dz = (z - 77) / 70.0;
                    if (dx * dx + dy * dy + dz * dz > 1) continue;
                    v[i] = (short) Math.round(600 + 250 * Math.sin(x / 7.0) * Math.cos(y / 9.0 + z / 13.0) + 30 * noise.nextGaussian());
                }
        Volume volume = new Volume(g, v, DataType.INT16);
        double mb = v.length * 2 / 1e6;
        for (String name : new String[] {"brats.nii.gz", "brats.nrrd"}) {
            Path file = dir.resolve(name);
            ImageIO.write(volume, file);
            long offset = name.endsWith(".nrrd") ? NrrdHeader.read(file).headerEnd : 0;
            double[] read = cpuAndWallMs(() -> ImageIO.read(file));
            double[] inflate = cpuAndWallMs(() -> {
                try (java.io.InputStream in = DataFiles.open(file, offset, true)) {
                    byte[] b = new byte[1 << 18];
                    while (in.read(b) >= 0) { /* discard */ }
                }
            });
            Path data = dir.resolve(name + ".gzdata"); // zcat reads the gzip member only (NRRD: after the header)
            byte[] all = Files.readAllBytes(file);
            Files.write(data, Arrays.copyOfRange(all, (int) offset, all.length));
            double[] zcat = zcatCpuAndWallMs(data);
            System.out.printf("%s (%.1f MB on disk, %.1f MB of int16 voxels, storage %s), ms CPU (wall) per read and MB/s of voxels by CPU: "
                + "our reader %.0f (%.0f) = %.0f MB/s; JDK inflate alone %.0f (%.0f) = %.0f MB/s; zcat > /dev/null %.0f (%.0f) = %.0f MB/s%n",
                name, Files.size(file) / 1e6, mb, ImageIO.read(file).storageType(), read[0], read[1], mb / read[0] * 1e3,
                inflate[0], inflate[1], mb / inflate[0] * 1e3, zcat[0], zcat[1], mb / zcat[0] * 1e3);
        }
    }

    /** Process CPU time (all threads, GC included) and wall time per run, averaged over 20 runs after 5 warm-up runs. */
    private static double[] cpuAndWallMs(Step step) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 5; i++) step.run();
        int runs = 20;
        long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
        for (int i = 0; i < runs; i++) step.run();
        return new double[] {(os.getProcessCpuTime() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs};
    }

    /** CPU (user + system, from the shell's {@code times}) and wall time per {@code zcat file > /dev/null}, over 10 runs. */
    private static double[] zcatCpuAndWallMs(Path gz) throws Exception {
        int runs = 10;
        long wall = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", "for i in $(seq " + runs + "); do zcat '" + gz + "' > /dev/null || exit 1; done; times").start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new AssertionError("zcat failed: " + out);
        double wallMs = (System.nanoTime() - wall) / 1e6 / runs;
        String[] children = out.trim().split("\n")[1].trim().split("\s+"); // second line: children's user and system time, e.g. 0m0.310s
        double cpu = 0;
        for (String t : children) {
            String[] ms = t.replace("s", "").split("m");
            cpu += (Double.parseDouble(ms[0]) * 60 + Double.parseDouble(ms[1])) * 1e3;
        }
        return new double[] {cpu / runs, wallMs};
    }
}
