package org.gliomaradiomics.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gliomaradiomics.image.AtomicFiles;

/** Writes tables as CSV. Files are written to a temporary sibling and renamed, so a reader never sees half a file. */
public final class CsvWriter {
    private CsvWriter() {}

    public static void write(Table table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        printer.printRecord(table.columns());
        for (Object[] row : table.rows()) {
            for (Object v : row) printer.print(Table.format(v));
            printer.println();
        }
        printer.flush();
    }

    public static void write(Table table, Path file) throws IOException {
        writeAtomically(file, w -> write(table, w));
    }

    /** Something that writes text. */
    public interface TextBody {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes through a temporary file in the same folder, moved into place when complete ({@link AtomicFiles}); creates the folder. */
    public static void writeAtomically(Path file, TextBody body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        AtomicFiles.writeText(file, body::writeTo);
    }
}
