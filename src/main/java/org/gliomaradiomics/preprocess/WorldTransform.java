package org.gliomaradiomics.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.image.Matrix3;

/**
 * An affine map of world points (LPS, mm) as a 4x4 matrix with last row (0 0 0 1). As in ITK, a registration
 * transform maps points of the FIXED image's space to the MOVING image's space: to resample the moving image onto
 * the fixed grid, each fixed voxel centre p is looked up in the moving image at {@code apply(p)}. Immutable.
 * Text form: comment lines starting with '#', then 4 lines of 4 numbers; or an ITK transform file ({@code .tfm},
 * {@link ItkTransformFile}).
 */
public final class WorldTransform {
    private final double[] m; // row-major 3x4: linear part and translation

    private WorldTransform(double[] rowMajor3x4) {
        this.m = rowMajor3x4;
    }

    public static WorldTransform identity() {
        return new WorldTransform(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});
    }

    /** From a row-major 3x3 linear part and a translation: p -> A p + t. */
    public static WorldTransform of(double[] linear3x3, double[] translation) {
        if (linear3x3.length != 9 || translation.length != 3) throw new IllegalArgumentException("a transform needs a 3x3 matrix and 3 translations");
        double[] r = new double[12];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(linear3x3, 3 * i, r, 4 * i, 3);
            r[4 * i + 3] = translation[i];
        }
        return new WorldTransform(r);
    }

    /** p -> A (p - c) + c + t: a linear map about the centre c followed by a translation (ITK's centred form). */
    public static WorldTransform centred(double[] linear3x3, double[] centre, double[] translation) {
        double[] t = new double[3];
        for (int i = 0; i < 3; i++)
            t[i] = centre[i] + translation[i] - (linear3x3[3 * i] * centre[0] + linear3x3[3 * i + 1] * centre[1] + linear3x3[3 * i + 2] * centre[2]);
        return of(linear3x3, t);
    }

    /** From 16 row-major values (the last row must be 0 0 0 1) or 12 (the first three rows). */
    public static WorldTransform fromMatrix(double[] values) {
        if (values.length == 16) {
            if (Math.abs(values[12]) > 1e-9 || Math.abs(values[13]) > 1e-9 || Math.abs(values[14]) > 1e-9 || Math.abs(values[15] - 1) > 1e-9)
                throw new IllegalArgumentException("the last row of an affine 4x4 matrix must be 0 0 0 1, found " + Arrays.toString(Arrays.copyOfRange(values, 12, 16)));
            return new WorldTransform(Arrays.copyOf(values, 12));
        }
        if (values.length == 12) return new WorldTransform(values.clone());
        throw new IllegalArgumentException("an affine matrix needs 16 (or 12) values, got " + values.length);
    }

    /** Row-major 4x4 matrix. */
    public double[] matrix() {
        double[] r = Arrays.copyOf(m, 16);
        r[15] = 1;
        return r;
    }

    /** Row-major 3x3 linear part. */
    public double[] linear() {
        return new double[] {m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]};
    }

    public double[] translation() {
        return new double[] {m[3], m[7], m[11]};
    }

    public double[] apply(double[] p) {
        return new double[] {
            m[0] * p[0] + m[1] * p[1] + m[2] * p[2] + m[3],
            m[4] * p[0] + m[5] * p[1] + m[6] * p[2] + m[7],
            m[8] * p[0] + m[9] * p[1] + m[10] * p[2] + m[11]};
    }

    /** This after {@code first}: p -> this(first(p)). */
    public WorldTransform compose(WorldTransform first) {
        double[] a = linear(), b = first.linear(), ab = Matrix3.multiply(a, b);
        double[] t = apply(first.translation());
        return of(ab, t);
    }

    public WorldTransform inverse() {
        double[] inv = Matrix3.inverse(linear());
        double[] t = translation();
        double[] it = new double[3];
        for (int i = 0; i < 3; i++) it[i] = -(inv[3 * i] * t[0] + inv[3 * i + 1] * t[1] + inv[3 * i + 2] * t[2]);
        return of(inv, it);
    }

    /** The text form: a comment header and 4 lines of 4 numbers (shortest round-trip doubles). */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Glioma Radiomics affine transform: 4x4 matrix in world millimetres (LPS)\n");
        sb.append("# maps FIXED-space points to MOVING-space points (ITK convention): p_moving = M * p_fixed\n");
        double[] full = matrix();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                if (c > 0) sb.append(' ');
                sb.append(full[4 * r + c]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Parses {@link #toText()} output; '#' lines and blank lines are ignored. */
    public static WorldTransform parse(String text, String source) {
        List<Double> values = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String s = line.trim();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String[] parts = s.split("[\\s,;]+");
            if (parts.length != 4) throw new IllegalArgumentException(source + " line " + lineNo + ": expected 4 numbers, found " + parts.length);
            for (String p : parts) {
                try {
                    values.add(Double.parseDouble(p));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": '" + p + "' is not a number");
                }
            }
        }
        if (values.size() != 16) throw new IllegalArgumentException(source + ": expected 4 lines of 4 numbers, found " + values.size() + " numbers");
        try {
            return fromMatrix(values.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

    /** The text of a transform file: ITK's format for a {@code .tfm} name ({@link ItkTransformFile}), else the 4x4 text form. */
    public String fileText(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".tfm") ? ItkTransformFile.format(this) : toText();
    }

    /** A transform file's text: ITK's format (any name; recognised by its first line) or the 4x4 text form. */
    public static WorldTransform parseFile(String text, String source) {
        return ItkTransformFile.isItk(text) ? ItkTransformFile.parse(text, source) : parse(text, source);
    }

    @Override
    public String toString() {
        return "WorldTransform" + Arrays.toString(m);
    }
}
