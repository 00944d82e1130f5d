package org.gliomaradiomics.settings;

import java.io.IOException;
import java.nio.file.Path;
import org.gliomaradiomics.image.TextFiles;

/**
 * YAML settings files (parameter files, filter files, pipelines, risk-score settings), parsed by {@link YamlText}. A
 * file that is not YAML is an {@link IOException} naming the file, with the line and column of the problem.
 */
public final class YamlDocuments {
    private YamlDocuments() {}

    /** The tree of a YAML file, or null for an empty file. */
    public static Object read(Path file) throws IOException {
        String text = TextFiles.read(file);
        try {
            return YamlText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
