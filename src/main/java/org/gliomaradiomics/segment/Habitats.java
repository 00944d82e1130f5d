package org.gliomaradiomics.segment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gliomaradiomics.image.Volume;

/**
 * Tumour habitats: the voxels of a region clustered on their intensities in several sequences, each z-scored over
 * the brain, so that every cluster is an interpretable sub-region (enhancing, necrotic, oedematous tissue, ...).
 * A model fitted on the pooled voxels of a training cohort gives each habitat the same identity in every new case.
 * Habitats are numbered 1..k by their centre in the first sequence, lowest first.
 *
 * <p>k-means is written here (Lloyd iterations from k-means++ seeds, best of several starts, as scikit-learn's
 * KMeans does) because Weka's SimpleKMeans would box every voxel as an Instance; k is given or chosen by the
 * mean silhouette on a seeded subsample. Same input and seed, same habitats.
 */
public final class Habitats {
    public static final int MIN_K = 2, MAX_K = 6;
    private static final int STARTS = 4, MAX_ITERATIONS = 200, SILHOUETTE_SAMPLE = 2000, SELECTION_SAMPLE = 20_000;

    private Habitats() {}

    /** A fitted model: the sequences it reads (in order) and the cluster centres in z-score units, habitat 1 first. */
    public record Model(List<String> sequences, double[][] centres) {
        public int k() {
            return centres.length;
        }

        /** Plain text (never Java serialisation): the sequences, then one line of centre coordinates per habitat. */
        public String toText() {
            StringBuilder b = new StringBuilder("# glioma-radiomics habitat model: centres in z-score units (brain), habitat 1 first\n");
            b.append("sequences,").append(String.join(",", sequences)).append('\n');
            for (int h = 0; h < centres.length; h++) {
                b.append("habitat ").append(h + 1);
                for (double c : centres[h]) b.append(',').append(c);
                b.append('\n');
            }
            return b.toString();
        }

