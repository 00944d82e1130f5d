package org.gliomaradiomics.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed NRRD header (format NRRD0001..0005, http://teem.sourceforge.net/nrrd/format.html): the fields that
 * locate and decode the voxel data and place them in LPS space. Hand-written: no Maven Central library reads NRRD.
 */
final class NrrdHeader {
    /** A header longer than this is not a plausible NRRD header (it would be a binary file). */
    static final int MAX_HEADER_BYTES = 1 << 20;
    private static final Pattern VECTOR = Pattern.compile("\\(([^()]*)\\)|none");

    final Path file;
    final Map<String, String> fields = new LinkedHashMap<>();
    /** Byte offset just past the header (where attached data start). */
    long headerEnd;

    private NrrdHeader(Path file) {
        this.file = file;
    }

    /** Reads the header lines up to the first blank line (or the end of a detached header). */
    static NrrdHeader read(Path file) throws IOException {
        NrrdHeader h = new NrrdHeader(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), DataFiles.BUFFER)) {
            long pos = 0;
            boolean first = true;
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            while (true) {
                int c = in.read();
                if (c >= 0) pos++;
                if (pos > MAX_HEADER_BYTES) throw new ImageFormatException(file, "NRRD header longer than " + MAX_HEADER_BYTES + " bytes (no blank line ending it)");
                if (c >= 0 && c != '\n') {
                    line.write(c);
                    continue;
                }
                String text = line.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
                line.reset();
                if (first) {
                    if (!text.matches("NRRD000[1-9]")) throw new ImageFormatException(file, "not a NRRD file (first line is not NRRD000x)");
                    first = false;
                } else if (text.isEmpty()) {
                    break;
                } else {
                    h.addLine(text);
                }
                if (c < 0) break;
            }
            h.headerEnd = pos;
        }
        return h;
    }

    private void addLine(String line) throws ImageFormatException {
        if (line.startsWith("#")) return;
        int colon = line.indexOf(": ");
        if (line.contains(":=") && (colon < 0 || line.indexOf(":=") < colon)) return; // key/value pairs carry no geometry
        if (colon < 0) throw new ImageFormatException(file, "malformed NRRD header line \"" + abbreviate(line) + "\"");
        String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        switch (key) { // the format allows these fields without the space
            case "datafile": key = "data file"; break;
            case "lineskip": key = "line skip"; break;
            case "byteskip": key = "byte skip"; break;
            default: break;
        }
        if (fields.put(key, line.substring(colon + 2).trim()) != null) throw new ImageFormatException(file, "NRRD field \"" + key + "\" appears twice");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    String require(String key) throws ImageFormatException {
        String v = fields.get(key);
        if (v == null) throw new ImageFormatException(file, "NRRD header lacks the required field \"" + key + "\"");
        return v;
    }

    DataType type() throws ImageFormatException {
        String t = require("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (t) {
            case "signed char": case "int8": case "int8_t": return DataType.INT8;
            case "uchar": case "unsigned char": case "uint8": case "uint8_t": return DataType.UINT8;
            case "short": case "short int": case "signed short": case "signed short int": case "int16": case "int16_t": return DataType.INT16;
            case "ushort": case "unsigned short": case "unsigned short int": case "uint16": case "uint16_t": return DataType.UINT16;
            case "int": case "signed int": case "int32": case "int32_t": return DataType.INT32;
            case "uint": case "unsigned int": case "uint32": case "uint32_t": return DataType.UINT32;
            case "longlong": case "long long": case "long long int": case "signed long long": case "signed long long int":
            case "int64": case "int64_t": return DataType.INT64;
            case "ulonglong": case "unsigned long long": case "unsigned long long int": case "uint64": case "uint64_t": return DataType.UINT64;
            case "float": return DataType.FLOAT32;
            case "double": return DataType.FLOAT64;
            default: throw new ImageFormatException(file, "unsupported NRRD type \"" + t + "\"");
        }
    }

    int dimension() throws ImageFormatException {
        int d = parseInt("dimension", require("dimension"));
        if (d < 1 || d > 3) throw new ImageFormatException(file, "NRRD dimension " + d + " is not supported (scalar images of 1 to 3 dimensions only)");
        return d;
    }

    /** Sizes padded to three axes with 1. */
    long[] sizes(int dimension) throws ImageFormatException {
        String[] parts = require("sizes").split("\\s+");
        if (parts.length != dimension) throw new ImageFormatException(file, "NRRD \"sizes\" has " + parts.length + " values for dimension " + dimension);
        long[] s = {1, 1, 1};
        for (int i = 0; i < dimension; i++) {
            try {
                s[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new ImageFormatException(file, "NRRD \"sizes\" value \"" + parts[i] + "\" is not an integer");
            }
        }
        return s;
    }

    boolean gzip() throws ImageFormatException {
        String e = require("encoding").toLowerCase(Locale.ROOT);
        switch (e) {
            case "raw": return false;
            case "gzip": case "gz": return true;
            default: throw new ImageFormatException(file, "unsupported NRRD encoding \"" + e + "\" (raw and gzip are supported)");
        }
    }

    ByteOrder byteOrder(DataType type) throws ImageFormatException {
        String e = fields.get("endian");
        if (e == null) {
            if (type.bytes == 1) return ByteOrder.LITTLE_ENDIAN;
            throw new ImageFormatException(file, "NRRD header lacks the \"endian\" field needed for " + type);
        }
        switch (e.toLowerCase(Locale.ROOT)) {
            case "little": return ByteOrder.LITTLE_ENDIAN;
            case "big": return ByteOrder.BIG_ENDIAN;
            default: throw new ImageFormatException(file, "unknown NRRD endian \"" + e + "\"");
        }
    }

    /** Sign flips that take this header's space to LPS (RAS and LAS are converted; other spaces kept as they are). */
    private double[] toLps() throws ImageFormatException {
        String s = fields.get("space");
        if (s == null) return new double[] {1, 1, 1};
        switch (s.toLowerCase(Locale.ROOT)) {
            case "left-posterior-superior": case "lps": return new double[] {1, 1, 1};
            case "right-anterior-superior": case "ras": return new double[] {-1, -1, 1};
            case "left-anterior-superior": case "las": return new double[] {1, -1, 1};
            case "scanner-xyz": case "3d-right-handed": return new double[] {1, 1, 1};
            default: throw new ImageFormatException(file, "unsupported NRRD space \"" + s + "\"");
        }
    }

    Geometry geometry(long[] size, int dimension) throws ImageFormatException {
        double[] flip = toLps();
        double[] spacing = {1, 1, 1};
        double[] direction = Geometry.identity();
        String directions = fields.get("space directions");
        if (directions != null) {
            List<double[]> vectors = vectors("space directions", directions);
            if (vectors.size() != dimension) throw new ImageFormatException(file, "NRRD \"space directions\" has " + vectors.size() + " entries for dimension " + dimension);
            for (int axis = 0; axis < dimension; axis++) {
                double[] v = vectors.get(axis);
                if (v == null) throw new ImageFormatException(file, "NRRD \"space directions\" of spatial axis " + axis + " is \"none\"");
                double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                if (!(len > 0) || !Double.isFinite(len)) throw new ImageFormatException(file, "NRRD \"space directions\" vector of axis " + axis + " has zero or invalid length");
                spacing[axis] = len;
                for (int r = 0; r < 3; r++) direction[3 * r + axis] = flip[r] * v[r] / len;
            }
            if (dimension < 3) completeDirections(direction, dimension);
        } else if (fields.containsKey("spacings")) {
            String[] parts = fields.get("spacings").split("\\s+");
            if (parts.length != dimension) throw new ImageFormatException(file, "NRRD \"spacings\" has " + parts.length + " values for dimension " + dimension);
            for (int axis = 0; axis < dimension; axis++) {
                double s = parseDouble("spacings", parts[axis]);
                spacing[axis] = Double.isFinite(s) && s != 0 ? Math.abs(s) : 1;
            }
        }
        double[] origin = new double[3];
        String o = fields.get("space origin");
        if (o != null) {
            List<double[]> v = vectors("space origin", o);
            if (v.size() != 1 || v.get(0) == null) throw new ImageFormatException(file, "NRRD \"space origin\" must be one vector");
            for (int r = 0; r < 3; r++) origin[r] = flip[r] * v.get(0)[r];
        }
        try {
            return new Geometry((int) size[0], (int) size[1], (int) size[2], spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "invalid geometry: " + e.getMessage(), e);
        }
    }

    /** For 1- and 2-D images, the missing axis directions complete a right-handed frame. */
    private static void completeDirections(double[] d, int dimension) {
        if (dimension == 2) {
            d[2] = d[3] * d[7] - d[6] * d[4];
            d[5] = d[6] * d[1] - d[0] * d[7];
            d[8] = d[0] * d[4] - d[3] * d[1];
        }
        if (Math.abs(Matrix3.determinant(d)) < 1e-9) System.arraycopy(Geometry.identity(), 0, d, 0, 9);
    }

    private List<double[]> vectors(String key, String text) throws ImageFormatException {
        List<double[]> out = new ArrayList<>();
        Matcher m = VECTOR.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) throw new ImageFormatException(file, "malformed NRRD \"" + key + "\" value \"" + abbreviate(text) + "\"");
            end = m.end();
            if (m.group(1) == null) {
                out.add(null);
                continue;
            }
            String[] parts = m.group(1).split(",");
            if (parts.length != 3) throw new ImageFormatException(file, "NRRD \"" + key + "\" vectors must have 3 components (3D space only)");
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) v[i] = parseDouble(key, parts[i].trim());
            out.add(v);
        }
        if (!text.substring(end).isBlank()) throw new ImageFormatException(file, "malformed NRRD \"" + key + "\" value \"" + abbreviate(text) + "\"");
        return out;
    }

    private double parseDouble(String key, String s) throws ImageFormatException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ImageFormatException(file, "NRRD \"" + key + "\" value \"" + abbreviate(s) + "\" is not a number");
        }
    }

    int parseInt(String key, String s) throws ImageFormatException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new ImageFormatException(file, "NRRD \"" + key + "\" value \"" + abbreviate(s) + "\" is not an integer");
        }
    }

    /** The file that holds the data: this one (attached) or the "data file" relative to the header's folder. */
    Path dataFile() throws ImageFormatException {
        String name = fields.get("data file");
        if (name == null) return file;
        if (name.startsWith("LIST") || name.contains(" ")) throw new ImageFormatException(file, "NRRD multi-file data (\"data file: " + abbreviate(name) + "\") is not supported");
        Path dir = file.toAbsolutePath().getParent();
        Path data = (dir == null ? Path.of(name) : dir.resolve(name)).normalize();
        if (!Boolean.getBoolean(ANY_DATA_FILE) && dir != null && !insideFolder(data, dir.normalize()))
            throw new ImageFormatException(file, "NRRD data file \"" + abbreviate(name) + "\" lies outside the header's folder "
                + dir + " (a header may only point next to itself; java -D" + ANY_DATA_FILE + "=true allows any file)");
        return data;
    }

    /** The system property that lets a detached header point outside its folder. */
    static final String ANY_DATA_FILE = "gliomaradiomics.nrrd.anyDataFile";

    /** Inside {@code dir} also after following links, so that a link in the folder cannot point elsewhere. */
    private static boolean insideFolder(Path data, Path dir) {
        if (!data.startsWith(dir)) return false;
        try {
            return !java.nio.file.Files.exists(data) || data.toRealPath().startsWith(dir.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
