package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes gzip-compressed NRRD: attached ({@code .nrrd}) or detached ({@code .nhdr} with a {@code .raw.gz} data
 * file beside it), little-endian, in left-posterior-superior space with exact "space directions" and "space
 * origin" (each double in its shortest decimal form that reads back to the same bits). Files appear atomically.
 */
public final class NrrdWriter {
    private NrrdWriter() {}

    public static void write(Volume volume, Path file) throws IOException {
        boolean detached = DataFiles.lowerName(file).endsWith(".nhdr");
        if (!detached) {
            AtomicFiles.write(file, out -> {
                out.write(header(volume, null).getBytes(StandardCharsets.US_ASCII));
                writeData(volume, out);
            });
            return;
        }
        String name = file.getFileName().toString();
        String dataName = name.substring(0, name.length() - ".nhdr".length()) + ".raw.gz";
        Path dataFile = file.resolveSibling(dataName);
        AtomicFiles.write(dataFile, out -> writeData(volume, out));
        AtomicFiles.write(file, out -> out.write(header(volume, dataName).getBytes(StandardCharsets.US_ASCII)));
    }

    private static void writeData(Volume volume, OutputStream out) throws IOException {
        OutputStream gz = DataFiles.gzip(out);
        VoxelCodec.write(gz, volume, volume.type(), ByteOrder.LITTLE_ENDIAN);
        gz.close();
    }

    static String header(Volume volume, String dataFile) {
        Geometry g = volume.geometry();
        double[] d = g.direction(), s = g.spacing(), o = g.origin();
        StringBuilder b = new StringBuilder();
        b.append("NRRD0004\n");
        b.append("# Complete NRRD file format specification at:\n");
        b.append("# http://teem.sourceforge.net/nrrd/format.html\n");
        b.append("type: ").append(typeName(volume.type())).append('\n');
        b.append("dimension: 3\n");
        b.append("space: left-posterior-superior\n");
        b.append("sizes: ").append(g.nx).append(' ').append(g.ny).append(' ').append(g.nz).append('\n');
        b.append("space directions:");
        for (int c = 0; c < 3; c++)
            b.append(" (").append(shortest(d[c] * s[c])).append(',').append(shortest(d[3 + c] * s[c])).append(',')
                .append(shortest(d[6 + c] * s[c])).append(')');
        b.append('\n');
        b.append("kinds: domain domain domain\n");
        b.append("endian: little\n");
        b.append("encoding: gzip\n");
        b.append("space origin: (").append(shortest(o[0])).append(',').append(shortest(o[1])).append(',').append(shortest(o[2])).append(")\n");
        if (dataFile != null) b.append("data file: ").append(dataFile).append('\n');
        b.append('\n');
        return b.toString();
    }

    static String typeName(DataType t) {
        switch (t) {
            case INT8: return "signed char";
            case UINT8: return "unsigned char";
            case INT16: return "short";
            case UINT16: return "unsigned short";
            case INT32: return "int";
            case UINT32: return "unsigned int";
            case INT64: return "long long int";
            case UINT64: return "unsigned long long int";
            case FLOAT32: return "float";
            default: return "double";
        }
    }

    /** The shortest decimal that parses back to exactly {@code v} (Java 17's Double.toString is not always shortest). */
    static String shortest(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                r = r.stripTrailingZeros();
                double a = Math.abs(v);
                return a >= 1e-6 && a < 1e16 ? r.toPlainString() : r.toString();
            }
        }
        return Double.toString(v);
    }
}
