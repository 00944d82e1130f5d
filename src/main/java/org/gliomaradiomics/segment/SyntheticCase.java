package org.gliomaradiomics.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;

/**
 * A synthetic glioma case, deterministic from a seed: a skull-stripped ellipsoidal brain (white matter inside,
 * grey matter around it, background 0; about 145 x 175 x 125 mm in a 240 x 240 x 155 mm field, as in BraTS)
 * with a tumour made of a necrotic core, an enhancing rim and oedema (slightly irregular, nested shells),
 * blurred a little for partial volume, imaged as four MRI-like sequences T1, T1c, T2, FLAIR with Gaussian noise
 * and a smooth multiplicative bias field. Labels follow BraTS: 1 necrosis, 2 oedema, 4 enhancing (3 with the
 * 2023 convention). True volumes are counted from the generated label map.
 */
public final class SyntheticCase {
    public static final String T1 = "T1", T1C = "T1c", T2 = "T2", FLAIR = "FLAIR";
    private static final String[] SEQUENCES = {T1, T1C, T2, FLAIR};

    // tissue order: background, white matter, grey matter, necrosis, enhancing, oedema
    private static final int BG = 0, WM = 1, GM = 2, NEC = 3, ENH = 4, OED = 5;
    /** Mean intensity per sequence (rows as SEQUENCES) and tissue (columns as above); arbitrary units. */
    private static final double[][] INTENSITY = {
        {0, 850, 600, 300, 550, 480},    // T1: necrosis and oedema dark
        {0, 850, 600, 300, 1400, 500},   // T1c: enhancing rim bright
        {0, 500, 700, 1500, 1100, 1250}, // T2: tumour and oedema bright
        {0, 500, 650, 700, 1000, 1300},  // FLAIR: oedema brightest, necrotic fluid partly suppressed
    };

    /** Generation options; fluent setters. Radii in mm; zero means "scaled to the brain". */
    public static final class Options {
        double noise = 0.03, bias = 0.1, irregularity = 0.12, partialVolumeMm = 0.5;
        double oedemaRadiusMm, enhancingRadiusMm, necrosisRadiusMm;
        BratsRegions.Convention convention = BratsRegions.Convention.BRATS_2017_2021;

        /** Noise standard deviation as a fraction of the sequence's brightest tissue (default 0.03). */
        public Options noise(double fraction) {
            noise = fraction;
            return this;
        }

        /** Bias field amplitude: the field is exp(b) with |b| <= amplitude (default 0.1, i.e. about ±10 %). */
        public Options bias(double amplitude) {
            bias = amplitude;
            return this;
        }

        /** σ (mm) of a Gaussian blur of the noise-free tissue image, mimicking partial volume at tissue
         * boundaries (default 0.5 mm; 0 = sharp boundaries). */
        public Options partialVolume(double sigmaMm) {
            if (!(sigmaMm >= 0)) throw new IllegalArgumentException("partial volume σ must be >= 0: " + sigmaMm);
            partialVolumeMm = sigmaMm;
            return this;
        }

        /** Relative radial irregularity of the tumour shells (default 0.12, 0 = spheres). */
        public Options irregularity(double fraction) {
            if (!(fraction >= 0 && fraction < 0.3)) throw new IllegalArgumentException("irregularity must be in [0, 0.3): " + fraction);
            irregularity = fraction;
            return this;
        }

        /** Mean radii (mm) of the oedema, enhancing rim and necrotic core (outer boundaries), nested. */
        public Options tumourRadiiMm(double oedema, double enhancing, double necrosis) {
            if (!(oedema > enhancing && enhancing > necrosis && necrosis > 0))
                throw new IllegalArgumentException("tumour radii must satisfy oedema > enhancing > necrosis > 0");
            oedemaRadiusMm = oedema;
            enhancingRadiusMm = enhancing;
            necrosisRadiusMm = necrosis;
            return this;
        }

        public Options convention(BratsRegions.Convention c) {
            convention = c;
            return this;
        }
    }

    private final Map<String, Volume> sequences;
    private final Volume labels;
    private final boolean[] brain;
    private final int[] tumourCentre;
    private final BratsRegions.Convention convention;

    private SyntheticCase(Map<String, Volume> sequences, Volume labels, boolean[] brain, int[] tumourCentre, BratsRegions.Convention convention) {
        this.sequences = Collections.unmodifiableMap(sequences);
        this.labels = labels;
        this.brain = brain;
        this.tumourCentre = tumourCentre;
        this.convention = convention;
    }

