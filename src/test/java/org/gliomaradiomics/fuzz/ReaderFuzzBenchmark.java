package org.gliomaradiomics.fuzz;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 fuzz cases over every reader: {@code mvn -B -o test -Pbenchmark -Dtest=ReaderFuzzBenchmark}. */
@Tag("benchmark")
class ReaderFuzzBenchmark {
    @TempDir
    Path dir;

    @Test
    void hundredThousandCases() throws Exception {
        System.out.println("reader fuzz: " + new ReaderFuzz(dir).run(100_000, 1818));
    }
}
