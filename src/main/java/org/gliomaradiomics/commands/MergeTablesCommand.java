package org.gliomaradiomics.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.extraction.FeatureTableMerge;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.TextFiles;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Joins the parts of a sharded batch-extract into one table, checking that every case is there exactly once. */
@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Merge Feature Tables",
    description = "Join the feature tables of batch-extract --shard I/N into one table; with the manifest, every case must be in exactly one part and rows come in manifest order")
public class MergeTablesCommand extends RadiomicsCommand {
    @Parameter(label = "Tables (CSV)", persist = false,
        description = "Feature tables, comma-separated; a name may be a pattern such as part-*.csv (on the command line the tables may also come first: merge-tables part-*.csv --out all.csv)")
    private String tables;

    @Parameter(label = "Manifest (CSV)", style = "open", persist = false, required = false,
        description = "The batch's manifest: every case must be in exactly one table, rows in its order (the unsharded table byte for byte); without it, each case at most once, in the order of the tables")
    private File manifest;

    @Parameter(label = "Save table as (CSV)", style = "save", persist = false, description = "CSV to write (written completely or not at all)")
    private File out;

    @Override
    protected void execute() throws Exception {
        List<Path> parts = expand(tables);
        if (parts.isEmpty()) throw new UsageException("--tables: no file in '" + tables + "'");
        BatchManifest bm = manifest == null ? null : BatchManifest.read(manifest.toPath());
        progress().report("merging " + parts.size() + " table(s)", 0);
        List<Map.Entry<Path, String>> texts = new ArrayList<>(); // a table given twice counts twice (its cases are duplicates)
        for (Path p : parts) texts.add(Map.entry(p, TextFiles.read(p)));
        FeatureTableMerge.Summary[] merged = new FeatureTableMerge.Summary[1];
        FeatureTableMerge.Summary s;
        try {
            AtomicFiles.writeText(out.toPath(), w -> merged[0] = FeatureTableMerge.merge(texts, bm, w)); // a refused merge writes nothing
            s = merged[0];
        } catch (FeatureTableMerge.IncompleteException e) {
            throw new UsageException(e.getMessage()); // bad input: exit code 2, nothing written
        }
        outputs().message("merged " + s.parts() + " table(s): " + s.cases() + " case(s), " + s.rows() + " row(s); wrote " + out);
    }

    /** Comma-separated files; a file name with * or ? is a pattern matched in its folder (sorted by name). */
    static List<Path> expand(String text) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String item : text.split(",")) {
            String t = item.trim();
            if (t.isEmpty()) continue;
            Path p = Path.of(t);
            String name = p.getFileName() == null ? t : p.getFileName().toString();
            if (!name.contains("*") && !name.contains("?")) {
                if (!Files.isRegularFile(p)) throw new UsageException("--tables: " + t + ": no such file");
                out.add(p);
                continue;
            }
            Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
            List<Path> matched = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, name)) {
                for (Path m : ds) if (Files.isRegularFile(m)) matched.add(p.getParent() == null ? Path.of(m.getFileName().toString()) : m);
            }
            if (matched.isEmpty()) throw new UsageException("--tables: no file matches " + t);
            matched.sort(null);
            out.addAll(matched);
        }
        return out;
    }
}
