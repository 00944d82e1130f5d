package org.gliomaradiomics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The cost of this whole process as {@code bench} measures its child runs: CPU time of all threads so far (JVM start,
 * JIT and GC included) and peak resident memory, written at exit to the file the system property
 * {@value #PROPERTY} names. Java cannot ask for a finished child's CPU time, so the child tells it.
 */
final class ProcessReport {
    static final String PROPERTY = "glioma-radiomics.process-report";

    private ProcessReport() {}

    /** Writes "CPU-nanoseconds peak-RSS-kB" (-1 where the platform does not tell) when the property is set. */
    static void writeIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file == null) return;
        try {
            Files.writeString(Path.of(file), cpuNanos() + " " + peakResidentKb(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            System.err.println("warning: cannot write the process report " + file + ": " + e.getMessage());
        }
    }

    static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** The high-water mark of resident memory (Linux: VmHWM of /proc/self/status), or -1. */
    static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
