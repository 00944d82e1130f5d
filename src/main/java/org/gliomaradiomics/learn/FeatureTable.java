package org.gliomaradiomics.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A wide numeric feature table: one row per ID, named columns, NaN for missing values. */
public final class FeatureTable {
    public final String[] ids;
    public final String[] names;
    public final double[][] values;

    public FeatureTable(String[] ids, String[] names, double[][] values) {
        this.ids = ids;
        this.names = names;
        this.values = values;
    }

    public int rowIndex(String id) {
        for (int i = 0; i < ids.length; i++) if (ids[i].equals(id)) return i;
        return -1;
    }

    /** Row index by ID. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) m.put(ids[i], i);
        return m;
    }

    /**
     * Inner join on ID, in the row order of the first table. IDs missing from any table are listed in
     * {@code unmatched} (ID → names of the tables that lack it are not tracked; only the IDs). Duplicate column
     * names across tables are an error.
     */
    public static FeatureTable innerJoin(List<FeatureTable> tables, List<String> tableNames, List<String> unmatched) {
        if (tables.isEmpty()) throw new IllegalArgumentException("no feature table given");
        if (tables.size() == 1) return tables.get(0);
        Map<String, String> columnOwner = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++)
            for (String n : tables.get(t).names) {
                String prev = columnOwner.put(n, tableNames.get(t));
                if (prev != null)
                    throw new IllegalArgumentException("feature column '" + n + "' appears in both " + prev + " and "
                            + tableNames.get(t));
            }
        List<Map<String, Integer>> indices = new ArrayList<>();
        for (FeatureTable t : tables) indices.add(t.index());
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (FeatureTable t : tables) for (String id : t.ids) all.add(id);
        List<String> kept = new ArrayList<>();
        for (String id : all) {
            boolean everywhere = true;
            for (Map<String, Integer> ix : indices) everywhere &= ix.containsKey(id);
            if (everywhere) kept.add(id);
            else unmatched.add(id);
        }
        String[] names = columnOwner.keySet().toArray(new String[0]);
        double[][] values = new double[kept.size()][names.length];
        for (int i = 0; i < kept.size(); i++) {
            int c = 0;
            for (int t = 0; t < tables.size(); t++) {
                double[] src = tables.get(t).values[indices.get(t).get(kept.get(i))];
                System.arraycopy(src, 0, values[i], c, src.length);
                c += src.length;
            }
        }
        return new FeatureTable(kept.toArray(new String[0]), names, values);
    }
}
