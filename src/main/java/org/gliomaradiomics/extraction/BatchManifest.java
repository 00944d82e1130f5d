package org.gliomaradiomics.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvTable;

/**
 * A batch manifest CSV with PyRadiomics' column names: {@code ID}, {@code Image}, {@code Mask}, optional
 * {@code Label} (a label number, several as {@code "1,2,4"} or {@code 1;2;4}, {@code all}, or BraTS
 * {@code "WT,TC,ET"}); every other column is carried into the output. With a {@code session} column an ID may
 * come once per session (test-retest scans of one patient). Relative paths are resolved against the
 * manifest's folder.
 */
public final class BatchManifest {
    /** One case of the batch; {@code label} is null without a Label cell, else its regions joined by commas. */
    public record Case(String id, Path image, Path mask, String label, Map<String, String> carried) {
        /** The regions of the Label cell, or {@code defaults} without one. */
        public List<String> regions(List<String> defaults) {
            return label == null ? defaults : List.of(label.split(","));
        }
    }

    /**
     * A case's Image and Mask cells as written in the manifest, for readers that resolve them themselves (a Spark job
     * reading {@code hdfs://} or {@code s3a://} paths, or paths relative to a manifest on such a file system).
     */
    public record Cells(String image, String mask) {
    }
    /** Optional column of test-retest manifests: rows of the same ID with different sessions are scans of one patient. */
    public static final String SESSION = "session";

    private final List<String> carriedColumns;
    private final List<Case> cases;
    private final Map<Case, Cells> cells;

    private BatchManifest(List<String> carriedColumns, List<Case> cases, Map<Case, Cells> cells) {
        this.carriedColumns = carriedColumns;
        this.cases = cases;
        this.cells = cells;
    }

    /** The Image and Mask cells of a case of this manifest, as written. */
    public Cells cells(Case c) {
        return cells.get(c);
    }

    /**
     * Shard {@code index} of {@code count} (0 &le; index &lt; count) for job arrays: every count-th case from the
     * index-th on, in manifest order, so that shards of similar cases take similar times.
     */
    public BatchManifest shard(int index, int count) {
        if (count < 1 || index < 0 || index >= count) throw new IllegalArgumentException("shard " + index + "/" + count + ": need 0 <= I < N");
        List<Case> mine = new ArrayList<>();
        for (int k = index; k < cases.size(); k += count) mine.add(cases.get(k));
        return new BatchManifest(carriedColumns, List.copyOf(mine), cells);
    }

    public List<String> carriedColumns() {
        return carriedColumns;
    }

    public List<Case> cases() {
        return cases;
    }

    public static BatchManifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        Path base = file.toAbsolutePath().getParent();
        CsvTable t = CsvReader.read(file);
        try {
            List<String> header = t.columns();
            for (String required : List.of("ID", "Image", "Mask"))
                if (!header.contains(required)) throw new IOException(file + ": manifest has no column '" + required + "' (columns: " + String.join(", ", header) + ")");
            List<String> carried = new ArrayList<>();
            for (String h : header) if (!List.of("ID", "Image", "Mask", "Label").contains(h)) carried.add(h);
            List<Case> cases = new ArrayList<>();
            Map<Case, Cells> cells = new java.util.HashMap<>();
            Set<String> seen = new HashSet<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String where = file + ": line " + t.line(r) + ": ";
                String id = t.text(r, "ID");
                if (id.isEmpty()) throw new IOException(where + "empty ID");
                String label = null;
                if (header.contains("Label") && !t.text(r, "Label").isEmpty()) {
                    List<String> regions = new ArrayList<>();
                    for (String region : t.text(r, "Label").split("\\s*[,;]\\s*")) {
                        if (!region.matches("[0-9]+|(?i)all|WT|TC|ET"))
                            throw new IOException(where + "Label '" + t.text(r, "Label")
                                + "' is not a label number, a list such as \"1,2,4\" or \"WT,TC,ET\", or all");
                        regions.add(region.matches("(?i)all|WT|TC|ET") ? region.toUpperCase(java.util.Locale.ROOT).replace("ALL", "all") : region);
                    }
                    label = String.join(",", regions);
                }
                String session = header.contains(SESSION) ? t.text(r, SESSION) : null; // test-retest: one row per scan
                if (!seen.add(id + "\u0000" + label + "\u0000" + session))
                    throw new IOException(where + "duplicate case " + id + (label == null ? "" : " label " + label)
                        + (session == null ? "" : " session " + session));
                Map<String, String> carry = new LinkedHashMap<>();
                for (String c : carried) carry.put(c, t.text(r, c));
                Case c = new Case(id, base.resolve(t.text(r, "Image")), base.resolve(t.text(r, "Mask")), label, carry);
                cases.add(c);
                cells.put(c, new Cells(t.text(r, "Image"), t.text(r, "Mask")));
            }
            return new BatchManifest(carried, cases, cells);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": not a valid CSV manifest: " + e.getMessage(), e);
        }
    }
}
