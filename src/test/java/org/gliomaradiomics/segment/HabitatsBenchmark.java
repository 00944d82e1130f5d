package org.gliomaradiomics.segment;

import java.nio.file.Path;
import org.gliomaradiomics.commands.CommandRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Habitats of a BraTS-size case (240x240x155 at 1 mm, four sequences), whole command (read, z-score in the brain,
 * k-means, write): k given and k chosen by silhouette: {@code mvn -B test -Pbenchmark -Dtest=HabitatsBenchmark}.
 */
@Tag("benchmark")
class HabitatsBenchmark {
    @TempDir
    Path dir;

    @Test
    void braTsSizeCaseWithFourSequences() throws Exception {
        Path c = dir.resolve("case");
        CommandRunner.run("synth-case", "--seed", "7", "--size", "240,240,155", "--spacing", "1,1,1", "--id", "c", "--out", c.toString());
        for (String k : new String[] {"3", "3", "0"}) { // the first run warms the JVM up
            long start = System.nanoTime();
            CommandRunner r = CommandRunner.run("habitats", "--cases", c.toString(), "--sequences", "t1,t1ce,t2,flair", "--k", k,
                "--out-dir", dir.resolve("out-" + k).toString());
            if (r.code != 0) throw new AssertionError(r.toString());
            System.out.printf("habitats, 240x240x155, 4 sequences, k %s: %.2f s wall (load average %.1f)%n", k.equals("0") ? "by silhouette" : k,
                (System.nanoTime() - start) / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
