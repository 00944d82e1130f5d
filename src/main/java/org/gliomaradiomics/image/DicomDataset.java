package org.gliomaradiomics.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data elements of one DICOM file (Part 10: preamble, "DICM", file meta group, data set), parsed by hand:
 * implicit and explicit VR little endian, explicit big endian, deflated explicit little endian, nested sequences
 * (defined or undefined length) and encapsulated pixel data (fragments). Hand-written because no DICOM library on
 * Maven Central is one that Fiji ships (dcm4che and PixelMed are not on Central); it reads what this project needs
 * and nothing more: values are kept as bytes and interpreted on request. Every length is checked against the file.
 */
final class DicomDataset {
    static final String IMPLICIT_LE = "1.2.840.10008.1.2", EXPLICIT_LE = "1.2.840.10008.1.2.1", DEFLATED = "1.2.840.10008.1.2.1.99",
        EXPLICIT_BE = "1.2.840.10008.1.2.2";

    /** Explicit-VR value representations with a 4-byte length. */
    private static final Set<String> LONG_VR = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    /** Binary integer tags read without a VR (implicit VR): the few this project uses, with their VR. */
    private static final Map<Integer, String> IMPLICIT_BINARY = Map.ofEntries(Map.entry(0x00280002, "US"), Map.entry(0x00280010, "US"),
        Map.entry(0x00280011, "US"), Map.entry(0x00280100, "US"), Map.entry(0x00280101, "US"), Map.entry(0x00280102, "US"),
        Map.entry(0x00280103, "US"), Map.entry(0x00280006, "US"), Map.entry(0x00620004, "US"), Map.entry(0x0062000B, "US"),
        Map.entry(0x0062000E, "US"));
    static final int PIXEL_DATA = 0x7FE00010;

    /** One element: its VR (may be "" for implicit VR) and value bytes, or items for a sequence, or fragments. */
    record Element(String vr, byte[] data, int offset, int length, ByteOrder order, List<DicomDataset> items, List<int[]> fragments) {
        ByteBuffer buffer() {
            return ByteBuffer.wrap(data, offset, length).slice().order(order);
        }
    }

    final Path file;
    final String transferSyntax;
    private final Map<Integer, Element> elements = new LinkedHashMap<>();

    private DicomDataset(Path file, String transferSyntax) {
        this.file = file;
        this.transferSyntax = transferSyntax;
    }

    /** Whether the bytes start like a DICOM Part 10 file (128-byte preamble, then "DICM"). */
    static boolean hasPreamble(byte[] b) {
        return b.length >= 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
    }

    static DicomDataset parse(Path file, byte[] b) throws ImageFormatException {
        if (!hasPreamble(b)) throw new ImageFormatException(file, "not a DICOM file (no DICM preamble)");
        DicomDataset meta = new DicomDataset(file, EXPLICIT_LE);
        int pos = new Parser(file, b, 132, b.length, true, ByteOrder.LITTLE_ENDIAN, meta, true).run();
        String syntax = meta.string(0x00020010);
        if (syntax == null || syntax.isEmpty()) syntax = IMPLICIT_LE;
        DicomDataset d = new DicomDataset(file, syntax);
        d.elements.putAll(meta.elements);
        byte[] body = b;
        int start = pos, end = b.length;
        if (syntax.equals(DEFLATED)) {
            body = inflate(file, b, pos);
            start = 0;
            end = body.length;
        }
        boolean explicit = !syntax.equals(IMPLICIT_LE);
        ByteOrder order = syntax.equals(EXPLICIT_BE) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        new Parser(file, body, start, end, explicit, order, d, false).run();
        return d;
    }

