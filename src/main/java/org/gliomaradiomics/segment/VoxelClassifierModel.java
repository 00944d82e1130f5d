package org.gliomaradiomics.segment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Parallel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * A trained voxel classifier with its feature definition (sequence names, scales, features, class labels),
 * saved and loaded as one serialised object. Applied slab by slab: features of a slab of slices, then one
 * reusable instance per thread ({@code distributionForInstance} per voxel) on per-thread copies of the
 * classifier, so the result does not depend on the thread count.
 */
public final class VoxelClassifierModel implements Serializable {
    static {
        WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    private static final long serialVersionUID = 1L;
    /** The kind of model in the file header. */
    public static final String KIND = "voxel-classifier";

    /** Feature values held per slab are bounded to about this many bytes. */
    private static final long SLAB_BYTES = 384L << 20;

    private final VoxelFeatureSet features;
    private final Classifier classifier;
    private final Instances header;
    private final int[] classLabels;
    private final boolean restrictToNonZero;
    private final String classifierDescription;
    private final int trainingVoxels;

    VoxelClassifierModel(VoxelFeatureSet features, Classifier classifier, Instances header, int[] classLabels,
                         boolean restrictToNonZero, String classifierDescription, int trainingVoxels) {
        this.features = features;
        this.classifier = classifier;
        this.header = header;
        this.classLabels = classLabels.clone();
        this.restrictToNonZero = restrictToNonZero;
        this.classifierDescription = classifierDescription;
        this.trainingVoxels = trainingVoxels;
    }

    public VoxelFeatureSet features() {
        return features;
    }

    /** Label values of the classes, in the order of the class distribution. */
    public int[] classLabels() {
        return classLabels.clone();
    }

    public Classifier classifier() {
        return classifier;
    }

    /** Class name and options of the Weka classifier. */
    public String classifierDescription() {
        return classifierDescription;
    }

    public int trainingVoxels() {
        return trainingVoxels;
    }

    /** Label map of a case; voxels outside the classified domain get 0. */
    public Volume apply(Map<String, Volume> sequences, int threads, DoubleConsumer progress) {
        return run(sequences, threads, progress, false)[0];
    }

    /** One probability map (FLOAT32) per class, in the order of {@link #classLabels()}. */
    public Volume[] probabilities(Map<String, Volume> sequences, int threads, DoubleConsumer progress) {
        return run(sequences, threads, progress, true);
    }

    private Volume[] run(Map<String, Volume> sequences, int threads, DoubleConsumer progress, boolean probabilities) {
        DoubleConsumer report = progress != null ? progress : p -> {};
        Geometry g = checkCase(sequences, features);
        int n = Math.toIntExact(g.voxelCount());
        boolean[] domain = restrictToNonZero ? nonZeroDomain(sequences, features) : null;
        int nc = classLabels.length;
        double[] labels = probabilities ? null : new double[n];
        double[][] probs = probabilities ? new double[nc][n] : null;
        VoxelFeatureStack.Box bounds = domain == null ? new VoxelFeatureStack.Box(0, g.nx, 0, g.ny, 0, g.nz) : VoxelFeatureStack.Box.bounding(domain, g);
        if (bounds != null) {
            int workers = Math.max(1, threads);
            Classifier[] copies;
            try {
                copies = workers == 1 ? new Classifier[] {classifier} : AbstractClassifier.makeCopies(classifier, workers);
            } catch (Exception e) {
                throw new IllegalStateException("cannot copy the Weka classifier for " + workers + " threads: " + e.getMessage(), e);
            }
            int nf = features.count();
            int slab = slabThickness(bounds, nf);
            for (int z0 = bounds.z0; z0 < bounds.z1; z0 += slab) {
                VoxelFeatureStack.Box box = bounds.withZ(z0, Math.min(bounds.z1, z0 + slab));
                float[][] values = VoxelFeatureStack.compute(sequences, features, box, workers);
                int bnx = box.nx(), bny = box.ny();
                Parallel.forRange(box.count(), workers, (from, to, worker) -> {
                    double[] row = new double[nf + 1];
                    DenseInstance instance = new DenseInstance(1, row); // keeps the array: refilled per voxel
                    instance.setDataset(header);
                    Classifier c = copies[worker];
                    for (int local = from; local < to; local++) {
                        int x = local % bnx, rest = local / bnx, y = rest % bny, z = rest / bny;
                        int i = g.index(box.x0 + x, box.y0 + y, box.z0 + z);
                        if (domain != null && !domain[i]) continue;
                        for (int f = 0; f < nf; f++) row[f] = values[f][local];
                        double[] p = c.distributionForInstance(instance);
                        if (probabilities) for (int k = 0; k < nc; k++) probs[k][i] = p[k];
                        else labels[i] = classLabels[argmax(p)];
                    }
                });
                report.accept((box.z1 - bounds.z0) / (double) (bounds.z1 - bounds.z0));
            }
        }
        if (!probabilities) {
            int max = classLabels[classLabels.length - 1];
            return new Volume[] {new Volume(g, labels, max <= 255 && classLabels[0] >= 0 ? DataType.UINT8 : DataType.INT32)};
        }
        Volume[] out = new Volume[nc];
        for (int k = 0; k < nc; k++) out[k] = new Volume(g, probs[k], DataType.FLOAT32);
        return out;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }


    @Override
    public String toString() {
        return "VoxelClassifierModel[" + classifierDescription + "; classes " + java.util.Arrays.toString(classLabels) + "; " + features + "]";
    }

    // ---- shared with training ----

    /** Checks the case has every sequence of the feature set, on one grid; returns that grid. */
    static Geometry checkCase(Map<String, Volume> sequences, VoxelFeatureSet set) {
        List<String> missing = new ArrayList<>();
        for (String s : set.sequences()) if (!sequences.containsKey(s)) missing.add(s);
        if (!missing.isEmpty())
            throw new IllegalArgumentException("case lacks sequence(s) " + missing + " required by the voxel classifier (it uses "
                + set.sequences() + "; the case has " + sequences.keySet() + ")");
        Geometry g = sequences.get(set.sequences().get(0)).geometry();
        for (String s : set.sequences()) {
            Geometry o = sequences.get(s).geometry();
            if (!o.sameSize(g))
                throw new IllegalArgumentException("sequence " + s + " is not on the grid of " + set.sequences().get(0) + ": " + o.describeDifference(g));
        }
        return g;
    }

    /** Voxels where any of the feature set's sequences is non-zero. */
    static boolean[] nonZeroDomain(Map<String, Volume> sequences, VoxelFeatureSet set) {
        boolean[] d = null;
        for (String s : set.sequences()) {
            double[] a = sequences.get(s).voxels();
            if (d == null) d = new boolean[a.length];
            for (int i = 0; i < a.length; i++) if (a[i] != 0) d[i] = true;
        }
        return d;
    }

    static Instances header(VoxelFeatureSet set, int[] classLabels) {
        Instances h = new Instances("voxels", VoxelClassifier.attributes(set, classLabels), 0);
        h.setClassIndex(h.numAttributes() - 1);
        return h;
    }

    /** Slices per slab so that a slab's feature values stay within {@link #SLAB_BYTES}. */
    static int slabThickness(VoxelFeatureStack.Box bounds, int featureCount) {
        long perSlice = 4L * featureCount * bounds.nx() * bounds.ny();
        return (int) Math.max(1, Math.min(bounds.nz(), SLAB_BYTES / Math.max(1, perSlice)));
    }
}
