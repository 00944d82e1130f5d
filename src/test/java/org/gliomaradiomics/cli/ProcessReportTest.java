package org.gliomaradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessReportTest {
    /** The process's CPU time grows at least by what this thread alone spends (the JVM's own count of it). */
    @Test
    void cpuTimeCoversThisThreadsWork() {
        long process0 = ProcessReport.cpuNanos();
        assumeTrue(process0 >= 0, "this platform does not tell a process's CPU time; skipped");
        var bean = ManagementFactory.getThreadMXBean();
        long thread0 = bean.getCurrentThreadCpuTime();
        double x = 0;
        while (bean.getCurrentThreadCpuTime() - thread0 < 200_000_000L) x += Math.sqrt(x + 1);
        long thread = bean.getCurrentThreadCpuTime() - thread0;
        assertTrue(ProcessReport.cpuNanos() - process0 >= thread * 0.9, "process CPU grew less than one thread's " + thread + " ns");
        assertTrue(x > 0); // the loop's result is used, so the work is not optimised away
    }

    /** Peak RSS holds at least a 64 MB array this test touched. */
    @Test
    void peakResidentMemoryHoldsWhatWasTouched() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc (not Linux); skipped");
        byte[] block = new byte[64 << 20];
        for (int i = 0; i < block.length; i += 4096) block[i] = 1;
        assertTrue(ProcessReport.peakResidentKb() >= 64 * 1024, "peak RSS below a touched 64 MB block");
        assertEquals(1, block[block.length - 4096]);
    }

    @Test
    void benchOutsideThePackagedJarIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"bench"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code); // tests run from target/classes, not a jar
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: bench: run it from the packaged jar"), err.toString(StandardCharsets.UTF_8));
    }
}