    /** T1, T1c, T2, FLAIR in that order. */
    public Map<String, Volume> sequences() {
        return sequences;
    }

    public Volume labels() {
        return labels;
    }

    public boolean[] brainMask() {
        return brain;
    }

    /** Voxel index (i, j, k) of the tumour centre (inside the necrotic core). */
    public int[] tumourCentre() {
        return tumourCentre.clone();
    }

    public BratsRegions.Convention convention() {
        return convention;
    }

    /** True volume (mm³) of each label present in the label map. */
    public Map<Integer, Double> labelVolumesMm3() {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int l : labels.labels()) out.put(l, Masks.count(labels.maskOf(l)) * labels.geometry().voxelVolume());
        return out;
    }

    /** True volume (mm³) of a BraTS region. */
    public double regionVolumeMm3(BratsRegions.Region r) {
        return Masks.volumeMm3(BratsRegions.region(labels, r, convention), labels.geometry());
    }

    public static SyntheticCase generate(long seed, int[] size, double[] spacing, Options options) {
        if (size.length != 3 || spacing.length != 3) throw new IllegalArgumentException("size and spacing need 3 values");
        Options o = options == null ? new Options() : options;
        Geometry g = Geometry.of(size[0], size[1], size[2], spacing[0], spacing[1], spacing[2]);
        Random random = new Random(seed);
        double[] extent = {size[0] * spacing[0], size[1] * spacing[1], size[2] * spacing[2]};
        double[] centre = {(size[0] - 1) * spacing[0] / 2, (size[1] - 1) * spacing[1] / 2, (size[2] - 1) * spacing[2] / 2};
        // BraTS-like proportions: about 145 x 175 x 125 mm in a 240 x 240 x 155 mm field
        double[] brainAxes = {0.30 * extent[0], 0.36 * extent[1], 0.40 * extent[2]};
        double minAxis = Math.min(brainAxes[0], Math.min(brainAxes[1], brainAxes[2]));
        double rOed = o.oedemaRadiusMm > 0 ? o.oedemaRadiusMm : 0.55 * minAxis;
        double rEnh = o.oedemaRadiusMm > 0 ? o.enhancingRadiusMm : 0.6 * rOed;
        double rNec = o.oedemaRadiusMm > 0 ? o.necrosisRadiusMm : 0.55 * rEnh;
        // tumour in one hemisphere, near mid-height so that it spans both halves in z
        double[] tc = {centre[0] + (0.25 + 0.1 * random.nextDouble()) * brainAxes[0] * (random.nextBoolean() ? 1 : -1),
            centre[1] + (random.nextDouble() - 0.5) * 0.3 * brainAxes[1],
            centre[2] + (random.nextDouble() - 0.5) * 0.2 * brainAxes[2]};
        Shape oed = new Shape(random, o.irregularity), enh = new Shape(random, o.irregularity), nec = new Shape(random, o.irregularity);

        int n = Math.toIntExact(g.voxelCount());
        byte[] tissue = new byte[n];
        boolean[] brain = new boolean[n];
        double[] labelValues = new double[n];
        int et = o.convention.enhancingLabel;
        for (int z = 0, i = 0; z < size[2]; z++)
            for (int y = 0; y < size[1]; y++)
                for (int x = 0; x < size[0]; x++, i++) {
                    double px = x * spacing[0], py = y * spacing[1], pz = z * spacing[2];
                    double bx = (px - centre[0]) / brainAxes[0], by = (py - centre[1]) / brainAxes[1], bz = (pz - centre[2]) / brainAxes[2];
                    double rb = bx * bx + by * by + bz * bz;
                    if (rb > 1) continue;
                    brain[i] = true;
                    tissue[i] = (byte) (rb < 0.55 ? WM : GM);
                    double dx = px - tc[0], dy = py - tc[1], dz = pz - tc[2];
                    double rho = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    double ux = rho == 0 ? 1 : dx / rho, uy = rho == 0 ? 0 : dy / rho, uz = rho == 0 ? 0 : dz / rho;
                    if (rho <= rNec * nec.factor(ux, uy, uz)) {
                        tissue[i] = NEC;
                        labelValues[i] = BratsRegions.NECROSIS;
                    } else if (rho <= rEnh * enh.factor(ux, uy, uz)) {
                        tissue[i] = ENH;
                        labelValues[i] = et;
                    } else if (rho <= rOed * oed.factor(ux, uy, uz)) {
                        tissue[i] = OED;
                        labelValues[i] = BratsRegions.OEDEMA;
                    }
                }
        Map<String, Volume> sequences = new LinkedHashMap<>();
        for (int s = 0; s < SEQUENCES.length; s++) {
            double[] means = INTENSITY[s];
            double sigma = o.noise * max(means);
            double[] biasCoefficients = new double[10];
            for (int c = 0; c < biasCoefficients.length; c++) biasCoefficients[c] = random.nextDouble() * 2 - 1;
            double norm = 0;
            for (double c : biasCoefficients) norm += Math.abs(c);
            float[] clean = new float[n];
            for (int i = 0; i < n; i++) clean[i] = (float) means[tissue[i]];
            if (o.partialVolumeMm > 0) clean = blur(clean, g, o.partialVolumeMm);
            double[] v = new double[n];
            for (int z = 0, i = 0; z < size[2]; z++)
                for (int y = 0; y < size[1]; y++)
                    for (int x = 0; x < size[0]; x++, i++) {
                        if (!brain[i]) continue;
                        // bias: quadratic polynomial in coordinates normalised to [-1, 1], |b| <= amplitude
                        double a = 2.0 * x / Math.max(1, size[0] - 1) - 1, b = 2.0 * y / Math.max(1, size[1] - 1) - 1, c = 2.0 * z / Math.max(1, size[2] - 1) - 1;
                        double[] k = biasCoefficients;
                        double poly = k[0] * a + k[1] * b + k[2] * c + k[3] * a * a + k[4] * b * b + k[5] * c * c + k[6] * a * b + k[7] * a * c + k[8] * b * c + k[9];
                        double field = Math.exp(o.bias * poly / norm);
                        v[i] = Math.max(1, clean[i] * field + sigma * random.nextGaussian());
                    }
            sequences.put(SEQUENCES[s], new Volume(g, v, DataType.FLOAT32));
        }
        int[] centreIndex = {(int) Math.round(tc[0] / spacing[0]), (int) Math.round(tc[1] / spacing[1]), (int) Math.round(tc[2] / spacing[2])};
        return new SyntheticCase(sequences, new Volume(g, labelValues, DataType.UINT8), brain, centreIndex, o.convention);
    }

    /** Separable Gaussian blur with σ in mm (brain edge blurs into the zero background too, then is cut). */
    private static float[] blur(float[] a, Geometry g, double sigmaMm) {
        float[] tmp = new float[a.length], out = new float[a.length];
        SeparableFilter.apply(a, tmp, g.nx, g.ny, g.nz, 0, SeparableFilter.gaussian(sigmaMm / g.spacing(0)), 1);
        SeparableFilter.apply(tmp, out, g.nx, g.ny, g.nz, 1, SeparableFilter.gaussian(sigmaMm / g.spacing(1)), 1);
        SeparableFilter.apply(out, tmp, g.nx, g.ny, g.nz, 2, SeparableFilter.gaussian(sigmaMm / g.spacing(2)), 1);
        return tmp;
    }

    private static double max(double[] a) {
        double m = a[0];
        for (double v : a) m = Math.max(m, v);
        return m;
    }

    /** A radius factor 1 + irregularity · f(u) for unit directions u, f a smooth random function in [-1, 1]. */
    private static final class Shape {
        private final double amplitude;
        private final double[][] axes = new double[3][3];
        private final double[] phases = new double[3];

        Shape(Random r, double amplitude) {
            this.amplitude = amplitude;
            for (int k = 0; k < 3; k++) {
                double[] a = axes[k];
                double norm = 0;
                for (int c = 0; c < 3; c++) {
                    a[c] = r.nextGaussian();
                    norm += a[c] * a[c];
                }
                norm = Math.sqrt(norm);
                for (int c = 0; c < 3; c++) a[c] = a[c] / norm * (1 + k); // frequencies 1, 2, 3 (lobes)
                phases[k] = r.nextDouble() * 2 * Math.PI;
            }
        }

        double factor(double ux, double uy, double uz) {
            double f = 0;
            for (int k = 0; k < 3; k++) f += Math.sin(axes[k][0] * ux + axes[k][1] * uy + axes[k][2] * uz + phases[k]);
            return 1 + amplitude * f / 3;
        }
    }
}
