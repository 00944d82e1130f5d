package org.gliomaradiomics.features;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams feature tables as CSV, case after case, in long format ({@code case,label,image_type,family,feature,
 * ibsi_code,aggregation,value}, then the manifest's carried columns) or wide format (one row per case and label:
 * {@code case,label}, carried columns, diagnostics columns, then one column per feature). A failed case is a row
 * whose {@code diagnostics/Error} holds the message.
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
        Long(Writer out, List<String> carried) throws IOException {
            super(out, carried);
            List<String> header = new ArrayList<>(LONG_COLUMNS);
            header.addAll(carried);
            printer.printRecord(header);
        }

        @Override
        public void write(CaseResult r) throws IOException {
            List<String> carried = carriedValues(r);
            if (r.failed()) {
                row(r, ExtractedFeature.diagnostic("Error", r.error()), carried);
                return;
            }
            for (ExtractedFeature f : r.features()) row(r, f, carried);
            printer.flush();
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
    }

    private static final class Wide extends FeatureTableWriter {
        private List<String> columns; // fixed by the first successful case
        private final List<CaseResult> waiting = new ArrayList<>();

        Wide(Writer out, List<String> carried) throws IOException {
            super(out, carried);
        }

        @Override
        public void write(CaseResult r) throws IOException {
            if (columns == null) {
                if (r.failed()) {
                    waiting.add(r); // the header needs a successful case
                    return;
                }
                columns = new ArrayList<>();
                columns.add("diagnostics_Error");
                for (ExtractedFeature f : r.features()) columns.add(f.wideColumn());
                List<String> header = new ArrayList<>(List.of("case", "label"));
                header.addAll(carriedColumns);
                header.addAll(columns);
                printer.printRecord(header);
                for (CaseResult w : waiting) row(w);
                waiting.clear();
            }
            row(r);
            printer.flush();
        }

        private void row(CaseResult r) throws IOException {
            Map<String, String> cells = new LinkedHashMap<>();
            if (r.failed()) cells.put("diagnostics_Error", r.error());
            for (ExtractedFeature f : r.features()) cells.put(f.wideColumn(), f.valueText());
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
            if (columns == null && !waiting.isEmpty()) { // every case failed: still write what happened
                columns = List.of("diagnostics_Error");
                List<String> header = new ArrayList<>(List.of("case", "label"));
                header.addAll(carriedColumns);
                header.addAll(columns);
                printer.printRecord(header);
                for (CaseResult w : waiting) row(w);
            }
            super.close();
        }
    }
}
