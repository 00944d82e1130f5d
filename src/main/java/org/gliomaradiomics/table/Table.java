package org.gliomaradiomics.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A small result table: named columns, rows of numbers or text. The core library returns these; the command
 * layer shows them as ImageJ ResultsTables or writes them as CSV ({@link CsvWriter}).
 */
public final class Table {
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public Table(String... columns) {
        this(Arrays.asList(columns));
    }

    public List<String> columns() {
        return columns;
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    /** Adds a row; each value is a Number, a String, a Boolean or null (empty cell). */
    public Table addRow(Object... values) {
        if (values.length != columns.size())
            throw new IllegalArgumentException("row has " + values.length + " values, table has " + columns.size() + " columns");
        rows.add(values.clone());
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public Object get(int row, int column) {
        return rows.get(row)[column];
    }

    public Object get(int row, String column) {
        int c = columnIndex(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        return rows.get(row)[c];
    }

    public double getDouble(int row, String column) {
        Object v = get(row, column);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Text of a cell as written to CSV: doubles in their shortest round-trip form, integers without ".0". */
    public static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) return "NaN";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
            return Double.toString(d);
        }
        return v.toString();
    }
}
