package org.gliomaradiomics.longitudinal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.MriCase;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.BratsRegions;
import org.gliomaradiomics.table.Table;

/**
 * A synthetic longitudinal glioma series with known truth, deterministic from a seed. After surgery (day 0) a
 * residual tumour next to a resection cavity evolves by the {@link TumourGrowthModel} (Fisher–Kolmogorov),
 * with radiotherapy from day 28 to 70 and a scenario-specific net proliferation afterwards: TRUE_PROGRESSION
 * (grows), PSEUDOPROGRESSION (stable tumour plus a treatment-related enhancing rim peaking about 9 weeks after
 * radiotherapy and gone 18 weeks after it), RESPONSE (cell kill exceeds proliferation: shrinks to nothing) and
 * STABLE. The tumour is ellipsoidal (semi-axes R·e, e = 1.2, 0.9, 0.8 in x, y, z) and centred on an axial voxel
 * plane, so its truth is analytic: TC = ellipsoid of the enhancing radius, necrosis = the same 5 mm smaller,
 * ET = TC minus necrosis, WT = FLAIR radius; the longest axial diameter is 2·1.2·R on the central slice and the
 * perpendicular one 2·0.9·R. Each scan is rendered as T1, T1c, T2, FLAIR and a BraTS label map (labels by plurality
 * of 3×3×3 sub-samples per voxel), with Gaussian noise, a per-scan intensity drift and optionally a small rigid
 * motion (rotation about the z axis and in-plane shift, which leave the axial truth unchanged).
 */
public final class LongitudinalPhantom {

    public enum Scenario { TRUE_PROGRESSION, PSEUDOPROGRESSION, RESPONSE, STABLE }

    public static final int SURGERY_DAY = 0, RT_START_DAY = 28, RT_END_DAY = 70;
    /** BraTS file suffixes, in order T1, T1c, T2, FLAIR. */
    public static final String[] SEQUENCES = {"t1", "t1ce", "t2", "flair"};
    private static final int BG = 0, WM = 1, GM = 2, CSF = 3, NEC = 4, ENH = 5, OED = 6;
    private static final double[][] INTENSITY = {
        {0, 850, 600, 250, 300, 550, 480},
        {0, 850, 600, 250, 300, 1400, 500},
        {0, 500, 700, 1800, 1500, 1100, 1250},
        {0, 500, 650, 200, 700, 1000, 1300},
    };
    private static final double DIFFUSION = 0.02, PROLIFERATION = 0.04, INITIAL_RADIUS = 13, INITIAL_WIDTH = 0.7;
    private static final double RIM_MM = 5, CAVITY_RADIUS = 9, PSEUDO_RIM_MM = 6, PSEUDO_PEAK_DAY = 135, PSEUDO_SIGMA_DAYS = 18;
    private static final double[] ELONGATION = {1.2, 0.9, 0.8};

    /** Generation options; fluent setters. */
    public static final class Options {
        int[] size = {64, 64, 40};
        double[] spacing = {2, 2, 2};
        int[] scanDays = {21, 98, 140, 196, 252};
        LocalDate surgeryDate = LocalDate.of(2024, 1, 8);
        boolean motion;
        double maxRotationDegrees = 3, maxShiftMm = 3, drift = 0.03, noise = 0.03;
        BratsRegions.Convention convention = BratsRegions.Convention.BRATS_2017_2021;

        public Options size(int nx, int ny, int nz) {
            size = new int[] {nx, ny, nz};
            return this;
        }

        public Options spacing(double sx, double sy, double sz) {
            spacing = new double[] {sx, sy, sz};
            return this;
        }

        /** Scan days after surgery (increasing); the default 21, 98, 140, 196, 252 puts the baseline 4 weeks after radiotherapy. */
        public Options scanDays(int... days) {
            for (int i = 1; i < days.length; i++) if (days[i] <= days[i - 1]) throw new IllegalArgumentException("scan days must increase");
            scanDays = days.clone();
            return this;
        }

        public Options surgeryDate(LocalDate d) {
            surgeryDate = d;
            return this;
        }

        /** Random rigid motion between scans (rotation about z up to the angle, in-plane shift up to the distance). */
        public Options motion(boolean on, double maxRotationDegrees, double maxShiftMm) {
            motion = on;
            this.maxRotationDegrees = maxRotationDegrees;
            this.maxShiftMm = maxShiftMm;
            return this;
        }

