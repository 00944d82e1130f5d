package org.gliomaradiomics.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.gliomaradiomics.commands.CommandSetups;
import org.gliomaradiomics.commands.Errors;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.LabelRois;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.image.TinyDicom;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.FeatureTableReader;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.table.CsvReader;

/**
 * Seeded mutation fuzzing of every reader: NIfTI (.nii, .nii.gz), NRRD (attached raw and gzip, detached), TIFF,
 * DICOM, the CSV readers (batch manifest, feature tables long and wide, clinical and survival tables), the YAML
 * readers (parameter files, pipelines), ROI zips and model files (with header, and headerless through the
 * deserialisation filter). Each case writes a mutated copy of a valid seed (bit flips, interesting bytes, cuts,
 * repeated or dropped chunks; in text, numbers replaced by extreme values and lines dropped or doubled) and reads
 * it. Invariants: it reads, or it fails with an expected error (IOException, IllegalArgumentException) whose
 * one-line message names the file, holds no control character and no internal exception name; every case ends
 * within {@link #TIMEOUT_SECONDS} s and allocates at most {@link #MAX_ALLOCATION} bytes.
 */
public final class ReaderFuzz {
    static final int TIMEOUT_SECONDS = 10;
    static final long MAX_ALLOCATION = 512L << 20;

    /** Reads one file (or folder) as the product would. */
    interface Reader {
        void read(Path file) throws Exception;
    }

    /** A reader with its seed file; {@code text} seeds also get token mutations; {@code gzip} seeds are mutated before compression. */
    record Target(String name, String fileName, byte[] seed, boolean text, boolean gzip, Reader reader) {
    }

