package org.gliomaradiomics.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few thousand seeded fuzz cases over every reader (see {@link ReaderFuzz}); 100,000 in {@link ReaderFuzzBenchmark}. */
class ReaderFuzzTest {
    @TempDir
    Path dir;

    @Test
    void everyReaderReadsOrRefusesMutatedFilesWithOneLineErrors() throws Exception {
        ReaderFuzz.Stats s = new ReaderFuzz(dir).run(3800, 18);
        System.out.println("reader fuzz: " + s);
        assertEquals(3800, s.cases());
        assertTrue(s.accepted() > 0 && s.accepted() < s.cases(), s.toString()); // both outcomes occur
        assertTrue(s.seconds() < 60, s.toString());
    }

    @Test
    void theInvariantCheckRejectsWhatItShould() {
        Path f = Path.of("/data/x.nii");
        assertNull(ReaderFuzz.problem(new IOException("/data/x.nii: truncated"), f));
        assertNotNull(ReaderFuzz.problem(new NullPointerException(), f));
        assertNotNull(ReaderFuzz.problem(new ArrayIndexOutOfBoundsException(3), f));
        assertNotNull(ReaderFuzz.problem(new IOException("truncated"), f)); // names no file
        // escape bytes from a header are shown, not sent to the terminal
        assertEquals("/data/x.nii: bad \\x1b[31m name", org.gliomaradiomics.commands.Errors.oneLine(new IOException("/data/x.nii: bad \u001b[31m\nname")));
        assertNull(ReaderFuzz.problem(new IOException("/data/x.nii: bad \u001b[31m"), f));
        assertNotNull(ReaderFuzz.problem(new IllegalArgumentException("/data/x.nii: java.lang.NumberFormatException: x"), f));
    }
}
