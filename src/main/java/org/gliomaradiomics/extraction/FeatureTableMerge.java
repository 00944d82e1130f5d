package org.gliomaradiomics.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.table.CsvTable;

/**
 * Joins the parts of a sharded batch (feature tables of {@code batch-extract --shard I/N}) into one table. Every case
 * must be in exactly one part; with the manifest, every case of the manifest must be there and the rows come in
 * manifest order, so the merged table equals the table of one unsharded run byte for byte. Parts are long or wide
 * tables of the same layout and carried columns. A part whose regions were all empty or failed lacks the feature
 * list (long: the empty-valued feature rows of an empty region; wide: the feature columns): it is completed from the
 * other parts, as the unsharded run would have written it.
 */
public final class FeatureTableMerge {
    /** The parts do not add up to the cohort: missing, duplicated or unknown cases, each listed. */
    public static final class IncompleteException extends IOException {
        IncompleteException(String message) {
            super(message);
        }
    }

    /** Parts read, cases and data rows written. */
    public record Summary(int parts, int cases, int rows) {
    }

    private static final List<String> STATUS = List.of("diagnostics_Error", "diagnostics_Warning");
    private static final int LISTED = 20;

    /** The consecutive rows of one case in one part. */
    private record Block(String caseId, Path part, List<List<String>> rows) {
    }

    /** One part: its header and case blocks. */
    private record Part(Path file, List<String> header, List<Block> blocks) {
    }

    private FeatureTableMerge() {}

    /**
     * @param manifest the cohort (every case exactly once, in this order), or null: every case at most once, in the
     *                 order of the parts
     */
    public static Summary merge(List<Map.Entry<Path, String>> parts, BatchManifest manifest, java.io.Writer out) throws IOException {
        if (parts.isEmpty()) throw new IOException("no table to merge");
        List<Part> read = new ArrayList<>();
        for (Map.Entry<Path, String> p : parts) read.add(read(p.getKey(), p.getValue()));
        boolean wide = !isLong(read.get(0));
        for (Part p : read)
            if (isLong(p) == wide) throw new IOException(p.file + ": a " + (wide ? "long" : "wide") + " table, " + read.get(0).file + " is " + (wide ? "wide" : "long"));
        List<Block> blocks = ordered(read, manifest);
        List<String> carried = carried(read.get(0), wide);
        for (Part p : read)
            if (!carried(p, wide).equals(carried)) throw new IOException(p.file + ": carried columns " + carried(p, wide) + " differ from " + read.get(0).file + "'s " + carried);
        int rows = 0;
        try (FeatureTableWriter writer = FeatureTableWriter.create(wide ? FeatureTableWriter.Format.WIDE : FeatureTableWriter.Format.LONG, out, carried)) {
            if (wide) {
                List<String> header = wideHeader(read, carried);
                for (Block b : blocks) {
                    List<String> own = partHeader(read, b);
                    for (List<String> row : b.rows) {
                        writer.writeRaw(header, remap(row, own, header));
                        rows++;
                    }
                }
            } else {
                List<List<String>> template = longTemplate(blocks);
                for (Block b : blocks)
                    for (List<String> row : completedLong(b.rows, template, carried.size())) {
                        writer.writeRaw(List.of(), row);
                        rows++;
                    }
            }
        }
        return new Summary(read.size(), blocks.size(), rows);
    }

