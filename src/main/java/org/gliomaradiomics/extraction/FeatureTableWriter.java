package org.gliomaradiomics.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;

/**
 * Streams feature tables as CSV, case after case, in long format ({@code case,label,image_type,family,feature,
 * ibsi_code,aggregation,value}, then the manifest's carried columns) or wide format (one row per case and label:
 * {@code case,label}, carried columns, diagnostics columns, then one column per feature). A failed case is a row
 * whose {@code diagnostics/Error} holds the message; an empty region has its diagnostics, a {@code diagnostics/Warning}
 * with the reason and every feature of the table with an empty value. The feature list is that of the first computed
 * region, so rows of empty or failed regions before it wait for it.
 */
public abstract class FeatureTableWriter implements Closeable {
    public enum Format { LONG, WIDE }

    public static final List<String> LONG_COLUMNS = List.of("case", "label", "image_type", "family", "feature", "ibsi_code", "aggregation", "value");

    protected final CSVPrinter printer;
    protected final List<String> carriedColumns;

    protected FeatureTableWriter(Writer out, List<String> carriedColumns) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        this.carriedColumns = List.copyOf(carriedColumns);
    }

    public static FeatureTableWriter create(Format format, Writer out, List<String> carriedColumns) throws IOException {
        return format == Format.LONG ? new Long(out, carriedColumns) : new Wide(out, carriedColumns);
    }

    public abstract void write(CaseResult result) throws IOException;

    /** Copies a row of an earlier output of the same format (resume), cells as they were. */
    public abstract void writeRaw(List<String> header, List<String> cells) throws IOException;

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    protected List<String> carriedValues(CaseResult r) {
        List<String> v = new ArrayList<>();
        for (String c : carriedColumns) v.add(r.carried().getOrDefault(c, ""));
        return v;
    }

    private static final class Long extends FeatureTableWriter {
        private List<ExtractedFeature> template; // the features of the first computed region
        private final List<CaseResult> waiting = new ArrayList<>();

        Long(Writer out, List<String> carried) throws IOException {
            super(out, carried);
            List<String> header = new ArrayList<>(LONG_COLUMNS);
            header.addAll(carried);
            printer.printRecord(header);
        }

        @Override
        public void write(CaseResult r) throws IOException {
            if (template == null) {
                if (r.empty() || (r.failed() && !waiting.isEmpty())) {
                    waiting.add(r); // its empty feature rows need a computed region's feature list
                    return;
                }
                if (!r.failed()) {
                    template = r.features();
                    for (CaseResult w : waiting) rows(w);
                    waiting.clear();
                }
            }
            rows(r);
            printer.flush();
        }

        private void rows(CaseResult r) throws IOException {
            List<String> carried = carriedValues(r);
            if (r.failed()) row(r, ExtractedFeature.diagnostic("Error", r.error()), carried);
            else for (ExtractedFeature f : r.rowsLike(template)) row(r, f, carried);
        }

        private void row(CaseResult r, ExtractedFeature f, List<String> carried) throws IOException {
            printer.print(r.caseId());
            printer.print(r.label());
            printer.print(f.imageType());
            printer.print(f.family());
            printer.print(f.feature());
            printer.print(f.ibsiCode());
            printer.print(f.aggregation());
            printer.print(f.valueText());
            for (String c : carried) printer.print(c);
            printer.println();
        }

        @Override
        public void writeRaw(List<String> header, List<String> cells) throws IOException {
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            for (CaseResult w : waiting) rows(w); // no region was computed: diagnostics only
            waiting.clear();
            super.close();
        }
    }

    private static final class Wide extends FeatureTableWriter {
        /** First of the diagnostics: why a region failed, why it is empty. */
        private static final List<String> STATUS_COLUMNS = List.of("diagnostics_Error", "diagnostics_Warning");

        private List<String> columns; // fixed by the first successful case
        private final List<CaseResult> waiting = new ArrayList<>();

        Wide(Writer out, List<String> carried) throws IOException {
            super(out, carried);
        }

        @Override
        public void write(CaseResult r) throws IOException {
            if (columns == null) {
                if (r.failed() || r.empty()) {
                    waiting.add(r); // the header needs a computed region
                    return;
                }
                List<String> features = new ArrayList<>(STATUS_COLUMNS);
                for (ExtractedFeature f : r.features()) features.add(f.wideColumn());
                start(features);
            }
            row(r);
            printer.flush();
        }

        /** Fixes the feature columns, writes the header and the rows that waited for it. */
        private void start(List<String> featureColumns) throws IOException {
            columns = featureColumns;
            List<String> header = new ArrayList<>(List.of("case", "label"));
            header.addAll(carriedColumns);
            header.addAll(columns);
            printer.printRecord(header);
            for (CaseResult w : waiting) row(w);
            waiting.clear();
        }

        private void row(CaseResult r) throws IOException {
            Map<String, String> cells = new LinkedHashMap<>();
            if (r.failed()) cells.put("diagnostics_Error", r.error());
            for (ExtractedFeature f : r.rowsLike(null)) cells.put(f.wideColumn(), f.valueText());
            List<String> out = new ArrayList<>(List.of(r.caseId(), r.label()));
            out.addAll(carriedValues(r));
            for (String c : columns) out.add(cells.getOrDefault(c, ""));
            printer.printRecord(out);
        }

        @Override
        public void writeRaw(List<String> header, List<String> cells) throws IOException {
            if (columns == null) {
                printer.printRecord(header);
                columns = new ArrayList<>(header.subList(2 + carriedColumns.size(), header.size()));
            }
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            if (columns == null && !waiting.isEmpty()) { // no region computed: still write what happened
                List<String> features = new ArrayList<>(STATUS_COLUMNS);
                for (CaseResult w : waiting)
                    for (ExtractedFeature f : w.features()) if (!features.contains(f.wideColumn())) features.add(f.wideColumn());
                start(features);
            }
            super.close();
        }
    }
}
