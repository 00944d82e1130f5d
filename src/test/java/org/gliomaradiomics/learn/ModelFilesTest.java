package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.image.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files: real models of many Weka classifiers and pipeline steps round-trip; hostile files (a URL-keyed map,
 * a nested-set hash bomb, a huge array, deep nesting, foreign classes, a damaged payload, another kind of model)
 * are refused at once with one line naming the file and the reason.
 */
class ModelFilesTest {
    @TempDir
    Path dir;

    private static Dataset data() {
        return SyntheticData.signal(60, 8, 2, 1.5, 21L);
    }

    @Test
    void realModelsOfManyClassifiersAndStepsLoadAndPredictTheSame() throws Exception {
        Dataset d = data();
        String[] specs = {
            "classifier: {name: weka.classifiers.trees.RandomForest, options: \"-I 20\"}",
            "impute: median\nnearConstant: 0.95\ncorrelation: 0.9\nscale: zscore\nselection: {method: mrmr, k: 4}\nbalance: weights\nclassifier: {name: SMO, options: \"-M\"}",
            "selection: {method: relieff, k: 3}\nbalance: resample\nclassifier: {name: J48}",
            "classifier: {name: IBk, options: \"-K 3\"}", "classifier: {name: MultilayerPerceptron, options: \"-N 50\"}",
            "classifier: {name: Bagging}", "classifier: {name: AdaBoostM1}", "classifier: {name: NaiveBayes}", "classifier: {name: Logistic}",
            "classifier: {name: AttributeSelectedClassifier}", "classifier: {name: LMT}", "classifier: {name: JRip}",
            "selection: {method: mrmr, k: 4}\ngrid: {selection.k: [2, 4]}\nclassifier: {name: SimpleLogistic}"};
        for (int i = 0; i < specs.length; i++) {
            SavedModel m = SavedModel.train(PipelineSpec.fromYaml(specs[i]), d, TargetDefinition.binary("status", "pos"), null, 1);
            Path file = dir.resolve("m" + i + ".model");
            ModelFiles.save(file, SavedModel.KIND, m);
            String head = new String(Arrays.copyOf(Files.readAllBytes(file), 60), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("glioma-radiomics model 1\nkind: classifier\n"), head);
            SavedModel loaded = ModelFiles.load(file, SavedModel.KIND, SavedModel.class);
            double[][] a = m.predict(d), b = loaded.predict(d);
            for (int r = 0; r < a.length; r++) assertArrayEquals(a[r], b[r], specs[i]);
        }
    }

    @Test
    void aModelWrittenBeforeTheHeaderStillLoads() throws Exception {
        SavedModel m = SavedModel.train(PipelineSpec.fromYaml("classifier: {name: Logistic}"), data(), TargetDefinition.binary("status", "pos"), null, 1);
        Path file = dir.resolve("old.model");
        weka.core.SerializationHelper.write(file.toString(), m); // how earlier versions saved
        assertArrayEquals(m.predict(data())[3], ModelFiles.load(file, SavedModel.KIND, SavedModel.class).predict(data())[3]);
    }

