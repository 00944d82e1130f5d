package org.gliomaradiomics.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.parallel.Parallel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Trains a 3D multi-sequence voxel classifier, as Trainable Weka Segmentation does in 2D: voxel features of
 * every sequence ({@link VoxelFeatureSet}), a balanced random sample of labelled voxels per class, and a Weka
 * classifier (random forest by default). The result is a {@link VoxelClassifierModel}.
 */
public final class VoxelClassifier {
    static {
        WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    private VoxelClassifier() {}

    public static final String DEFAULT_CLASSIFIER = "weka.classifiers.trees.RandomForest";

    /**
     * Training settings, immutable: build them with {@link #builder()}'s fluent setters.
     *
     * @param features null: {@link VoxelFeatureSet#standard} over all given sequences in order
     * @param trainingRegion null: all voxels (not copied: large)
     * @param classifierOptions null: the default classifier's options
     */
    public record Settings(VoxelFeatureSet features, int samplesPerClass, long seed, boolean zeroIsUnlabelled, boolean restrictToNonZero,
                           boolean[] trainingRegion, String classifierName, String classifierOptions, int threads) {
        public static Builder builder() {
            return new Builder();
        }
    }

    /** Mutable holder of the {@link Settings} being built; fluent setters with the defaults. */
    public static final class Builder {
        private VoxelFeatureSet features;
        private int samplesPerClass = 2000;
        private long seed = 1;
        private boolean zeroIsUnlabelled;
        private boolean restrictToNonZero = true;
        private boolean[] trainingRegion;
        private String classifierName = DEFAULT_CLASSIFIER;
        private String classifierOptions;
        private int threads = Parallel.workers();

        private Builder() {}

        public Settings build() {
            return new Settings(features, samplesPerClass, seed, zeroIsUnlabelled, restrictToNonZero, trainingRegion, classifierName,
                classifierOptions, threads);
        }

        /** Feature definition (default: {@link VoxelFeatureSet#standard} over all given sequences in order). */
        public Builder features(VoxelFeatureSet f) {
            features = f;
            return this;
        }

        /** At most this many voxels per class, drawn at random (default 2000). */
        public Builder samplesPerClass(int n) {
            if (n <= 0) throw new IllegalArgumentException("samples per class must be positive: " + n);
            samplesPerClass = n;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /** Label 0 means "not labelled" (scribbles); otherwise 0 is a class like any other (default). */
        public Builder zeroIsUnlabelled(boolean b) {
            zeroIsUnlabelled = b;
            return this;
        }

        /** Classify only voxels where some sequence is non-zero (skull-stripped brain); others get label 0
         * (default true). */
        public Builder restrictToNonZero(boolean b) {
            restrictToNonZero = b;
            return this;
        }

        /** Only voxels of this mask may be sampled (e.g. half the slices); null = all. */
        public Builder trainingRegion(boolean[] region) {
            trainingRegion = region;
            return this;
        }

        /** Any Weka classifier by class name and option string (default: RandomForest, 100 trees, one execution slot
         * per thread, seeded by {@link #seed}). */
        public Builder classifier(String className, String options) {
            classifierName = className;
            classifierOptions = options;
            return this;
        }

        public Builder threads(int n) {
            threads = Math.max(1, n);
            return this;
        }
    }

    public static VoxelClassifierModel train(Map<String, Volume> sequences, Volume labels, Settings s, DoubleConsumer progress) {
        DoubleConsumer report = progress != null ? progress : p -> {};
        VoxelFeatureSet set = s.features() != null ? s.features() : VoxelFeatureSet.standard(new ArrayList<>(sequences.keySet()));
        Geometry g = VoxelClassifierModel.checkCase(sequences, set);
        if (!labels.geometry().sameSize(g))
            throw new IllegalArgumentException("label map and sequences differ: " + labels.geometry().describeDifference(g));
        if (s.trainingRegion() != null) Masks.checkSize(s.trainingRegion(), g, "training region");
        boolean[] domain = s.restrictToNonZero() ? VoxelClassifierModel.nonZeroDomain(sequences, set) : null;

        // candidate voxels per class, in scan order
        double[] l = labels.voxels();
        TreeMap<Integer, int[]> byClass = new TreeMap<>();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < l.length; i++) {
            if (!candidate(i, l, domain, s)) continue;
            counts.merge((int) Math.round(l[i]), 1, Integer::sum);
        }
        if (counts.size() > 255) throw new IllegalArgumentException("label map has " + counts.size() + " classes; the voxel classifier handles at most 255");
        if (counts.size() < 2) throw new IllegalArgumentException("training needs at least two classes among the labelled voxels, found " + counts.keySet());
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) byClass.put(e.getKey(), new int[e.getValue()]);
        int[] fill = new int[counts.size()];
        int[] classLabels = byClass.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < l.length; i++) {
            if (!candidate(i, l, domain, s)) continue;
            int c = Arrays.binarySearch(classLabels, (int) Math.round(l[i]));
            byClass.get(classLabels[c])[fill[c]++] = i;
        }
        // balanced sample: a seeded partial Fisher-Yates shuffle per class, then back to scan order
        Random random = new Random(s.seed());
        int total = 0;
        int[][] samples = new int[classLabels.length][];
        for (int c = 0; c < classLabels.length; c++) {
            int[] pool = byClass.get(classLabels[c]);
            int take = Math.min(s.samplesPerClass(), pool.length);
            for (int k = 0; k < take; k++) {
                int j = k + random.nextInt(pool.length - k);
                int t = pool[k];
                pool[k] = pool[j];
                pool[j] = t;
            }
            samples[c] = Arrays.copyOf(pool, take);
            total += take;
        }
        int[] index = new int[total], classOf = new int[total];
        long[] keyed = new long[total];
        for (int c = 0, k = 0; c < samples.length; c++) for (int i : samples[c]) keyed[k++] = ((long) i << 8) | c;
        Arrays.sort(keyed);
        for (int k = 0; k < total; k++) {
            index[k] = (int) (keyed[k] >>> 8);
            classOf[k] = (int) (keyed[k] & 0xff);
        }
        report.accept(0.05);

