package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsHalfWayLeavesThePreviousOutputAndNothingElse() throws Exception {
        Path out = dir.resolve("table.csv");
        Files.writeString(out, "previous\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, o -> {
            o.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("previous\n", Files.readString(out));
        assertEquals(List.of("table.csv"), files());
        AtomicFiles.writeText(out, w -> w.write("new"));
        assertEquals("new", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("table.csv"), files());
    }

    @Test
    void aSecondWriterOfTheSameOutputIsRefusedUntilTheFirstIsDone() throws Exception {
        Path out = dir.resolve("model.bin");
        CountDownLatch writing = new CountDownLatch(1), release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                AtomicFiles.write(out, o -> {
                    o.write(1);
                    writing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        writing.await();
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, o -> o.write(2)));
        assertEquals(out + ": another run is writing this output (model.bin.lock is locked); wait for it to finish or choose another output", e.getMessage());
        release.countDown();
        first.join();
        assertEquals(1, Files.readAllBytes(out)[0]);
        AtomicFiles.write(out, o -> o.write(2));
        assertEquals(2, Files.readAllBytes(out)[0]);
        assertEquals(List.of("model.bin"), files());
    }

    @Test
    void aLockFileLeftByAKilledRunDoesNotBlock() throws Exception {
        Path out = dir.resolve("a.nii.gz");
        Files.writeString(dir.resolve("a.nii.gz.lock"), "");
        AtomicFiles.write(out, o -> o.write(7));
        assertTrue(Files.exists(out));
        assertEquals(List.of("a.nii.gz"), files());
    }

    @Test
    void aFolderInTheWayIsNamed() throws Exception {
        Path out = dir.resolve("out.csv");
        Files.createDirectories(out.resolve("x"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(out, w -> w.write("x")));
        assertEquals(out + ": cannot be replaced (a folder of that name is in the way)", e.getMessage());
        assertEquals(List.of("out.csv"), files());
    }
}
