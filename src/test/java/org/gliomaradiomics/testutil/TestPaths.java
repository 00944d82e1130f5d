package org.gliomaradiomics.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's test-images/ and the optional ../shared reference material. */
public final class TestPaths {
    private TestPaths() {}

    public static Path project() {
        return Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path testImages() {
        return project().resolve("test-images");
    }

    /** ../shared, or skips the calling test with a clear message when it is absent. */
    public static Path sharedOrSkip() {
        Path shared = Path.of(System.getProperty("shared.dir", project().resolve("../shared").toString())).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(shared), "skipped: reference folder " + shared + " is absent (only the project's own data is tested)");
        return shared;
    }
}