    /** Writes {@code payload} as a classifier model file, with or without the header. */
    private Path file(Object payload, boolean header) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(payload);
        }
        return bytes(b.toByteArray(), header);
    }

    private Path bytes(byte[] payload, boolean header) throws Exception {
        Path f = Files.createTempFile(dir, "hostile", ".model");
        if (!header) {
            Files.write(f, payload);
            return f;
        }
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(payload));
        byte[] h = ("glioma-radiomics model 1\nkind: classifier\nwritten-by: test\npayload-bytes: " + payload.length + "\npayload-sha256: " + sha + "\n\n")
            .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer all = ByteBuffer.allocate(h.length + payload.length).put(h).put(payload);
        Files.write(f, all.array());
        return f;
    }

    private Path bytes(byte[] payload) throws Exception {
        return bytes(payload, true);
    }

    /** Loads a hostile file (with and without header) and returns the one-line error; each must fail within a second. */
    private String refused(Path withHeader, Path without) {
        String first = null;
        for (Path f : new Path[] {withHeader, without}) {
            long t0 = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> ModelFiles.load(f, SavedModel.KIND, SavedModel.class));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 1, "took " + seconds + " s: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(f.toString() + ": refused to load: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            if (first == null) first = e.getMessage();
        }
        return first;
    }

    /** A URL whose own hash needs no name lookup here; the default handler after loading would look the host up. */
    private static URL url() throws Exception {
        return new URL(null, "http://model-loading-must-not-resolve-this.invalid/", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected int hashCode(URL u) {
                return 1;
            }
        });
    }

    @Test
    void aUrlKeyedMapIsRefusedNamingTheClass() throws Exception {
        Map<Object, String> m = new HashMap<>();
        m.put(url(), "x");
        String e = refused(file(m, true), file(m, false));
        assertTrue(e.contains("class java.net.URL"), e);
    }

    @Test
    void nestedSetsThatWouldHashForeverAreRefused() throws Exception {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root, s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) { // Coekaerts' SerialDOS: 2^100 hash computations when read naively
            Set<Object> t1 = new HashSet<>(), t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        String e = refused(file(root, true), file(root, false));
        assertTrue(e.contains("collections nested deeper than 16 levels"), e);
    }

    @Test
    void aHugeArrayIsRefusedBeforeItIsAllocated() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(new long[0]);
        }
        byte[] payload = b.toByteArray(); // ends with the array length: make it 2^28 longs (2 GB) in a file of 30-odd bytes
        ByteBuffer.wrap(payload).putInt(payload.length - 4, 1 << 28);
        String e = refused(bytes(payload), bytes(payload, false));
        assertTrue(e.contains("arrays of 268435456 elements"), e);
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Object chain = "end";
        for (int i = 0; i < 600; i++) chain = new Object[] {chain};
        Object deep = chain;
        Path withHeader = file(deep, true), without = file(deep, false);
        String e = refused(withHeader, without);
        assertTrue(e.contains("nested deeper than 500 levels"), e);
    }

    /** Not ours, though in an allowed-looking package: Weka's SerializedClassifier loads another file when used. */
    @Test
    void foreignAndFileLoadingClassesAreRefused() throws Exception {
        String e = refused(file(new weka.classifiers.misc.SerializedClassifier(), true), file(new weka.classifiers.misc.SerializedClassifier(), false));
        assertTrue(e.contains("weka.classifiers.misc.SerializedClassifier"), e);
        java.io.File foreign = new java.io.File("/etc/passwd");
        e = refused(file(foreign, true), file(foreign, false));
        assertTrue(e.contains("class java.io.File,"), e);
    }

    /** A small real model saved as {@code name}. */
    private Path saved(String name) throws IOException {
        Path file = dir.resolve(name);
        ModelFiles.save(file, SavedModel.KIND, SavedModel.train(PipelineSpec.fromYaml("classifier: {name: NaiveBayes}"), data(), TargetDefinition.binary("status", "pos"), null, 1));
        return file;
    }

    @Test
    void damagedTruncatedOrOtherModelsAreRefusedNamingTheFile() throws Exception {
        Path file = saved("m.model");
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length - 20] ^= 1;
        Files.write(file, flipped);
        IOException e = assertThrows(IOException.class, () -> ModelFiles.load(file, SavedModel.KIND, SavedModel.class));
        assertEquals(file + ": the model's content does not match its SHA-256 (damaged or altered file)", e.getMessage());

        Files.write(file, Arrays.copyOf(good, good.length - 100));
        e = assertThrows(IOException.class, () -> ModelFiles.load(file, SavedModel.KIND, SavedModel.class));
        assertTrue(e.getMessage().startsWith(file + ": the model is truncated"), e.getMessage());

        Files.writeString(file, "ID,f1\nP1,2\n");
        e = assertThrows(IOException.class, () -> ModelFiles.load(file, SavedModel.KIND, SavedModel.class));
        assertEquals(file + ": not a glioma-radiomics model file", e.getMessage());

        Files.write(file, good);
        e = assertThrows(IOException.class, () -> ModelFiles.load(file, "voxel-classifier", Object.class));
        assertEquals(file + ": a classifier model, not a voxel-classifier model", e.getMessage());
    }

    @Test
    void aFailedSaveKeepsThePreviousModel() throws Exception {
        Path file = saved("keep.model");
        byte[] before = Files.readAllBytes(file);
        Map<String, Object> notSerialisable = new HashMap<>();
        notSerialisable.put("x", new Object());
        assertThrows(IOException.class, () -> ModelFiles.save(file, "classifier", (Serializable) notSerialisable));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary or lock file left");
        }
    }
}
