package org.gliomaradiomics.image;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saved models (trained classifiers, voxel classifiers, survival models): one place that writes and reads them.
 *
 * <p>A model file is a short text header, then the Java serialisation of the model:
 * <pre>
 * glioma-radiomics model 1
 * kind: classifier
 * written-by: glioma-radiomics 0.1.0
 * payload-bytes: 0000000000000010133
 * payload-sha256: 3f1c...
 * (empty line)
 * </pre>
 * The hash is checked before anything is read, so a truncated or altered file is refused whole. (It guards against
 * accidents, not against a forger, who can recompute it; the allow-list below is what makes loading safe.)
 *
 * <p>Reading goes through a JEP 290 filter: only classes of the model's own package, the Weka classes a trained
 * classifier is made of (classifiers, filters, estimators, attribute selection, the core data classes; not the
 * Weka classes that load other files or run scripts) and plain Java values and collections may appear. Any other
 * class is refused by name before it is loaded, let alone instantiated. Objects may nest at most
 * {@value #MAX_DEPTH} levels, the number of objects is bounded by the file size, the arrays of a file by
 * {@value #ARRAY_ELEMENTS_PER_BYTE} elements per byte of it (plus {@value #ARRAY_SLACK}), and hashed collections
 * (sets and maps, which hash their members while loading) may nest at most {@value #MAX_HASHED_NESTING} deep. A
 * model written by an earlier version, without the header, is read through the same filter.
 */
public final class ModelFiles {
    private static final String MAGIC = "glioma-radiomics model 1";
    private static final byte[] JAVA_SERIALISATION = {(byte) 0xAC, (byte) 0xED, 0x00, 0x05};
    private static final int MAX_HEADER = 4096;
    static final int MAX_DEPTH = 500;
    static final int ARRAY_ELEMENTS_PER_BYTE = 8;
    static final int ARRAY_SLACK = 1 << 20;
    static final int MAX_HASHED_NESTING = 16;

    private ModelFiles() {}

    /** Writes {@code model} with the header (atomically: a failure leaves the previous file as it was). */
    public static void save(Path file, String kind, Serializable model) throws IOException {
        AtomicFiles.writeVia(file, temp -> {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                int headerBytes = header(kind, 0, "0".repeat(64)).length; // fixed width: filled in when the model is written
                ch.position(headerBytes);
                MessageDigest sha = sha256();
                OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16), sha);
                ObjectOutputStream o = new ObjectOutputStream(out);
                o.writeObject(model);
                o.flush();
                ch.write(ByteBuffer.wrap(header(kind, ch.position() - headerBytes, HexFormat.of().formatHex(sha.digest()))), 0);
            }
        });
    }

    private static byte[] header(String kind, long payloadBytes, String sha256) {
        return (MAGIC + "\nkind: " + kind + "\nwritten-by: glioma-radiomics " + version() + "\npayload-bytes: " + String.format("%019d", payloadBytes)
            + "\npayload-sha256: " + sha256 + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads a model of the given kind and type. Errors are one line naming the file: not a model, another kind of
     * model, damaged (hash), or refused by the filter (naming the class or the limit).
     */
    public static <T> T load(Path file, String kind, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        long size = Files.size(file);
        Header h = header(file, size);
        if (h.kind != null && !h.kind.equals(kind))
            throw new IOException(file + ": a " + h.kind + " model, not a " + kind + " model");
        if (h.sha256 != null) checkHash(file, h);
        Filter filter = new Filter(type.getPackageName(), h.length);
        Object o;
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(h.offset);
            try (FilteredStream s = new FilteredStream(new BufferedInputStream(raw, 1 << 16), filter)) {
                o = s.readObject();
            }
        } catch (InvalidClassException e) {
            if (filter.refusal != null) throw new IOException(file + ": refused to load: " + filter.refusal, e);
            throw new IOException(file + ": written by an incompatible version (" + e.getMessage() + ")", e);
        } catch (Refused e) {
            throw new IOException(file + ": refused to load: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IOException(file + ": holds a class this version does not have: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new IOException(file + ": refused to load: objects nested too deeply", e);
        } catch (IOException | RuntimeException | LinkageError e) {
            if (filter.refusal != null) throw new IOException(file + ": refused to load: " + filter.refusal, e);
            throw new IOException(file + ": not a readable " + kind + " model (truncated or damaged)", e);
        }
        if (!type.isInstance(o)) throw new IOException(file + ": not a " + kind + " model (holds " + o.getClass().getName() + ")");
        return type.cast(o);
    }

    /**
     * The kind of model a file holds, from its header alone ({@code classifier}, {@code survival}, ...; null for a
     * model written before headers, which is a classifier). Errors as {@link #load}: not a model, damaged header.
     */
    public static String kind(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        return header(file, Files.size(file)).kind;
    }

    /** Where the payload starts and what the header says of it (kind and hash null for a file without header). */
    private record Header(long offset, long length, String kind, String sha256) {
    }

    private static Header header(Path file, long size) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes((int) Math.min(size, MAX_HEADER));
        }
        if (startsWith(head, JAVA_SERIALISATION)) return new Header(0, size, null, null);
        if (!startsWith(head, (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII)))
            throw new IOException(file + ": not a glioma-radiomics model file");
        String text = new String(head, StandardCharsets.US_ASCII);
        int end = text.indexOf("\n\n");
        if (end < 0) throw new IOException(file + ": model header is incomplete");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(MAGIC.length() + 1, end).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        long offset = end + 2;
        long length;
        try {
            length = Long.parseLong(fields.getOrDefault("payload-bytes", "-1"));
        } catch (NumberFormatException e) {
            length = -1;
        }
        String sha = fields.get("payload-sha256");
        if (length < 0 || sha == null || fields.get("kind") == null) throw new IOException(file + ": model header lacks kind, payload-bytes or payload-sha256");
        if (offset + length != size)
            throw new IOException(file + ": the model is " + (offset + length > size ? "truncated" : "followed by extra bytes") + " (header says "
                + length + " bytes of model, the file holds " + (size - offset) + ")");
        return new Header(offset, length, fields.get("kind"), sha);
    }

    private static void checkHash(Path file, Header h) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(h.offset);
            new DigestInputStream(raw, sha).transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(h.sha256))
            throw new IOException(file + ": the model's content does not match its SHA-256 (damaged or altered file)");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        String v = ModelFiles.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    // ---- what a model may contain ----

    private static final Set<String> JAVA_CLASSES = Set.of(
        "java.lang.Object", "java.lang.Number", "java.lang.Enum", "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Character",
        "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.StringBuffer",
        "java.lang.StringBuilder", "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack", "java.util.HashMap",
        "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Hashtable", "java.util.Properties", "java.util.HashSet", "java.util.LinkedHashSet",
        "java.util.TreeSet", "java.util.BitSet", "java.util.Random", "java.util.Map$Entry", "java.util.CollSer", "java.util.Arrays$ArrayList",
        "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean");
    private static final List<String> JAVA_PREFIXES = List.of("java.util.Collections$", "java.util.ImmutableCollections$");
    /** The Weka packages a trained classifier is made of. */
    private static final List<String> WEKA_PREFIXES = List.of("weka.classifiers.", "weka.core.", "weka.estimators.", "weka.filters.",
        "weka.attributeSelection.");
    /** Inside those, classes that read other files or run code when used: never part of one of our models. */
    private static final List<String> WEKA_REFUSED = List.of("weka.classifiers.misc.", "weka.classifiers.pmml.", "weka.classifiers.scripting.",
        "weka.filters.scripting.", "weka.core.scripting.", "weka.core.converters.", "weka.core.pmml.", "weka.core.packageManagement.",
        "weka.core.logging.", "weka.core.json.", "weka.core.xml.");

    /** Whether a class of this name may appear in a model of the package {@code own}. */
    static boolean allowed(String name, String own) {
        if (JAVA_CLASSES.contains(name)) return true;
        for (String p : JAVA_PREFIXES) if (name.startsWith(p)) return true;
        if (name.startsWith(own + ".") && name.indexOf('.', own.length() + 1) < 0) return true;
        for (String p : WEKA_REFUSED) if (name.startsWith(p)) return false;
        for (String p : WEKA_PREFIXES) if (name.startsWith(p)) return true;
        return false;
    }

    /** A refusal discovered outside the filter (nesting of hashed collections). */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static final class Filter implements ObjectInputFilter {
        private final String own;
        private final long payloadBytes;
        private long arrayElements;
        String refusal;

        Filter(String own, long payloadBytes) {
            this.own = own;
            this.payloadBytes = payloadBytes;
        }

        @Override
        public Status checkInput(FilterInfo info) {
            if (refusal != null) return Status.REJECTED;
            if (info.depth() > MAX_DEPTH) return refuse("objects nested deeper than " + MAX_DEPTH + " levels");
            if (info.references() > payloadBytes + 16)
                return refuse(info.references() + " objects in a " + payloadBytes + "-byte model (limit: one per byte)");
            Class<?> c = info.serialClass();
            if (c != null) {
                if (info.arrayLength() >= 0) {
                    arrayElements += info.arrayLength();
                    long limit = ARRAY_ELEMENTS_PER_BYTE * payloadBytes + ARRAY_SLACK;
                    if (arrayElements > limit)
                        return refuse("arrays of " + arrayElements + " elements in a " + payloadBytes + "-byte model (limit " + limit + ")");
                }
                Class<?> element = c;
                while (element.isArray()) element = element.getComponentType();
                if (!element.isPrimitive() && !allowed(element.getName(), own)) return refuse(classRefusal(element.getName()));
            }
            return Status.UNDECIDED;
        }

        private Status refuse(String why) {
            refusal = why;
            return Status.REJECTED;
        }

        String classRefusal(String name) {
            return "it contains class " + name + ", which a model never holds (only glioma-radiomics model classes, Weka classifiers and plain Java values)";
        }
    }

    /** The stream: class names checked before loading, and hashed collections checked for nesting as they complete. */
    private static final class FilteredStream extends ObjectInputStream {
        private final Filter filter;
        private final Map<Object, Integer> nesting = new IdentityHashMap<>();

        FilteredStream(InputStream in, Filter filter) throws IOException {
            super(in);
            this.filter = filter;
            setObjectInputFilter(filter);
            enableResolveObject(true);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            String name = desc.getName();
            String element = name;
            while (element.startsWith("[")) element = element.substring(1);
            if (element.startsWith("L") && element.endsWith(";")) element = element.substring(1, element.length() - 1);
            else if (name.startsWith("[")) element = "primitive";
            if (!element.equals("primitive") && !allowed(element, filter.own)) {
                filter.refusal = filter.classRefusal(element);
                throw new InvalidClassException(name, "refused");
            }
            return super.resolveClass(desc);
        }

        @Override
        protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
            filter.refusal = "it contains a proxy object, which a model never holds";
            throw new InvalidClassException("proxy", "refused");
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            Iterable<?> members = obj instanceof Collection<?> c ? c : obj instanceof Map<?, ?> m ? m.entrySet() : null;
            if (members == null) return obj;
            int level = 0;
            for (Object member : members) {
                if (member instanceof Map.Entry<?, ?> e) {
                    level = Math.max(level, nesting.getOrDefault(e.getKey(), 0));
                    level = Math.max(level, nesting.getOrDefault(e.getValue(), 0));
                } else {
                    level = Math.max(level, nesting.getOrDefault(member, 0));
                }
            }
            if (level + 1 > MAX_HASHED_NESTING) throw new Refused("collections nested deeper than " + MAX_HASHED_NESTING + " levels");
            nesting.put(obj, level + 1);
            return obj;
        }
    }
}
