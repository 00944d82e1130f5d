package org.gliomaradiomics.preprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned standard scale of Nyúl–Udupa histogram standardisation: percentiles (increasing, in 0..100) and the
 * standard intensity of each. Saved as CSV text: a header line {@code percentile,standard_value}, then one line
 * per landmark.
 */
public record NyulLandmarks(double[] percentiles, double[] standardValues) {
    public static final String HEADER = "percentile,standard_value";

    public NyulLandmarks {
        if (percentiles.length < 2 || percentiles.length != standardValues.length)
            throw new IllegalArgumentException("Nyúl landmarks need at least 2 percentiles with one standard value each");
        for (int i = 1; i < percentiles.length; i++) {
            if (!(percentiles[i] > percentiles[i - 1])) throw new IllegalArgumentException("landmark percentiles must increase: " + percentiles[i - 1] + " then " + percentiles[i]);
            if (!(standardValues[i] > standardValues[i - 1])) throw new IllegalArgumentException("standard landmark values must increase: " + standardValues[i - 1] + " then " + standardValues[i]);
        }
        percentiles = percentiles.clone();
        standardValues = standardValues.clone();
    }

    /** The usual landmarks: 1, 10, 20, ..., 90, 99. */
    public static double[] defaultPercentiles() {
        return new double[] {1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99};
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < percentiles.length; i++) sb.append(percentiles[i]).append(',').append(standardValues[i]).append('\n');
        return sb.toString();
    }

    public static NyulLandmarks parseCsv(String text, String source) {
        String[] lines = text.split("\\R");
        List<double[]> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].trim();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (!header) {
                if (!s.replace(" ", "").equalsIgnoreCase(HEADER)) throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected header '" + HEADER + "', found '" + s + "'");
                header = true;
                continue;
            }
            String[] p = s.split(",");
            if (p.length != 2) throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 2 comma-separated numbers");
            try {
                rows.add(new double[] {Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim())});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": not a number: " + s);
            }
        }
        double[] pc = rows.stream().mapToDouble(r -> r[0]).toArray(), sv = rows.stream().mapToDouble(r -> r[1]).toArray();
        try {
            return new NyulLandmarks(pc, sv);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

}
