package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling long work (Esc in ImageJ makes progress reports throw) stops it and leaves the earlier output as it was. */
class CancellationTest {
    @TempDir
    Path dir;

    @Test
    void cancelledBatchKeepsThePreviousOutput() throws Exception {
        Path ibsi = TestPaths.testImages().resolve("ibsi1");
        Path manifest = dir.resolve("cases.csv");
        Files.writeString(manifest, "ID,Image,Mask\n"
            + "a," + ibsi.resolve("phantom.nii.gz") + "," + ibsi.resolve("mask.nii.gz") + "\n"
            + "b," + ibsi.resolve("phantom.nii.gz") + "," + ibsi.resolve("mask.nii.gz") + "\n");
        Path out = dir.resolve("features.csv");
        Files.writeString(out, "an earlier, complete table\n");
        RadiomicsCommand batch = CommandCatalog.byName("batch-extract").orElseThrow()
            .configure(Map.of("manifest", manifest.toString(), "out", out.toString(), "threads", "1"));
        Progress escAfterFirstCase = (stage, fraction) -> {
            if (stage.startsWith("cases 1/")) throw new CancellationException("cancelled (Esc)");
        };
        CancellationException e = assertThrows(CancellationException.class,
            () -> batch.runOrThrow(CommandContext.commandLine(new PrintStream(new ByteArrayOutputStream()), escAfterFirstCase)));
        assertEquals("cancelled (Esc)", Errors.oneLine(e));
        assertEquals("an earlier, complete table\n", Files.readString(out));
    }
}
