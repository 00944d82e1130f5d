package org.gliomaradiomics.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A table of the README, found by its header line, for tests that check documentation against a declared schema. */
public final class ReadmeTable {
    private ReadmeTable() {}

    /** The cells of the table's rows that start with a {@code `key`} cell, each cell as written (outer pipes removed). */
    public static List<String[]> rows(String headerLine) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(headerLine);
        assertTrue(start >= 0, "README: the table headed " + headerLine);
        List<String[]> out = new ArrayList<>();
        for (String row : readme.substring(start, readme.indexOf("\n\n", start)).split("\n"))
            if (row.startsWith("| `")) out.add(row.substring(2, row.length() - 2).split(" \\| "));
        return out;
    }
}