    private static byte[] inflate(Path file, byte[] b, int from) throws ImageFormatException {
        Inflater inf = new Inflater(true);
        inf.setInput(b, from, b.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 * (b.length - from));
        byte[] chunk = new byte[1 << 16];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(chunk);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) throw new ImageFormatException(file, "deflated DICOM data set ends early (truncated file)");
                out.write(chunk, 0, n);
            }
        } catch (DataFormatException e) {
            throw new ImageFormatException(file, "corrupt deflated DICOM data set (" + e.getMessage() + ")");
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }

    /** Walks elements from {@code pos} to {@code end} into a data set; stops at an item delimiter. */
    private static final class Parser {
        final Path file;
        final byte[] b;
        int pos;
        final int end;
        final boolean explicit, metaOnly;
        final ByteOrder order;
        final ByteBuffer buf;
        final DicomDataset into;

        Parser(Path file, byte[] b, int pos, int end, boolean explicit, ByteOrder order, DicomDataset into, boolean metaOnly) {
            this.file = file;
            this.b = b;
            this.pos = pos;
            this.end = end;
            this.explicit = explicit;
            this.order = order;
            this.buf = ByteBuffer.wrap(b).order(order);
            this.into = into;
            this.metaOnly = metaOnly;
        }

        int run() throws ImageFormatException {
            while (pos + 8 <= end) {
                int group = buf.getShort(pos) & 0xFFFF, element = buf.getShort(pos + 2) & 0xFFFF;
                if (metaOnly && group != 2) return pos;
                if (group == 0xFFFE) { // item delimiter ends this item; a stray delimiter is skipped
                    pos += 8;
                    if (element == 0xE00D) return pos;
                    continue;
                }
                int tag = group << 16 | element;
                String vr = "";
                long length;
                int header;
                if (explicit && isVr(pos + 4)) {
                    vr = new String(b, pos + 4, 2, StandardCharsets.ISO_8859_1);
                    if (LONG_VR.contains(vr)) {
                        if (pos + 12 > end) throw truncated(tag, 4, end - pos - 8);
                        length = buf.getInt(pos + 8) & 0xFFFFFFFFL;
                        header = 12;
                    } else {
                        length = buf.getShort(pos + 6) & 0xFFFF;
                        header = 8;
                    }
                } else { // implicit VR (or an explicit file writing one element implicitly, as some do)
                    length = buf.getInt(pos + 4) & 0xFFFFFFFFL;
                    header = 8;
                    vr = IMPLICIT_BINARY.getOrDefault(tag, "");
                }
                pos += header;
                if (length == 0xFFFFFFFFL) {
                    if (tag == PIXEL_DATA) into.elements.put(tag, new Element("OB", b, 0, 0, order, null, fragments(tag)));
                    else into.elements.put(tag, new Element("SQ", b, 0, 0, order, items(tag, -1, vr.equals("UN")), null));
                    continue;
                }
                if (length > end - pos) throw truncated(tag, length, end - pos);
                int len = (int) length;
                if (vr.equals("SQ") || tag != PIXEL_DATA && (vr.isEmpty() || vr.equals("UN")) && len >= 8 && startsItem(pos))
                    into.elements.put(tag, new Element("SQ", b, 0, 0, order, items(tag, pos + len, vr.equals("UN")), null)); // moves pos past it
                else {
                    into.elements.put(tag, new Element(vr, b, pos, len, order, null, null));
                    pos += len;
                }
            }
            return pos;
        }

        private boolean isVr(int at) {
            return Character.isUpperCase(b[at]) && Character.isUpperCase(b[at + 1]);
        }

        private boolean startsItem(int at) {
            return (buf.getShort(at) & 0xFFFF) == 0xFFFE && (buf.getShort(at + 2) & 0xFFFF) == 0xE000;
        }

        ImageFormatException truncated(int tag, long declared, long left) {
            return new ImageFormatException(file, String.format(Locale.ROOT,
                "DICOM element (%04X,%04X) declares %d bytes but the file has %d left (truncated or damaged file)", tag >>> 16, tag & 0xFFFF, declared, Math.max(0, left)));
        }

        /** Items of a sequence up to {@code stop} (or its delimiter when -1); UN sequences are implicit little endian. */
        private List<DicomDataset> items(int tag, int stop, boolean unknown) throws ImageFormatException {
            List<DicomDataset> list = new ArrayList<>();
            int limit = stop < 0 ? end : stop;
            while (pos + 8 <= limit) {
                int group = buf.getShort(pos) & 0xFFFF, element = buf.getShort(pos + 2) & 0xFFFF;
                long length = buf.getInt(pos + 4) & 0xFFFFFFFFL;
                pos += 8;
                if (group == 0xFFFE && element == 0xE0DD) return list; // sequence delimiter
                if (group != 0xFFFE || element != 0xE000) throw new ImageFormatException(file, String.format(Locale.ROOT, "DICOM sequence (%04X,%04X) holds something other than items", tag >>> 16, tag & 0xFFFF));
                DicomDataset item = new DicomDataset(into.file, into.transferSyntax);
                int itemEnd = length == 0xFFFFFFFFL ? limit : (int) Math.min(limit, pos + length);
                if (length != 0xFFFFFFFFL && length > limit - pos) throw truncated(tag, length, limit - pos);
                Parser p = new Parser(file, b, pos, itemEnd, explicit && !unknown, unknown ? ByteOrder.LITTLE_ENDIAN : order, item, false);
                pos = length == 0xFFFFFFFFL ? p.run() : Math.max(p.run(), itemEnd);
                list.add(item);
            }
            if (stop >= 0) pos = stop;
            return list;
        }

        /** Encapsulated pixel data: offset table then fragments, as (offset, length) pairs into the file bytes. */
        private List<int[]> fragments(int tag) throws ImageFormatException {
            List<int[]> list = new ArrayList<>();
            while (pos + 8 <= end) {
                int group = buf.getShort(pos) & 0xFFFF, element = buf.getShort(pos + 2) & 0xFFFF;
                long length = buf.getInt(pos + 4) & 0xFFFFFFFFL;
                pos += 8;
                if (group == 0xFFFE && element == 0xE0DD) return list;
                if (group != 0xFFFE || element != 0xE000) break;
                if (length > end - pos) throw truncated(tag, length, end - pos);
                list.add(new int[] {pos, (int) length});
                pos += (int) length;
            }
            throw new ImageFormatException(file, "the compressed pixel data end early (truncated file)");
        }
    }

    /** A copy with one text element replaced (the elements themselves are shared). */
    DicomDataset withString(int tag, String value) {
        DicomDataset c = new DicomDataset(file, transferSyntax);
        c.elements.putAll(elements);
        byte[] v = value.getBytes(StandardCharsets.ISO_8859_1);
        c.elements.put(tag, new Element("CS", v, 0, v.length, ByteOrder.LITTLE_ENDIAN, null, null));
        return c;
    }

    Element get(int tag) {
        return elements.get(tag);
    }

    boolean has(int tag) {
        return elements.containsKey(tag);
    }

    /** The text of an element, trimmed of padding; null when absent. */
    String string(int tag) {
        Element e = elements.get(tag);
        if (e == null || e.data() == null || e.items() != null) return null;
        return new String(e.data(), e.offset(), e.length(), StandardCharsets.ISO_8859_1).replace("\0", "").trim();
    }

    /** The backslash-separated numbers of a DS/IS element (or one binary US/SS/UL/SL/FL/FD value); null when absent or invalid. */
    double[] numbers(int tag) {
        Element e = elements.get(tag);
        if (e == null || e.items() != null) return null;
        ByteBuffer v = e.buffer();
        switch (e.vr()) {
            case "US": return binary(v, 2, x -> x.getShort() & 0xFFFF);
            case "SS": return binary(v, 2, ByteBuffer::getShort);
            case "UL": return binary(v, 4, x -> x.getInt() & 0xFFFFFFFFL);
            case "SL": return binary(v, 4, ByteBuffer::getInt);
            case "FL": return binary(v, 4, ByteBuffer::getFloat);
            case "FD": return binary(v, 8, ByteBuffer::getDouble);
            default:
        }
        String t = string(tag);
        if (t == null || t.isEmpty()) return null;
        String[] parts = t.split("\\\\");
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) out[i] = Double.parseDouble(parts[i].trim());
        } catch (NumberFormatException ex) {
            return null;
        }
        for (double x : out) if (!Double.isFinite(x)) return null;
        return out;
    }

    private interface Read {
        double from(ByteBuffer b);
    }

    private static double[] binary(ByteBuffer v, int size, Read r) {
        if (v.remaining() < size) return null;
        double[] out = new double[v.remaining() / size];
        for (int i = 0; i < out.length; i++) out[i] = r.from(v);
        return out;
    }

    /** The first {@code n} numbers of an element, or null when it has fewer. */
    double[] numbers(int tag, int n) {
        double[] v = numbers(tag);
        return v == null || v.length < n ? null : java.util.Arrays.copyOf(v, n);
    }

    double number(int tag, double missing) {
        double[] v = numbers(tag);
        return v == null || v.length == 0 ? missing : v[0];
    }

    /** The items of a sequence (empty when absent). */
    List<DicomDataset> items(int tag) {
        Element e = elements.get(tag);
        return e == null || e.items() == null ? List.of() : e.items();
    }

    /** The first item of a sequence, or null. */
    DicomDataset item(int tag) {
        List<DicomDataset> i = items(tag);
        return i.isEmpty() ? null : i.get(0);
    }
}
