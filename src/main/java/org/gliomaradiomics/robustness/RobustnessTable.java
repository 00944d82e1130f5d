package org.gliomaradiomics.robustness;

import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.learn.Icc;
import org.gliomaradiomics.table.Table;

/**
 * Per feature, from its values over n targets × k conditions: ICC(1,1) and ICC(2,1) with 95% confidence intervals
 * ({@link Icc}) over the targets where the feature is defined under every condition, the coefficient of variation
 * (for each such target SD/|mean| over the conditions, SD with n−1, averaged over the targets), and the fraction of
 * targets where it is defined. A feature that does not change under any condition but differs between targets has
 * ICC 1 [1, 1] (the ANOVA's F is infinite there); one that is the same everywhere, or defined in fewer than 2
 * targets, has no ICC (NaN).
 */
public final class RobustnessTable {
    public static final List<String> COLUMNS = List.of("feature", "icc1", "icc1_lower", "icc1_upper", "icc2", "icc2_lower", "icc2_upper",
        "cv", "defined_fraction", "targets", "conditions");

    /** One feature's figures. */
    public record Row(String feature, Icc.Value icc1, Icc.Value icc2, double cv, double definedFraction, int targets, int conditions) {}

    private static final Icc.Value NONE = new Icc.Value(Double.NaN, Double.NaN, Double.NaN), PERFECT = new Icc.Value(1, 1, 1);

    private RobustnessTable() {}

    public static List<Row> of(FeatureValues v) {
        List<Row> rows = new ArrayList<>();
        int k = v.conditions().size();
        for (int f = 0; f < v.features().size(); f++) {
            List<double[]> defined = new ArrayList<>();
            for (double[] row : v.values()[f]) if (java.util.Arrays.stream(row).allMatch(Double::isFinite)) defined.add(row);
            double[][] x = defined.toArray(new double[0][]);
            Icc.Value icc1 = NONE, icc2 = NONE;
            if (x.length >= 2 && k >= 2) {
                if (constantRows(x)) {
                    if (!allEqual(x)) icc1 = icc2 = PERFECT;
                } else {
                    Icc.Result r = Icc.of(x, 0.05);
                    icc1 = r.icc1();
                    icc2 = r.icc2();
                }
            }
            rows.add(new Row(v.features().get(f), icc1, icc2, meanCv(x), v.targets().isEmpty() ? Double.NaN : (double) x.length / v.targets().size(),
                x.length, k));
        }
        return rows;
    }

    public static Table table(List<Row> rows) {
        Table t = new Table(new ArrayList<>(COLUMNS));
        for (Row r : rows)
            t.addRow(r.feature(), r.icc1().icc(), r.icc1().lower(), r.icc1().upper(), r.icc2().icc(), r.icc2().lower(), r.icc2().upper(),
                r.cv(), r.definedFraction(), r.targets(), r.conditions());
        return t;
    }

    /** Fraction of the features with an ICC(1,1) that have ICC(1,1) &gt;= threshold. */
    public static double survivingFraction(List<Row> rows, double threshold) {
        long withIcc = rows.stream().filter(r -> !Double.isNaN(r.icc1().icc())).count();
        long kept = rows.stream().filter(r -> r.icc1().icc() >= threshold).count();
        return withIcc == 0 ? Double.NaN : (double) kept / withIcc;
    }

    /** Every target has the same value under every condition (exactly: a mean would round). */
    private static boolean constantRows(double[][] x) {
        for (double[] row : x) for (double e : row) if (e != row[0]) return false;
        return true;
    }

    private static boolean allEqual(double[][] x) {
        for (double[] row : x) for (double e : row) if (e != x[0][0]) return false;
        return true;
    }

    private static double meanCv(double[][] x) {
        if (x.length == 0 || x[0].length < 2) return Double.NaN;
        double sum = 0;
        for (double[] row : x) {
            double m = java.util.Arrays.stream(row).average().orElse(0), ss = 0;
            for (double e : row) ss += (e - m) * (e - m);
            sum += Math.sqrt(ss / (row.length - 1)) / Math.abs(m);
        }
        return sum / x.length;
    }
}