    /** What a run did: cases, how many read without error, per target counts, time and the largest allocation. */
    public record Stats(int cases, int accepted, Map<String, Integer> perTarget, double seconds, long maxAllocated, double slowestSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d cases in %.1f s (%d read, %d refused with one-line errors); slowest case %.3f s, most allocated %d MB; per reader %s",
                cases, seconds, accepted, cases - accepted, slowestSeconds, maxAllocated >> 20, perTarget);
        }
    }

    private final Path dir;
    private final List<Target> targets = new ArrayList<>();

    public ReaderFuzz(Path dir) throws Exception {
        this.dir = dir;
        seeds();
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(e-?\\d+)?");
    private static final String[] EXTREMES = {"0", "-1", "-0", "1e308", "1e-320", "NaN", "Infinity", "-Infinity", "2147483648", "99999999999",
        "-2147483649", "65536", "3.5", "1e400", "", "\"", ",", "\n", "\u0000", "\u001b[31m"};

    /** Runs {@code cases} cases (spread over the readers in turn) from {@code seed}; throws AssertionError at the first broken invariant. */
    public Stats run(int cases, long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, Integer> perTarget = new LinkedHashMap<>();
        int accepted = 0;
        long maxAllocated = 0;
        double slowest = 0;
        long t0 = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < cases; i++) {
                Target target = targets.get(i % targets.size());
                byte[] mutated = mutate(target, random);
                Path caseDir = Files.createDirectories(dir.resolve("case"));
                Path file = caseDir.resolve(target.fileName);
                write(target, file, mutated);
                String what = "case " + i + " (seed " + seed + "), " + target.name;
                Future<long[]> f = worker.submit(() -> readOnce(target, file, what));
                long[] r;
                try {
                    r = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError(what + ": still reading after " + TIMEOUT_SECONDS + " s; input kept at " + keep(file, mutated));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(e.getCause().getMessage() + "; input kept at " + keep(file, mutated), e.getCause());
                }
                accepted += (int) r[0];
                maxAllocated = Math.max(maxAllocated, r[1]);
                slowest = Math.max(slowest, r[2] / 1e9);
                if (r[1] > MAX_ALLOCATION) throw new AssertionError(what + ": allocated " + (r[1] >> 20) + " MB; input kept at " + keep(file, mutated));
                perTarget.merge(target.name, 1, Integer::sum);
                clear(caseDir);
            }
        } finally {
            worker.shutdownNow();
        }
        return new Stats(cases, accepted, perTarget, (System.nanoTime() - t0) / 1e9, maxAllocated, slowest);
    }

    /** {accepted 0/1, bytes allocated, nanoseconds}; an AssertionError when the reader broke an invariant. */
    private static long[] readOnce(Target target, Path file, String what) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
        int ok = 1;
        try {
            target.reader.read(file);
        } catch (Throwable e) {
            ok = 0;
            String problem = problem(e, file);
            if (problem != null) throw new AssertionError(what + ": " + problem, e);
        }
        return new long[] {ok, mx.getCurrentThreadAllocatedBytes() - before, System.nanoTime() - t0};
    }

    private static final Pattern INTERNAL = Pattern.compile("\\b[A-Z][a-z]+[A-Za-z]*(Exception|Error)\\b");

    /** What is wrong with an error a reader threw, or null when it is an expected one-line error naming the file. */
    static String problem(Throwable e, Path file) {
        if (!(e instanceof IOException || e instanceof IllegalArgumentException || e instanceof org.gliomaradiomics.commands.CommandException))
            return "unexpected " + e.getClass().getName() + ": " + e.getMessage();
        String line = Errors.oneLine(e);
        for (char c : line.toCharArray()) if (c < 0x20 || c == 0x7f) return "control character " + (int) c + " in the message: " + line;
        String name = file.getFileName().toString(), folder = file.getParent().getFileName().toString();
        if (!line.contains(name) && !line.contains(folder)) return "the message does not name the file: " + line;
        Matcher m = INTERNAL.matcher(line);
        if (m.find()) return "the message shows an internal exception name (" + m.group() + "): " + line;
        return null;
    }

    /** Keeps a failing input where it outlives the test's temporary folder (target/fuzz-failures). */
    private Path keep(Path file, byte[] bytes) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "fuzz-failures")).toAbsolutePath().resolve("failing-" + file.getFileName());
        Files.write(kept, bytes);
        return kept;
    }

    private static void clear(Path folder) throws IOException {
        try (var s = Files.walk(folder)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) if (!p.equals(folder)) Files.delete(p);
        }
    }

    private void write(Target t, Path file, byte[] bytes) throws IOException {
        if (t.name.equals("DICOM series")) { // the mutated slice beside an intact one
            Files.createDirectories(file);
            Files.write(file.resolve("IM1.dcm"), bytes);
            Files.write(file.resolve("IM2.dcm"), dicomSeed(2));
            return;
        }
        if (t.name.equals("NRRD detached")) Files.write(file.resolveSibling("image.raw"), nrrdData());
        Files.write(file, t.gzip ? gzip(bytes) : bytes);
    }

    // ---- mutations ----

    byte[] mutate(Target t, Random r) {
        byte[] b = t.seed.clone();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) b = t.text && r.nextBoolean() ? textMutation(b, r) : byteMutation(b, r);
        return b;
    }

    private static byte[] byteMutation(byte[] b, Random r) {
        if (b.length == 0) return new byte[] {(byte) r.nextInt(256)};
        // mostly in the first 512 bytes, where the headers are
        int at = r.nextInt(4) > 0 ? r.nextInt(Math.min(b.length, 512)) : r.nextInt(b.length);
        switch (r.nextInt(7)) {
            case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b[at] = (byte) new int[] {0, 0xFF, 0x7F, 0x80, 0x01, 0xFE}[r.nextInt(6)];
            case 2 -> { // an int32 field set to an extreme
                if (at + 4 <= b.length) {
                    int v = new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x10000, 0x7FFF}[r.nextInt(6)];
                    boolean little = r.nextBoolean();
                    for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * (little ? i : 3 - i)));
                }
            }
            case 3 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1)); // cut
            case 4 -> { // drop a chunk
                int n = Math.min(b.length - at, 1 + r.nextInt(64));
                byte[] o = new byte[b.length - n];
                System.arraycopy(b, 0, o, 0, at);
                System.arraycopy(b, at + n, o, at, b.length - at - n);
                b = o;
            }
            case 5 -> { // repeat a chunk
                int n = Math.min(b.length - at, 1 + r.nextInt(64));
                byte[] o = new byte[b.length + n];
                System.arraycopy(b, 0, o, 0, at + n);
                System.arraycopy(b, at, o, at + n, b.length - at);
                b = o;
            }
            default -> { // random bytes over a stretch
                int n = Math.min(b.length - at, 1 + r.nextInt(16));
                for (int i = 0; i < n; i++) b[at + i] = (byte) r.nextInt(256);
            }
        }
        return b;
    }

    private static byte[] textMutation(byte[] b, Random r) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        switch (r.nextInt(4)) {
            case 0, 1 -> { // a number replaced by an extreme value
                Matcher m = NUMBER.matcher(s);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) spans.add(new int[] {m.start(), m.end()});
                if (!spans.isEmpty()) {
                    int[] sp = spans.get(r.nextInt(spans.size()));
                    s = s.substring(0, sp[0]) + EXTREMES[r.nextInt(EXTREMES.length)] + s.substring(sp[1]);
                }
            }
            case 2 -> { // a line dropped or doubled
                List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
                int k = r.nextInt(lines.size());
                if (r.nextBoolean()) lines.remove(k);
                else lines.add(k, lines.get(k));
                s = String.join("\n", lines);
            }
            default -> { // a special character inserted
                int at = r.nextInt(s.length() + 1);
                s = s.substring(0, at) + EXTREMES[r.nextInt(EXTREMES.length)] + s.substring(at);
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- seeds ----

    private static Volume volume(DataType type) {
        Geometry g = new Geometry(6, 5, 4, new double[] {0.9, 1.1, 2.5}, new double[] {-10, 20.5, 3},
            new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1});
        double[] v = new double[(int) g.voxelCount()];
        for (int i = 0; i < v.length; i++) v[i] = (i * 37) % 11 - (type == DataType.UINT8 ? 0 : 3);
        return new Volume(g, v, type);
    }

    private byte[] written(Volume v, String name) throws IOException {
        Path f = dir.resolve("seed-" + name);
        ImageIO.write(v, f);
        byte[] b = Files.readAllBytes(f);
        Files.delete(f);
        return b;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(o)) {
            z.write(b);
        }
        return o.toByteArray();
    }

    private static byte[] nrrdData() {
        byte[] d = new byte[6 * 5 * 4 * 2];
        for (int i = 0; i < d.length; i++) d[i] = (byte) (i * 7);
        return d;
    }

    private static String nrrdHeader(String encoding, String dataFile) {
        return "NRRD0004\ntype: short\ndimension: 3\nspace: left-posterior-superior\nsizes: 6 5 4\n"
            + "space directions: (0.9,0,0) (0,1.1,0) (0,0,2.5)\nkinds: domain domain domain\nendian: little\nencoding: " + encoding
            + "\nspace origin: (-10,20.5,3)\n" + (dataFile == null ? "\n" : "data file: " + dataFile + "\n");
    }

    private static byte[] dicomSeed(int instance) throws IOException {
        Path f = Files.createTempFile("fuzz", ".dcm");
        try {
            short[] px = new short[4 * 3];
            for (int i = 0; i < px.length; i++) px[i] = (short) (i * 3 - 5);
            TinyDicom.write(f, "1.2.826.0.1.3680043.2.99", instance, new double[] {-10, 20, 2.5 * instance}, new double[] {1, 0, 0, 0, 1, 0},
                0.8, 0.9, 1, 0, 4, 3, px);
            return Files.readAllBytes(f);
        } finally {
            Files.delete(f);
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void seeds() throws Exception {
        Volume short16 = volume(DataType.INT16);
        Reader image = ImageIO::read;
        targets.add(new Target("NIfTI", "image.nii", written(short16, "a.nii"), false, false, image));
        targets.add(new Target("NIfTI gz", "image.nii.gz", written(short16, "b.nii"), false, true, image));
        targets.add(new Target("NRRD raw", "image.nrrd", concat(text(nrrdHeader("raw", null)), nrrdData()), true, false, image));
        targets.add(new Target("NRRD gzip", "image.nrrd", written(short16, "c.nrrd"), true, false, image));
        targets.add(new Target("NRRD detached", "image.nhdr", text(nrrdHeader("raw", "image.raw")), true, false, image));
        targets.add(new Target("TIFF", "image.tif", written(short16, "d.tif"), false, false, image));
        targets.add(new Target("DICOM series", "series", dicomSeed(1), false, false, image));
        targets.add(new Target("mask on a grid", "mask.nii", written(volume(DataType.UINT8), "e.nii"), false, false,
            f -> ImageIO.readMask(f, volume(DataType.UINT8).geometry())));
        targets.add(new Target("batch manifest", "cases.csv", text("ID,Image,Mask,Label,Site\nc1,a.nii,am.nii,1,\"HUP, east\"\nc2,b.nii,bm.nii,,UCSF\n"),
            true, false, BatchManifest::read));
        targets.add(new Target("feature table wide", "features.csv", text("ID,diagnostics_Versions,Image,f1,f2,f3\nP1,v1,a.nii,1.5,2,-3e-4\nP2,v1,b.nii,NA,4,5\nP3,v1,c.nii,2.5,,6\n"),
            true, false, f -> FeatureTableReader.read(CsvReader.read(f), null)));
        targets.add(new Target("feature table long", "long.csv", text("case,label,image_type,family,feature,ibsi_code,aggregation,value\n"
            + "p1,1,,diagnostics,Versions,,,v1\np1,1,original,glcm,JointEntropy,TU9B,3D:avg,2.5\np1,1,original,firstorder,Mean,Q4LE,,10\n"
            + "p2,1,original,glcm,JointEntropy,TU9B,3D:avg,3.5\np2,1,original,firstorder,Mean,Q4LE,,NA\n"), true, false, f -> FeatureTableReader.read(CsvReader.read(f), null)));
        targets.add(new Target("clinical table", "clinical.csv", text("ID,Sex,Age,IDH,Grade\nP1,M,50,wildtype,4\nP2,F,40,mutant,2\nP3,M,,NA,3\n"),
            true, false, f -> ClinicalTable.read(CsvReader.read(f), null)));
        targets.add(new Target("survival table", "survival.csv", text("id,os,dead,age\na,10.5,1,50\nb,3,0,61\nc,7,1,\n"), true, false, f -> {
            CsvReader.read(f).numericColumn("os");
        }));
        targets.add(new Target("parameter file", "params.yaml", text("imageType:\n  Original: {}\n  LoG: {sigma: [1.0, 3.0]}\n  Wavelet: {wavelet: haar, level: 1}\n"
            + "featureClass:\n  glcm:\n  intensity_statistics:\nsetting:\n  binWidth: 25\n  label: 1\n  resampledPixelSpacing: [1, 1, 1]\n  aggregation: [3D, 2D]\n"),
            true, false, CommandSetups::extractionSettings));
        targets.add(new Target("PyRadiomics parameter file", "pyradiomics.yaml", text("imageType:\n  Original: {}\n  LoG: {sigma: [1.0, 3.0]}\n"
            + "  Wavelet: {start_level: 0, level: 1}\nfeatureClass:\n  glcm: [JointEntropy]\n  firstorder:\nsetting:\n  conventions: pyradiomics\n"
            + "  binWidth: 25\n  resampledPixelSpacing: [1, 1, 1]\n  interpolator: sitkBSpline\n  padDistance: 5\n"), true, false, CommandSetups::extractionSettings));
        targets.add(new Target("pipeline", "pipeline.yaml", text("impute: median\nnearConstant: 0.95\ncorrelation: 0.9\nscale: zscore\n"
            + "selection: {method: mrmr, k: 20}\nclassifier: {name: weka.classifiers.trees.RandomForest, options: \"-I 10\"}\ngrid: {selection.k: [2, 4]}\ninnerFolds: 3\n"),
            true, false, org.gliomaradiomics.commands.PipelineFiles::read));
        Path rois = dir.resolve("seed-rois.zip");
        Volume labels = volume(DataType.UINT8);
        LabelRois.writeZip(LabelRois.toRois(labels), rois);
        targets.add(new Target("ROI zip", "RoiSet.zip", Files.readAllBytes(rois), false, false, LabelRois::readZip));
        Dataset d = new Dataset(new double[][] {{1, 2}, {2, 1}, {1.5, 2.5}, {2.5, 0.5}}, new String[] {"a", "b"}, new String[] {"p1", "p2", "p3", "p4"},
            new int[] {0, 1, 0, 1}, new String[] {"negative", "positive"}, null);
        SavedModel model = SavedModel.train(PipelineSpec.fromYaml("classifier: {name: J48, options: \"-U\"}"), d, TargetDefinition.binary("y", "pos"), null, 1);
        Path m = dir.resolve("seed.model");
        ModelFiles.save(m, SavedModel.KIND, model);
        targets.add(new Target("model", "classifier.model", Files.readAllBytes(m), false, false, p -> ModelFiles.load(p, SavedModel.KIND, SavedModel.class)));
        ByteArrayOutputStream legacy = new ByteArrayOutputStream();
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(legacy)) {
            o.writeObject(model);
        }
        targets.add(new Target("model without header", "old.model", legacy.toByteArray(), false, false, p -> ModelFiles.load(p, SavedModel.KIND, SavedModel.class)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] o = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }
}
