package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gliomaradiomics.table.CsvTable;

/**
 * How clinical covariates become numeric features: numeric columns as they are ({@code clinical_<column>}),
 * categorical columns as 0/1 dummies for every level but the first in sorted order
 * ({@code clinical_<column>_<level>}). Kept with a saved model so new data are encoded the same way.
 */
public final class CovariateEncoding implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Column → sorted levels (null for numeric columns), in covariate order. */
    public final LinkedHashMap<String, List<String>> levels;

    public CovariateEncoding(LinkedHashMap<String, List<String>> levels) {
        this.levels = levels;
    }

    /** Learns the encoding from the values present in {@code rows}. */
    public static CovariateEncoding learn(List<String> columns, Collection<Map<String, String>> rows,
                                          TargetDefinition missing) {
        LinkedHashMap<String, List<String>> lv = new LinkedHashMap<>();
        for (String col : columns) {
            boolean numeric = true;
            TreeSet<String> seen = new TreeSet<>();
            for (Map<String, String> r : rows) {
                String v = r.get(col);
                if (v == null || missing.isMissing(v)) continue;
                seen.add(v);
                if (Double.isNaN(CsvTable.parseNumber(v))) numeric = false;
            }
            lv.put(col, numeric ? null : new ArrayList<>(seen));
        }
        return new CovariateEncoding(lv);
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : levels.entrySet()) {
            String base = "clinical_" + e.getKey().replaceAll("\\s+", "_");
            if (e.getValue() == null) names.add(base);
            else for (int l = 1; l < e.getValue().size(); l++) names.add(base + "_" + e.getValue().get(l));
        }
        return names;
    }

    /** Encodes one clinical row; missing values become NaN. */
    public double[] encode(Map<String, String> row, TargetDefinition missing) {
        List<Double> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : levels.entrySet()) {
            String v = row.get(e.getKey());
            boolean absent = v == null || missing.isMissing(v);
            if (e.getValue() == null) out.add(absent ? Double.NaN : CsvTable.parseNumber(v));
            else for (int l = 1; l < e.getValue().size(); l++)
                out.add(absent ? Double.NaN : e.getValue().get(l).equals(v) ? 1.0 : 0.0);
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }
}
