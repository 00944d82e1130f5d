package org.gliomaradiomics.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ITK's text transform files ({@code .tfm}, as written by ITK's TransformFileWriter, SimpleITK, 3D Slicer and
 * ANTs' ConvertTransformFile): {@code #Insight Transform File V1.0}, then per transform a {@code Transform:} class
 * name, its {@code Parameters:} and {@code FixedParameters:}. Like {@link WorldTransform}, an ITK transform maps
 * points of the fixed image's space to the moving image's space, in LPS millimetres, so the matrix carries over as it
 * is; only the parametrisation differs.
 * <ul>
 * <li>{@code AffineTransform}, {@code MatrixOffsetTransformBase}, {@code Rigid3DTransform} ({@code _double_3_3} or
 * {@code _float_3_3}): parameters are the 3x3 matrix A row by row and the translation t, fixed parameters the centre c;
 * a point p maps to A (p - c) + c + t (ITK's "offset" is t + c - A c).</li>
 * <li>{@code Euler3DTransform}: angles about x, y, z (radians) and t; fixed parameters c and, optionally, a flag for
 * ITK's Z·Y·X order (default Z·X·Y).</li>
 * <li>{@code VersorRigid3DTransform}: the vector part of a unit quaternion and t; fixed parameters c.</li>
 * <li>{@code TranslationTransform}: t.</li>
 * </ul>
 * A file holding one transform (possibly inside a {@code CompositeTransform}) is read; writing gives an
 * {@code AffineTransform_double_3_3} with centre 0 (Parameters: A and ITK's offset).
 */
public final class ItkTransformFile {
    private ItkTransformFile() {}

    static final String HEADER = "#Insight Transform File V1.0";

    public static boolean isItk(String text) {
        return text.stripLeading().startsWith("#Insight Transform File");
    }

    /** The file text of {@code t} as an AffineTransform_double_3_3 (shortest round-trip doubles, centre 0). */
    public static String format(WorldTransform t) {
        StringBuilder sb = new StringBuilder(HEADER).append("\n#Transform 0\nTransform: AffineTransform_double_3_3\nParameters:");
        for (double v : t.linear()) sb.append(' ').append(v);
        for (double v : t.translation()) sb.append(' ').append(v);
        sb.append("\nFixedParameters: 0 0 0\n");
        return sb.toString();
    }

    /** One transform of an ITK text file; errors name {@code source} and the line. */
    public static WorldTransform parse(String text, String source) {
        String[] lines = text.split("\\R");
        if (lines.length == 0 || !lines[0].strip().startsWith("#Insight Transform File"))
            throw new IllegalArgumentException(source + ": not an ITK transform file (no '" + HEADER + "' line)");
        List<String> types = new ArrayList<>();
        List<double[]> params = new ArrayList<>(), fixed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("Transform:")) {
                types.add(l.substring("Transform:".length()).strip());
                params.add(null);
                fixed.add(null);
            } else if (l.startsWith("Parameters:") || l.startsWith("FixedParameters:")) {
                if (types.isEmpty()) throw new IllegalArgumentException(source + " line " + (i + 1) + ": parameters before any 'Transform:' line");
                boolean isFixed = l.startsWith("Fixed");
                double[] v = numbers(l.substring(l.indexOf(':') + 1), source, i + 1);
                (isFixed ? fixed : params).set(types.size() - 1, v);
            }
        }
        List<Integer> real = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) if (!types.get(k).startsWith("CompositeTransform")) real.add(k);
        if (real.size() != 1)
            throw new IllegalArgumentException(source + ": holds " + real.size() + " transforms " + types + "; one linear transform is supported");
        int k = real.get(0);
        try {
            return of(types.get(k), params.get(k), fixed.get(k));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + types.get(k) + ": " + e.getMessage(), e);
        }
    }

    static WorldTransform of(String type, double[] p, double[] fixedParameters) {
        if (p == null) throw new IllegalArgumentException("no Parameters line");
        double[] f = fixedParameters == null ? new double[0] : fixedParameters;
        if (!type.matches("\\w+_(double|float)_3_3"))
            throw new IllegalArgumentException("only 3D transforms (…_double_3_3 or …_float_3_3) are supported");
        double[] centre = f.length >= 3 ? new double[] {f[0], f[1], f[2]} : new double[3];
        switch (type.replaceFirst("_(double|float)_3_3$", "")) {
            case "AffineTransform", "MatrixOffsetTransformBase", "Rigid3DTransform" -> {
                count(p, 12);
                return WorldTransform.centred(java.util.Arrays.copyOf(p, 9), centre, new double[] {p[9], p[10], p[11]});
            }
            case "Euler3DTransform" -> {
                count(p, 6);
                boolean zyx = f.length >= 4 && f[3] != 0;
                double[] rx = rotationX(p[0]), ry = rotationY(p[1]), rz = rotationZ(p[2]);
                double[] a = zyx ? multiply(rz, multiply(ry, rx)) : multiply(rz, multiply(rx, ry));
                return WorldTransform.centred(a, centre, new double[] {p[3], p[4], p[5]});
            }
            case "VersorRigid3DTransform" -> {
                count(p, 6);
                double x = p[0], y = p[1], z = p[2], n = x * x + y * y + z * z;
                if (n > 1 + 1e-9) throw new IllegalArgumentException("the versor " + x + ", " + y + ", " + z + " is longer than 1");
                double w = Math.sqrt(Math.max(0, 1 - n));
                double[] a = {
                    1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
                    2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
                    2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)};
                return WorldTransform.centred(a, centre, new double[] {p[3], p[4], p[5]});
            }
            case "TranslationTransform" -> {
                count(p, 3);
                return WorldTransform.of(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[] {p[0], p[1], p[2]});
            }
            default -> throw new IllegalArgumentException("not a supported transform type (AffineTransform, MatrixOffsetTransformBase, "
                + "Rigid3DTransform, Euler3DTransform, VersorRigid3DTransform, TranslationTransform)");
        }
    }

    private static void count(double[] p, int n) {
        if (p.length != n) throw new IllegalArgumentException(n + " parameters expected, found " + p.length);
    }

    private static double[] numbers(String text, String source, int line) {
        String s = text.strip();
        if (s.isEmpty()) return new double[0];
        String[] parts = s.split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].toLowerCase(Locale.ROOT).replace("inf", "Infinity"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + line + ": '" + parts[i] + "' is not a number");
            }
        }
        return v;
    }

    private static double[] rotationX(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {1, 0, 0, 0, c, -s, 0, s, c};
    }

    private static double[] rotationY(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
    }

    private static double[] rotationZ(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
    }

    private static double[] multiply(double[] a, double[] b) {
        return org.gliomaradiomics.image.Matrix3.multiply(a, b);
    }
}