    private static Part read(Path file, String text) throws IOException {
        if (text.isBlank()) throw new IOException(file + ": empty file, not a feature table");
        CsvTable t = CsvTable.parse(file.toString(), text, false);
        List<String> header = t.columns();
        if (header.size() < 2 || !header.get(0).equals("case") || !header.get(1).equals("label"))
            throw new IOException(file + ": not a feature table of batch-extract (its first columns are not case,label)");
        List<Block> blocks = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.width(r) != header.size()) throw new IOException(file + ": line " + t.line(r) + " has " + t.width(r) + " cells, the header " + header.size());
            List<String> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) row.add(t.text(r, c));
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last.caseId.equals(row.get(0))) last.rows.add(row);
            else blocks.add(new Block(row.get(0), file, new ArrayList<>(List.of(row))));
        }
        return new Part(file, header, blocks);
    }

    private static boolean isLong(Part p) {
        return p.header.size() >= FeatureTableWriter.LONG_COLUMNS.size()
            && p.header.subList(0, FeatureTableWriter.LONG_COLUMNS.size()).equals(FeatureTableWriter.LONG_COLUMNS);
    }

    private static List<String> carried(Part p, boolean wide) {
        if (!wide) return p.header.subList(FeatureTableWriter.LONG_COLUMNS.size(), p.header.size());
        int status = p.header.indexOf(STATUS.get(0));
        return p.header.subList(2, status < 0 ? p.header.size() : status);
    }

    /** The blocks in output order, after checking that every case is there once (and only the manifest's cases). */
    private static List<Block> ordered(List<Part> parts, BatchManifest manifest) throws IOException {
        Map<String, List<Block>> byCase = new LinkedHashMap<>();
        for (Part p : parts) for (Block b : p.blocks) byCase.computeIfAbsent(b.caseId, k -> new ArrayList<>()).add(b);
        List<String> duplicated = new ArrayList<>();
        for (Map.Entry<String, List<Block>> e : byCase.entrySet())
            if (e.getValue().size() > 1) duplicated.add(e.getKey() + " (in " + String.join(", ", e.getValue().stream().map(b -> b.part.getFileName().toString()).toList()) + ")");
        List<String> missing = new ArrayList<>(), unknown = new ArrayList<>();
        List<Block> out = new ArrayList<>();
        if (manifest != null) {
            Set<String> ids = new LinkedHashSet<>();
            for (BatchManifest.Case c : manifest.cases())
                if (!ids.add(c.id())) throw new IOException("the manifest has case " + c.id() + " on two rows; merge-tables needs one row per ID");
            for (String id : ids) {
                if (byCase.containsKey(id)) out.add(byCase.get(id).get(0));
                else missing.add(id);
            }
            for (String id : byCase.keySet()) if (!ids.contains(id)) unknown.add(id);
        } else {
            for (List<Block> bs : byCase.values()) out.add(bs.get(0));
        }
        if (!missing.isEmpty() || !duplicated.isEmpty() || !unknown.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) problems.add(missing.size() + " case(s) of the manifest in no table: " + listed(missing));
            if (!duplicated.isEmpty()) problems.add(duplicated.size() + " case(s) more than once: " + listed(duplicated));
            if (!unknown.isEmpty()) problems.add(unknown.size() + " case(s) not in the manifest: " + listed(unknown));
            throw new IncompleteException("the tables do not add up to the cohort: " + String.join("; ", problems));
        }
        return out;
    }

    private static String listed(List<String> items) {
        String s = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? s + ", ... (" + (items.size() - LISTED) + " more)" : s;
    }

    // ---- wide: one header for all parts ----

    /** The header of the first part with feature columns, which every such part must share; else every column seen. */
    private static List<String> wideHeader(List<Part> parts, List<String> carried) throws IOException {
        Part full = null;
        for (Part p : parts) {
            if (!hasFeatureColumns(p, carried.size())) continue;
            if (full == null) full = p;
            else if (!p.header.equals(full.header))
                throw new IOException(p.file + ": its feature columns differ from " + full.file + "'s (tables of other settings?)");
        }
        if (full != null) return full.header;
        Set<String> all = new LinkedHashSet<>(parts.get(0).header.subList(0, 2 + carried.size()));
        all.addAll(STATUS);
        for (Part p : parts) all.addAll(p.header);
        return new ArrayList<>(all);
    }

    private static boolean hasFeatureColumns(Part p, int carried) {
        for (String c : p.header.subList(2 + carried, p.header.size())) if (!c.startsWith("diagnostics_")) return true;
        return false;
    }

    private static List<String> partHeader(List<Part> parts, Block b) {
        for (Part p : parts) if (p.file.equals(b.part)) return p.header;
        throw new IllegalStateException();
    }

    private static List<String> remap(List<String> row, List<String> own, List<String> header) throws IOException {
        if (own.equals(header)) return row;
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < own.size(); i++) cells.put(own.get(i), row.get(i));
        List<String> out = new ArrayList<>(header.size());
        for (String c : header) out.add(cells.getOrDefault(c, ""));
        return out;
    }

    // ---- long: empty regions get the feature rows of the first computed region ----

    private static final int LABEL = 1, FAMILY = 3, VALUE = 7;

    /** The feature rows (not diagnostics) of the first region that has any, in output order; null if none has. */
    private static List<List<String>> longTemplate(List<Block> blocks) {
        for (Block b : blocks) {
            List<List<String>> features = new ArrayList<>();
            String label = null;
            for (List<String> row : b.rows) {
                if (label != null && !row.get(LABEL).equals(label)) break;
                if (!row.get(FAMILY).equals("diagnostics")) {
                    label = row.get(LABEL);
                    features.add(row);
                }
            }
            if (!features.isEmpty()) return features;
        }
        return null;
    }

    /** The rows of a case, an empty region (a Warning row and no feature rows) followed by the template's rows, empty. */
    private static List<List<String>> completedLong(List<List<String>> rows, List<List<String>> template, int carried) {
        if (template == null) return rows;
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); ) {
            int j = i;
            boolean warning = false, features = false;
            while (j < rows.size() && rows.get(j).get(LABEL).equals(rows.get(i).get(LABEL))) {
                List<String> r = rows.get(j++);
                if (!r.get(FAMILY).equals("diagnostics")) features = true;
                else if (r.get(4).equals("Warning")) warning = true;
            }
            out.addAll(rows.subList(i, j));
            if (warning && !features) {
                List<String> like = rows.get(i);
                for (List<String> t : template) {
                    List<String> r = new ArrayList<>(t);
                    r.set(0, like.get(0));
                    r.set(LABEL, like.get(LABEL));
                    r.set(VALUE, "");
                    for (int k = 0; k < carried; k++) r.set(VALUE + 1 + k, like.get(VALUE + 1 + k));
                    out.add(r);
                }
            }
            i = j;
        }
        return out;
    }
}
