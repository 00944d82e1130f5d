package org.gliomaradiomics.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.numerics.Kernel1D;

/** The 1D Laws kernels with the IBSI normalisation (unit L2 norm), and parsing of names such as "E5L5S5". */
public final class LawsKernels {
    private LawsKernels() {}

    /** The normalised 1D kernel named L3, E3, S3, L5, E5, S5, W5 or R5. */
    public static Kernel1D kernel(String name) {
        double[] raw;
        switch (name.toUpperCase(Locale.ROOT)) {
            case "L3": raw = new double[] {1, 2, 1}; break;
            case "E3": raw = new double[] {-1, 0, 1}; break;
            case "S3": raw = new double[] {-1, 2, -1}; break;
            case "L5": raw = new double[] {1, 4, 6, 4, 1}; break;
            case "E5": raw = new double[] {-1, -2, 0, 2, 1}; break;
            case "S5": raw = new double[] {-1, 0, 2, 0, -1}; break;
            case "W5": raw = new double[] {-1, 2, 0, -2, 1}; break;
            case "R5": raw = new double[] {1, -4, 6, -4, 1}; break;
            default: throw new IllegalArgumentException("unknown Laws kernel '" + name + "' (expected L3, E3, S3, L5, E5, S5, W5 or R5)");
        }
        double norm = 0;
        for (double v : raw) norm += v * v;
        norm = Math.sqrt(norm);
        for (int i = 0; i < raw.length; i++) raw[i] /= norm;
        return Kernel1D.centred(raw);
    }

    /** Splits a combined name such as "E5L5S5" into its 1D kernels, first for x, then y, then z. */
    public static Kernel1D[] parse(String combined) {
        String s = combined.trim();
        if (s.isEmpty() || s.length() % 2 != 0) throw new IllegalArgumentException("malformed Laws kernel name '" + combined + "'");
        List<Kernel1D> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += 2) out.add(kernel(s.substring(i, i + 2)));
        return out.toArray(new Kernel1D[0]);
    }
}