        Instances header = VoxelClassifierModel.header(set, classLabels);
        Instances data = new Instances(header, total);
        int nf = set.count();
        int nxy = g.nx * g.ny;
        boolean[] sampled = new boolean[l.length];
        for (int i : index) sampled[i] = true;
        VoxelFeatureStack.Box bounds = VoxelFeatureStack.Box.bounding(sampled, g);
        int slab = VoxelClassifierModel.slabThickness(bounds, nf);
        int k = 0;
        for (int z0 = bounds.z0; z0 < bounds.z1; z0 += slab) {
            VoxelFeatureStack.Box box = bounds.withZ(z0, Math.min(bounds.z1, z0 + slab));
            int endIndex = nxy * box.z1;
            if (k >= total || index[k] >= endIndex) continue;
            float[][] features = VoxelFeatureStack.compute(sequences, set, box, s.threads());
            for (; k < total && index[k] < endIndex; k++) {
                int i = index[k];
                int z = i / nxy, y = (i - z * nxy) / g.nx, x = i - z * nxy - y * g.nx;
                int local = (x - box.x0) + box.nx() * ((y - box.y0) + box.ny() * (z - box.z0));
                double[] values = new double[nf + 1];
                for (int f = 0; f < nf; f++) values[f] = features[f][local];
                values[nf] = classOf[k];
                data.add(new DenseInstance(1, values));
            }
            report.accept(0.05 + 0.45 * (k / (double) total));
        }
        Classifier classifier = build(s, data);
        report.accept(1);
        return new VoxelClassifierModel(set, classifier, header, classLabels, s.restrictToNonZero(),
            s.classifierName() + (s.classifierOptions() == null ? "" : " " + s.classifierOptions()), total);
    }

    private static boolean candidate(int i, double[] l, boolean[] domain, Settings s) {
        if (s.trainingRegion() != null && !s.trainingRegion()[i]) return false;
        if (domain != null && !domain[i]) return false;
        return !(s.zeroIsUnlabelled() && l[i] == 0);
    }

    private static Classifier build(Settings s, Instances data) {
        String options = s.classifierOptions();
        if (options == null && DEFAULT_CLASSIFIER.equals(s.classifierName())) options = "-I 100 -num-slots " + s.threads() + " -S " + s.seed();
        try {
            Classifier c = AbstractClassifier.forName(s.classifierName(), options == null ? new String[0] : Utils.splitOptions(options));
            c.buildClassifier(data);
            return c;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot train Weka classifier '" + s.classifierName() + "' with options '" + options + "': " + e.getMessage(), e);
        }
    }

    /** Attribute list for a feature set and class labels (shared with the model). */
    static ArrayList<Attribute> attributes(VoxelFeatureSet set, int[] classLabels) {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (String name : set.names()) atts.add(new Attribute(name));
        List<String> values = new ArrayList<>();
        for (int c : classLabels) values.add(Integer.toString(c));
        atts.add(new Attribute("class", values));
        return atts;
    }
}