        /** A model from its text ({@link #toText}); {@code file} names it in errors. */
        public static Model parse(String text, String file) throws IOException {
            List<String> sequences = null;
            List<double[]> centres = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(",");
                if (f[0].equals("sequences")) sequences = List.of(Arrays.copyOfRange(f, 1, f.length));
                else if (f[0].startsWith("habitat ")) {
                    try {
                        centres.add(Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ": not a number in '" + line + "'");
                    }
                } else throw new IOException(file + ": not a habitat model line: '" + line + "'");
            }
            if (sequences == null || centres.isEmpty()) throw new IOException(file + ": not a habitat model (no sequences or no habitats)");
            for (double[] c : centres)
                if (c.length != sequences.size()) throw new IOException(file + ": a centre has " + c.length + " values for " + sequences.size() + " sequences");
            return new Model(sequences, centres.toArray(new double[0][]));
        }
    }

    /**
     * The voxels of {@code region} as points: one coordinate per sequence, each sequence z-scored over {@code brain}
     * (mean and SD of its brain voxels). Rows follow the voxel index order.
     */
    public static double[][] points(List<Volume> sequences, boolean[] region, boolean[] brain) {
        int d = sequences.size(), n = 0;
        for (boolean r : region) if (r) n++;
        double[][] x = new double[n][d];
        for (int s = 0; s < d; s++) {
            double[] v = sequences.get(s).voxels();
            double sum = 0, sum2 = 0;
            long count = 0;
            for (int i = 0; i < v.length; i++) if (brain[i]) {
                sum += v[i];
                sum2 += v[i] * v[i];
                count++;
            }
            if (count < 2) throw new IllegalArgumentException("the brain mask has fewer than 2 voxels");
            double mean = sum / count, sd = Math.sqrt(Math.max(0, (sum2 - count * mean * mean) / (count - 1)));
            if (!(sd > 0)) throw new IllegalArgumentException("sequence " + (s + 1) + " is constant in the brain");
            for (int i = 0, row = 0; i < v.length; i++) if (region[i]) x[row++][s] = (v[i] - mean) / sd;
        }
        return x;
    }

    /** The brain: voxels where every sequence is non-zero (skull-stripped BraTS data have a zero background). */
    public static boolean[] nonZeroInAll(List<Volume> sequences) {
        boolean[] brain = new boolean[sequences.get(0).voxels().length];
        Arrays.fill(brain, true);
        for (Volume s : sequences) {
            double[] v = s.voxels();
            for (int i = 0; i < v.length; i++) if (v[i] == 0) brain[i] = false;
        }
        return brain;
    }

    /**
     * Fits k clusters to the points ({@code k} = 0: the k in {@value #MIN_K}..{@value #MAX_K} with the highest mean
     * silhouette on a seeded subsample).
     */
    public static Model fit(double[][] x, List<String> sequences, int k, long seed) {
        if (x.length == 0) throw new IllegalArgumentException("the region has no voxels");
        if (k < 0 || k == 1) throw new IllegalArgumentException("k must be 0 (choose) or at least 2, got " + k);
        if (k > 0) return ordered(sequences, bestOf(x, k, seed));
        // Candidates are fitted on a seeded subsample (the choice of k needs no more); the chosen k on every point.
        double[][] candidates = rows(x, sample(x.length, SELECTION_SAMPLE, seed));
        int[] sample = sample(candidates.length, SILHOUETTE_SAMPLE, seed);
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestK = 0;
        for (int c = MIN_K; c <= Math.min(MAX_K, candidates.length - 1); c++) {
            double score = silhouette(candidates, sample, bestOf(candidates, c, seed));
            if (score > bestScore) {
                bestScore = score;
                bestK = c;
            }
        }
        if (bestK == 0) throw new IllegalArgumentException("too few voxels (" + x.length + ") for habitats");
        return ordered(sequences, bestOf(x, bestK, seed));
    }

    /** The habitat (1..k) of each point: its nearest centre. */
    public static int[] assign(Model model, double[][] x) {
        int[] h = new int[x.length];
        for (int i = 0; i < x.length; i++) h[i] = nearest(model.centres(), x[i]) + 1;
        return h;
    }

    /** Mean silhouette of the sampled points under nearest-centre assignment (exact distances between the samples). */
    static double silhouette(double[][] x, int[] sample, double[][] centres) {
        int k = centres.length, m = sample.length;
        int[] label = new int[m];
        int[] size = new int[k];
        for (int i = 0; i < m; i++) size[label[i] = nearest(centres, x[sample[i]])]++;
        double total = 0;
        double[] meanDistance = new double[k];
        for (int i = 0; i < m; i++) {
            Arrays.fill(meanDistance, 0);
            for (int j = 0; j < m; j++) if (j != i) meanDistance[label[j]] += Math.sqrt(distance2(x[sample[i]], x[sample[j]]));
            int own = label[i];
            if (size[own] < 2) continue; // silhouette 0 for a singleton
            double a = meanDistance[own] / (size[own] - 1), b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) if (c != own && size[c] > 0) b = Math.min(b, meanDistance[c] / size[c]);
            if (Double.isFinite(b)) total += (b - a) / Math.max(a, b);
        }
        return total / m;
    }

    private static Model ordered(List<String> sequences, double[][] centres) {
        double[][] c = centres.clone();
        Arrays.sort(c, (p, q) -> Double.compare(p[0], q[0]));
        return new Model(List.copyOf(sequences), c);
    }

    /** The lowest-inertia result of several k-means runs from seeded k-means++ starts. */
    private static double[][] bestOf(double[][] x, int k, long seed) {
        if (x.length < k) throw new IllegalArgumentException("the region has " + x.length + " voxels, fewer than k = " + k);
        double[][] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < STARTS; s++) {
            double[][] centres = lloyd(x, seeds(x, k, random.split()));
            double inertia = 0;
            for (double[] p : x) inertia += distance2(p, centres[nearest(centres, p)]);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = centres;
            }
        }
        return best;
    }

    /** k-means++ seeding: each next centre drawn with probability proportional to the squared distance to the nearest one. */
    private static double[][] seeds(double[][] x, int k, SplittableRandom random) {
        int n = x.length, d = x[0].length;
        double[][] centres = new double[k][];
        centres[0] = x[random.nextInt(n)].clone();
        double[] nearest2 = new double[n];
        for (int i = 0; i < n; i++) nearest2[i] = distance2(x[i], centres[0]);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest2) total += v;
            int pick = 0;
            if (total > 0) {
                double r = random.nextDouble() * total, acc = 0;
                for (pick = 0; pick < n - 1; pick++) if ((acc += nearest2[pick]) >= r) break;
            } else pick = random.nextInt(n);
            centres[c] = Arrays.copyOf(x[pick], d);
            for (int i = 0; i < n; i++) nearest2[i] = Math.min(nearest2[i], distance2(x[i], centres[c]));
        }
        return centres;
    }

    private static double[][] lloyd(double[][] x, double[][] centres) {
        int k = centres.length, d = centres[0].length;
        int[] label = new int[x.length];
        Arrays.fill(label, -1);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            boolean changed = false;
            for (int i = 0; i < x.length; i++) {
                int c = nearest(centres, x[i]);
                if (c != label[i]) {
                    label[i] = c;
                    changed = true;
                }
            }
            if (!changed) break;
            double[][] sum = new double[k][d];
            int[] count = new int[k];
            for (int i = 0; i < x.length; i++) {
                count[label[i]]++;
                for (int j = 0; j < d; j++) sum[label[i]][j] += x[i][j];
            }
            for (int c = 0; c < k; c++) if (count[c] > 0) for (int j = 0; j < d; j++) centres[c][j] = sum[c][j] / count[c];
        }
        return centres;
    }

    private static int nearest(double[][] centres, double[] p) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double dd = distance2(p, centres[c]);
            if (dd < bestD) {
                bestD = dd;
                best = c;
            }
        }
        return best;
    }

    private static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }

    private static double[][] rows(double[][] x, int[] index) {
        double[][] r = new double[index.length][];
        for (int i = 0; i < index.length; i++) r[i] = x[index[i]];
        return r;
    }

    /** Up to m distinct indices of 0..n-1, seeded (all of them when n ≤ m), in increasing order. */
    private static int[] sample(int n, int m, long seed) {
        if (n <= m) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < m; i++) {
            int j = i + r.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] s = Arrays.copyOf(idx, m);
        Arrays.sort(s);
        return s;
    }
}
