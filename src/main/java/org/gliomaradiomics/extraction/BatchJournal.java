package org.gliomaradiomics.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;

/**
 * The record of a running batch ({@code OUT.partial}): one record per finished case, appended whole. A record is
 * {@code [payload length][SHA-256 of the payload][payload]}; the payload holds the case's fingerprint (its manifest
 * row and the settings) and every result of the case exactly (values as their 64 bits). A record counts only when
 * it is complete and its hash matches, so a run killed at any byte leaves a journal whose complete records are
 * exactly the cases that finished; the torn tail is cut off when the run is resumed. The records do not depend on
 * the table layout, so the final table (long or wide) is rendered from them in manifest order at the end.
 */
final class BatchJournal implements Closeable {
    private static final byte[] MAGIC = "glioma-radiomics batch journal 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH = 32;
    /** A case record larger than this is not ours (a wide PyRadiomics run is a few MB per case at most). */
    private static final int MAX_RECORD = 1 << 30;

    /** Where a complete record sits in the journal. */
    record Entry(long offset, int length, boolean failed) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Entry> entries;

    private BatchJournal(Path file, FileChannel channel, Map<String, Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * Opens the journal for writing. With {@code resume} the complete records of an earlier run are kept (a torn
     * tail is cut off; a file that is not a journal is started afresh); without, the journal starts empty.
     */
    static BatchJournal open(Path file, boolean resume) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            Map<String, Entry> entries = new HashMap<>();
            long end = resume ? scan(ch, entries) : -1;
            if (end < 0) {
                entries.clear();
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(MAGIC), 0);
                end = MAGIC.length;
            }
            ch.truncate(end);
            ch.position(end);
            return new BatchJournal(file, ch, entries);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Reads the complete records into {@code entries}; returns where they end, or -1 when the file is not a journal. */
    private static long scan(FileChannel ch, Map<String, Entry> entries) throws IOException {
        long size = ch.size();
        byte[] magic = read(ch, 0, (int) Math.min(size, MAGIC.length));
        if (magic.length < MAGIC.length || !Arrays.equals(magic, MAGIC)) return -1;
        long pos = MAGIC.length;
        while (pos + 4 + HASH <= size) {
            int length = ByteBuffer.wrap(read(ch, pos, 4)).getInt();
            if (length <= 0 || length > MAX_RECORD || pos + 4 + HASH + length > size) break;
            byte[] payload = verified(ch, pos, length);
            if (payload == null) break;
            Decoded d;
            try {
                d = decodeHead(payload);
            } catch (IOException e) {
                break; // hashed but not ours: keep nothing from here on
            }
            entries.put(d.fingerprint, new Entry(pos, length, d.failed));
            pos += 4 + HASH + length;
        }
        return pos;
    }

    /** The payload of the record at {@code pos} when its hash matches, else null. */
    private static byte[] verified(FileChannel ch, long pos, int length) throws IOException {
        byte[] hash = read(ch, pos + 4, HASH);
        byte[] payload = read(ch, pos + 4 + HASH, length);
        return payload.length == length && Arrays.equals(hash, sha256(payload)) ? payload : null;
    }

    private static byte[] read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            int r = ch.read(b, pos + b.position());
            if (r < 0) break;
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    /** The complete record of a case with this fingerprint, or null. */
    Entry entry(String fingerprint) {
        return entries.get(fingerprint);
    }

    /**
     * Appends the results of one case as one record. It is not forced to the disk: a kill leaves what was written
     * in the operating system's hands, and after a system crash a record that did not reach the disk whole fails its
     * hash and is computed again.
     */
    void append(String fingerprint, List<CaseResult> results) throws IOException {
        byte[] payload = encode(fingerprint, results);
        ByteBuffer b = ByteBuffer.allocate(4 + HASH + payload.length);
        b.putInt(payload.length).put(sha256(payload)).put(payload).flip();
        long pos = channel.position();
        while (b.hasRemaining()) channel.write(b);
        boolean failed = results.stream().anyMatch(CaseResult::failed);
        entries.put(fingerprint, new Entry(pos, payload.length, failed));
    }

    /** The results stored for a case, with the case's id and carried columns from the current manifest row. */
    List<CaseResult> results(Entry e, BatchManifest.Case c) throws IOException {
        byte[] payload = verified(channel, e.offset, e.length);
        if (payload == null) throw new IOException(file + ": a case record changed while the batch ran (another writer?); run the batch again");
        return decode(payload, c);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    // ---- record payload ----

    private record Decoded(String fingerprint, boolean failed) {
    }

    private static byte[] encode(String fingerprint, List<CaseResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(bytes);
        string(o, fingerprint);
        o.writeBoolean(results.stream().anyMatch(CaseResult::failed));
        o.writeInt(results.size());
        for (CaseResult r : results) {
            string(o, r.label());
            o.writeBoolean(r.failed());
            if (r.failed()) string(o, r.error());
            o.writeBoolean(r.warning() != null); // an empty region: its diagnostics and why
            if (r.warning() != null) string(o, r.warning());
            o.writeInt(r.features().size());
            for (ExtractedFeature f : r.features()) {
                string(o, f.imageType());
                string(o, f.family());
                string(o, f.feature());
                string(o, f.ibsiCode());
                string(o, f.aggregation());
                o.writeLong(Double.doubleToRawLongBits(f.value()));
                o.writeBoolean(f.text() != null);
                if (f.text() != null) string(o, f.text());
            }
        }
        o.flush();
        return bytes.toByteArray();
    }

    private static Decoded decodeHead(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        return new Decoded(string(in), in.readBoolean());
    }

    private static List<CaseResult> decode(byte[] payload, BatchManifest.Case c) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        string(in);
        in.readBoolean();
        int n = count(in);
        List<CaseResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String label = string(in);
            boolean failed = in.readBoolean();
            String error = failed ? string(in) : null;
            String warning = in.readBoolean() ? string(in) : null;
            int m = count(in);
            List<ExtractedFeature> features = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                String imageType = string(in), family = string(in), feature = string(in), code = string(in), aggregation = string(in);
                double value = Double.longBitsToDouble(in.readLong());
                String text = in.readBoolean() ? string(in) : null;
                features.add(new ExtractedFeature(imageType, family, feature, code, aggregation, value, text));
            }
            out.add(new CaseResult(c.id(), label, c.carried(), features, error, warning));
        }
        return out;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new EOFException("bad count " + n);
        return n;
    }

    private static void string(DataOutputStream o, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = count(in);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    // ---- fingerprints ----

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a case's results depend on: the settings, and the case's manifest row (ID, label, image and mask paths
     * with their sizes and modification times). Carried columns are not part of it: they are copied from the
     * current manifest.
     */
    static String fingerprint(String settings, BatchManifest.Case c) {
        StringBuilder s = new StringBuilder("settings\u0000").append(settings);
        s.append("\u0000id\u0000").append(c.id()).append("\u0000label\u0000").append(c.label());
        for (Path p : List.of(c.image(), c.mask())) s.append('\u0000').append(p.toAbsolutePath().normalize()).append('\u0000').append(stat(p));
        return HexFormat.of().formatHex(sha256(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String stat(Path p) {
        try {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