        /** Per-scan multiplicative intensity drift amplitude (default 0.03) and noise fraction (default 0.03). */
        public Options intensity(double drift, double noise) {
            this.drift = drift;
            this.noise = noise;
            return this;
        }

        public Options convention(BratsRegions.Convention c) {
            convention = c;
            return this;
        }
    }

    /** Truth of one scan (volumes mm³, diameters mm, SPD mm², motion applied to this scan). */
    public record ScanTruth(LocalDate date, int day, double etVolumeMm3, double necrosisVolumeMm3, double oedemaVolumeMm3, double tcVolumeMm3,
                            double wtVolumeMm3, double longestMm, double perpendicularMm, double spdMm2, boolean measurable,
                            double rotationDegrees, double shiftXMm, double shiftYMm) {}

    /** Radii of one scan in normalised (ellipsoid) units: necrosis, tumour core, whole tumour. */
    private record Radii(double necrosis, double core, double whole) {}

    private final String patient;
    private final Scenario scenario;
    private final long seed;
    private final Options options;
    private final Geometry geometry;
    private final double[] tumourCentre, cavityCentre, brainCentre, brainAxes;
    private final List<Radii> radii = new ArrayList<>();
    private final List<ScanTruth> truth = new ArrayList<>();

    private LongitudinalPhantom(String patient, Scenario scenario, long seed, Options o) {
        this.patient = patient;
        this.scenario = scenario;
        this.seed = seed;
        this.options = o;
        geometry = Geometry.of(o.size[0], o.size[1], o.size[2], o.spacing[0], o.spacing[1], o.spacing[2]);
        brainCentre = new double[3];
        brainAxes = new double[3];
        for (int a = 0; a < 3; a++) {
            brainCentre[a] = (o.size[a] - 1) * o.spacing[a] / 2;
            brainAxes[a] = 0.42 * o.size[a] * o.spacing[a];
        }
        Random random = new Random(seed);
        double side = random.nextBoolean() ? 1 : -1;
        // on an axial voxel plane, so that the central slice cuts the ellipsoid through its widest section
        double cz = Math.round(brainCentre[2] / o.spacing[2]) * o.spacing[2];
        tumourCentre = new double[] {brainCentre[0] + side * 0.22 * brainAxes[0] + random.nextDouble() * o.spacing[0],
            brainCentre[1] + (random.nextDouble() - 0.5) * 0.1 * brainAxes[1], cz};
        cavityCentre = new double[] {tumourCentre[0] - side * 0.62 * brainAxes[0], tumourCentre[1], tumourCentre[2]};
        computeTruth(random);
    }

    /** A patient's series and its truth (images are rendered on demand by {@link #scan}). */
    public static LongitudinalPhantom generate(String patient, Scenario scenario, long seed, Options options) {
        return new LongitudinalPhantom(patient, scenario, seed, options == null ? new Options() : options);
    }

