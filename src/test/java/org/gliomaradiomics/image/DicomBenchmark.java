package org.gliomaradiomics.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed of {@code convert} on a compressed clinical-size series: 200 slices of 512x512 16-bit, compressed by DCMTK
 * with lossless JPEG (SV1, the usual PACS choice) or JPEG-LS lossless, read and written as .nii.gz; target 5 s on 2
 * cores. {@code mvn -B -o test -Pbenchmark -Dtest=DicomBenchmark}. Prints the median of 3 runs after one warm-up.
 */
@Tag("benchmark")
class DicomBenchmark {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dcmcjpeg +e1|lossless JPEG", "dcmcjpls +el|JPEG-LS lossless"})
    void compressedSeriesToNiftiGz(String codecAndName) throws Exception {
        String[] codec = codecAndName.split("\\|")[0].split(" ");
        DicomTools.requireTool(codec[0], "dcmtk");
        int n = 512, slices = 200;
        Path plain = Files.createDirectories(dir.resolve("plain")), jpeg = Files.createDirectories(dir.resolve("jpeg"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?>[] jobs = new Future<?>[slices];
        for (int k = 0; k < slices; k++) {
            int z = k;
            jobs[k] = pool.submit(() -> {
                short[] px = new short[n * n];
                java.util.Random r = new java.util.Random(z);
                for (int y = 0; y < n; y++)
                    for (int x = 0; x < n; x++) {
                        double d = Math.hypot(x - 256, y - 256) + Math.abs(z - 100);
                        px[y * n + x] = (short) (d < 200 ? 800 + 300 * Math.cos(d / 15) + r.nextGaussian() * 20 : r.nextInt(5));
                    }
                Path f = plain.resolve("IM" + z + ".dcm");
                TinyDicom.write(f, "1.2.826.0.1.3680043.2.77", z + 1, new double[] {-128, -128, z * 1.0}, new double[] {1, 0, 0, 0, 1, 0},
                    0.5, 0.5, 1, 0, n, n, px, Map.of());
                DicomTools.run(dir, "/usr/bin/" + codec[0], codec[1], f.toString(), jpeg.resolve(f.getFileName()).toString());
                return null;
            });
        }
        for (Future<?> j : jobs) j.get();
        pool.shutdown();
        double[] t = new double[4], cpu = new double[4];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime(), cpuStart = os.getProcessCpuTime();
            Volume v = ImageIO.read(jpeg);
            ImageIO.write(v, dir.resolve("out.nii.gz"));
            t[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (os.getProcessCpuTime() - cpuStart) / 1e9; // what the run costs, whatever else the machine does
        }
        double[] cpuTimed = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(cpuTimed);
        double[] timed = Arrays.copyOfRange(t, 1, t.length);
        Arrays.sort(timed);
        long bytes = 0;
        try (var s = Files.list(jpeg)) {
            for (Path p : (Iterable<Path>) s::iterator) bytes += Files.size(p);
        }
        System.out.printf(java.util.Locale.ROOT, "DicomBenchmark: 200 x 512x512 %s (%.0f MB) to .nii.gz: median %.2f s wall (runs %s), %.2f s CPU, %d cores%n",
            codecAndName.split("\\|")[1], bytes / 1e6, timed[1], Arrays.toString(timed), cpuTimed[1], Runtime.getRuntime().availableProcessors());
    }
}
