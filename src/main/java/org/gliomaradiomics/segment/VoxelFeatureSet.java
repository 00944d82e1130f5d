package org.gliomaradiomics.segment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gliomaradiomics.image.Geometry;

/**
 * The feature definition of a voxel classifier: which sequences (by name, in order), which scales (σ in mm)
 * and which features. Saved with the model so that a case is described exactly as in training. Immutable.
 */
public final class VoxelFeatureSet implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Gaussian kernels are cut at this many σ. */
    static final double TRUNCATE = 3.0;

    private final List<String> sequences;
    private final double[] scalesMm;
    private final List<VoxelFeature> features;

    public VoxelFeatureSet(List<String> sequences, double[] scalesMm, Set<VoxelFeature> features) {
        if (sequences.isEmpty()) throw new IllegalArgumentException("voxel features need at least one sequence");
        if (features.isEmpty()) throw new IllegalArgumentException("voxel features need at least one feature");
        if (new java.util.HashSet<>(sequences).size() != sequences.size()) throw new IllegalArgumentException("duplicate sequence names: " + sequences);
        for (double s : scalesMm) if (!(s > 0) || Double.isInfinite(s)) throw new IllegalArgumentException("scales must be positive mm: " + Arrays.toString(scalesMm));
        boolean anyScaled = features.stream().anyMatch(f -> f.scaled);
        if (anyScaled && scalesMm.length == 0) throw new IllegalArgumentException("scaled features need at least one scale");
        this.sequences = Collections.unmodifiableList(new ArrayList<>(sequences));
        this.scalesMm = scalesMm.clone();
        this.features = Collections.unmodifiableList(new ArrayList<>(EnumSet.copyOf(features)));
    }

    /** Every feature at scales 1, 2 and 4 mm. */
    public static VoxelFeatureSet standard(List<String> sequences) {
        return new VoxelFeatureSet(sequences, new double[] {1, 2, 4}, EnumSet.allOf(VoxelFeature.class));
    }

    public List<String> sequences() {
        return sequences;
    }

    public double[] scalesMm() {
        return scalesMm.clone();
    }

    public List<VoxelFeature> features() {
        return features;
    }

    /** Number of values per voxel. */
    public int count() {
        int perSequence = 0;
        for (VoxelFeature f : features) perSequence += f.outputs * (f.scaled ? scalesMm.length : 1);
        return perSequence * sequences.size();
    }

    /** Feature names, in the order of the values: per sequence, intensity first, then per scale. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String s : sequences) {
            if (features.contains(VoxelFeature.INTENSITY)) names.add(s + "_intensity");
            for (double scale : scalesMm)
                for (VoxelFeature f : features) {
                    if (!f.scaled) continue;
                    String suffix = String.format(Locale.ROOT, "_s%smm", trim(scale));
                    if (f.outputs == 1) names.add(s + "_" + f.shortName + suffix);
                    else for (int k = 1; k <= f.outputs; k++) names.add(s + "_" + f.shortName + k + suffix);
                }
        }
        return names;
    }

    /** Margin (voxels per axis) a box needs around it so that its features equal those of the whole volume. */
    int[] halo(Geometry g) {
        int[] h = new int[3];
        for (double scale : scalesMm)
            for (int a = 0; a < 3; a++) {
                double sigma = scale / g.spacing(a);
                // + 1 for the central differences of the derivative features
                h[a] = Math.max(h[a], Math.max(SeparableFilter.gaussianRadius(sigma) + 1, SeparableFilter.boxRadius(sigma)));
            }
        return h;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return "sequences " + sequences + ", scales (mm) " + Arrays.toString(scalesMm) + ", features " + features;
    }
}
