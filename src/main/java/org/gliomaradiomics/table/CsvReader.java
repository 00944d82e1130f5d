package org.gliomaradiomics.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.TextFiles;

/** Reads CSV files as {@link CsvTable}s: UTF-8 (a byte-order mark dropped), errors naming the file. */
public final class CsvReader {
    private CsvReader() {}

    public static CsvTable read(Path file) throws IOException {
        return read(file, false);
    }

    /** Several files, in order. */
    public static List<CsvTable> readAll(List<Path> files) throws IOException {
        List<CsvTable> out = new ArrayList<>();
        for (Path f : files) out.add(read(f));
        return out;
    }

    /** With {@code commentLines}, lines starting with {@code #} are skipped. */
    public static CsvTable read(Path file, boolean commentLines) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        return CsvTable.parse(file.toString(), TextFiles.read(file), commentLines);
    }
}