    public String patient() {
        return patient;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<ScanTruth> truth() {
        return List.copyOf(truth);
    }

    /** Treatment events: surgery, rt_start, chemo_start, rt_end, and scenario-specific steroid changes. */
    public List<TreatmentEvents.Event> events() {
        List<TreatmentEvents.Event> e = new ArrayList<>();
        e.add(event(TreatmentEvents.Type.SURGERY, SURGERY_DAY));
        e.add(event(TreatmentEvents.Type.RT_START, RT_START_DAY));
        e.add(event(TreatmentEvents.Type.CHEMO_START, RT_START_DAY));
        e.add(event(TreatmentEvents.Type.RT_END, RT_END_DAY));
        if (scenario == Scenario.PSEUDOPROGRESSION) {
            e.add(event(TreatmentEvents.Type.STEROIDS_UP, 130));
            e.add(event(TreatmentEvents.Type.STEROIDS_DOWN, 200));
        }
        if (scenario == Scenario.RESPONSE) e.add(event(TreatmentEvents.Type.STEROIDS_DOWN, 84));
        return e;
    }

    private TreatmentEvents.Event event(TreatmentEvents.Type t, int day) {
        return new TreatmentEvents.Event(patient, t, options.surgeryDate.plusDays(day));
    }

    private void computeTruth(Random random) {
        double after = switch (scenario) {
            case TRUE_PROGRESSION -> 2.0;
            case RESPONSE -> -2.0;
            default -> 0.1;
        };
        DoubleUnaryOperator netRate = t -> PROLIFERATION * (t < RT_START_DAY ? 1 : t < RT_END_DAY ? 0.2 : after);
        TumourGrowthModel model = new TumourGrowthModel(DIFFUSION, netRate, INITIAL_RADIUS, INITIAL_WIDTH, 80);
        double k = 4.0 / 3.0 * Math.PI * ELONGATION[0] * ELONGATION[1] * ELONGATION[2];
        for (int i = 0; i < options.scanDays.length; i++) {
            int day = options.scanDays[i];
            model.advanceTo(day);
            double enhancing = model.radius(TumourGrowthModel.ENHANCING_THRESHOLD);
            double pseudo = scenario == Scenario.PSEUDOPROGRESSION && day > RT_END_DAY
                ? PSEUDO_RIM_MM * Math.exp(-0.5 * Math.pow((day - PSEUDO_PEAK_DAY) / PSEUDO_SIGMA_DAYS, 2)) : 0;
            double core = enhancing > 0 || pseudo > 0.05 ? enhancing + pseudo : 0;
            double necrosis = Math.max(0, enhancing - RIM_MM);
            double whole = Math.max(model.radius(TumourGrowthModel.FLAIR_THRESHOLD), core > 0 ? core + 1 : 0);
            Radii r = new Radii(necrosis, core, whole);
            checkInsideBrain(r, day);
            radii.add(r);
            double longest = 2 * ELONGATION[0] * core, perpendicular = 2 * ELONGATION[1] * core;
            boolean measurable = perpendicular >= 10;
            double rotation = 0, sx = 0, sy = 0;
            if (options.motion && i > 0) {
                rotation = (2 * random.nextDouble() - 1) * options.maxRotationDegrees;
                sx = (2 * random.nextDouble() - 1) * options.maxShiftMm;
                sy = (2 * random.nextDouble() - 1) * options.maxShiftMm;
            }
            truth.add(new ScanTruth(options.surgeryDate.plusDays(day), day, k * (cube(core) - cube(necrosis)), k * cube(necrosis),
                k * (cube(whole) - cube(core)), k * cube(core), k * cube(whole), longest, perpendicular,
                measurable ? longest * perpendicular : 0, measurable, rotation, sx, sy));
        }
    }

    private void checkInsideBrain(Radii r, int day) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            double reach = Math.abs(tumourCentre[a] - brainCentre[a]) + r.whole * ELONGATION[a] + options.spacing[a];
            s = Math.max(s, reach / brainAxes[a]);
        }
        if (s > 1) throw new IllegalStateException("patient " + patient + ": the tumour leaves the brain on day " + day + "; use a larger grid");
    }

    private static double cube(double v) {
        return v * v * v;
    }

    /** Renders scan {@code index}: sequences t1, t1ce, t2, flair and the label map "seg". */
    public MriCase scan(int index) {
        Options o = options;
        Radii r = radii.get(index);
        ScanTruth t = truth.get(index);
        Random random = new Random(seed * 1_000_003L + 7919L * (index + 1));
        double angle = Math.toRadians(t.rotationDegrees()), cos = Math.cos(angle), sin = Math.sin(angle);
        int n = Math.toIntExact(geometry.voxelCount());
        byte[] tissue = new byte[n];
        double[] labels = new double[n];
        int[] votes = new int[7];
        double[] q = new double[3];
        for (int z = 0, i = 0; z < o.size[2]; z++)
            for (int y = 0; y < o.size[1]; y++)
                for (int x = 0; x < o.size[0]; x++, i++) {
                    java.util.Arrays.fill(votes, 0);
                    int centreTissue = BG;
                    for (int sub = 0; sub < 27; sub++) {
                        double px = (x + (sub % 3 - 1) / 3.0) * o.spacing[0];
                        double py = (y + (sub / 3 % 3 - 1) / 3.0) * o.spacing[1];
                        double pz = (z + (sub / 9 - 1) / 3.0) * o.spacing[2];
                        // world -> model: undo the shift, then the rotation about the volume centre
                        double ux = px - brainCentre[0] - t.shiftXMm(), uy = py - brainCentre[1] - t.shiftYMm();
                        q[0] = brainCentre[0] + cos * ux + sin * uy;
                        q[1] = brainCentre[1] - sin * ux + cos * uy;
                        q[2] = pz;
                        int c = tissueAt(q, r);
                        votes[c]++;
                        if (sub == 13) centreTissue = c;
                    }
                    // plurality of 27 sub-samples (the voxel's partial volumes); a tie goes to the centre's tissue
                    int best = centreTissue;
                    for (int c = 0; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
                    tissue[i] = (byte) best;
                    labels[i] = best == NEC ? BratsRegions.NECROSIS : best == ENH ? o.convention.enhancingLabel : best == OED ? BratsRegions.OEDEMA : 0;
                }
        Map<String, Volume> sequences = new LinkedHashMap<>();
        for (int s = 0; s < SEQUENCES.length; s++) {
            double gain = 1 + o.drift * (2 * random.nextDouble() - 1), sigma = o.noise * 1800;
            double[] v = new double[n];
            for (int i = 0; i < n; i++)
                v[i] = tissue[i] == BG ? 0 : Math.max(1, INTENSITY[s][tissue[i]] * gain + sigma * random.nextGaussian());
            sequences.put(SEQUENCES[s], new Volume(geometry, v, DataType.FLOAT32));
        }
        return new MriCase(caseId(index), sequences, new Volume(geometry, labels, DataType.UINT8));
    }

    private int tissueAt(double[] q, Radii r) {
        double bx = (q[0] - brainCentre[0]) / brainAxes[0], by = (q[1] - brainCentre[1]) / brainAxes[1], bz = (q[2] - brainCentre[2]) / brainAxes[2];
        double rb = bx * bx + by * by + bz * bz;
        if (rb > 1) return BG;
        double dx = (q[0] - tumourCentre[0]) / ELONGATION[0], dy = (q[1] - tumourCentre[1]) / ELONGATION[1], dz = (q[2] - tumourCentre[2]) / ELONGATION[2];
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (d <= r.necrosis) return NEC;
        if (d <= r.core) return ENH;
        if (d <= r.whole) return OED;
        double cx = q[0] - cavityCentre[0], cy = q[1] - cavityCentre[1], cz = q[2] - cavityCentre[2];
        if (cx * cx + cy * cy + cz * cz <= CAVITY_RADIUS * CAVITY_RADIUS) return CSF;
        return rb < 0.55 ? WM : GM;
    }

    /** BraTS case id of scan {@code index}: {@code <patient>_<yyyymmdd>}. */
    public String caseId(int index) {
        return patient + "_" + truth.get(index).date().toString().replace("-", "");
    }

    /** Folder of scan {@code index} relative to the series folder: {@code <patient>/<date>}. */
    public String scanFolder(int index) {
        return patient + "/" + truth.get(index).date();
    }

    /** The tables of a series folder: series.csv (patient,date,case,label), events.csv and truth.csv. */
    public record SeriesTables(Table series, Table events, Table truth) {}

    /**
     * The tables describing several patients' series whose scans lie in {@link #scanFolder} (the command layer
     * writes them with the images: {@code <patient>/<date>/<case>_<seq>.nii.gz}).
     */
    public static SeriesTables tables(List<LongitudinalPhantom> patients) {
        Table series = new Table("patient", "date", "case", "label");
        Table events = new Table("patient", "event", "date");
        Table truth = new Table("patient", "date", "scenario", "day", "et_volume_mm3", "necrosis_volume_mm3", "oedema_volume_mm3", "tc_volume_mm3",
            "wt_volume_mm3", "longest_diameter_mm", "perpendicular_diameter_mm", "spd_mm2", "measurable", "rotation_deg", "shift_x_mm", "shift_y_mm");
        for (LongitudinalPhantom p : patients) {
            for (int i = 0; i < p.truth.size(); i++) {
                ScanTruth t = p.truth.get(i);
                series.addRow(p.patient, t.date().toString(), p.scanFolder(i), "day " + t.day());
                truth.addRow(p.patient, t.date().toString(), p.scenario.name(), t.day(), t.etVolumeMm3(), t.necrosisVolumeMm3(), t.oedemaVolumeMm3(),
                    t.tcVolumeMm3(), t.wtVolumeMm3(), t.longestMm(), t.perpendicularMm(), t.spdMm2(), t.measurable(), t.rotationDegrees(),
                    t.shiftXMm(), t.shiftYMm());
            }
            for (TreatmentEvents.Event e : p.events()) events.addRow(p.patient, e.type().key(), e.date().toString());
        }
        return new SeriesTables(series, events, truth);
    }
}
