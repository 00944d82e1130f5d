package org.gliomaradiomics.segment;

import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.ConnectedComponents;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.mask.Morphology;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Timings on a BraTS-sized case (240×240×155, 1 mm). Run: mvn -B -o test -Pbenchmark -Dtest=SegmentBenchmark */
@Tag("benchmark")
class SegmentBenchmark {
    private static final int[] SIZE = {240, 240, 155};

    @Test
    void binaryOperations() {
        long t0 = start();
        SyntheticCase c = SyntheticCase.generate(1, SIZE, new double[] {1, 1, 1}, null);
        print("generate synthetic case", t0);
        Geometry g = c.labels().geometry();
        Volume t2 = c.sequences().get("T2");
        boolean[] bright = Threshold.apply(t2, Threshold.automatic(t2, Threshold.OTSU, c.brainMask()), false, c.brainMask());
        java.util.Random random = new java.util.Random(1);
        boolean[] speckle = new boolean[bright.length]; // worst case for labelling: many small components
        for (int i = 0; i < speckle.length; i++) speckle[i] = random.nextDouble() < 0.25;
        for (int rep = 0; rep < 2; rep++) { // second round: warmed-up JIT
            String tag = rep == 0 ? " (cold)" : " (warm)";
            t0 = start();
            ConnectedComponents.Labelling l = ConnectedComponents.label(bright, g, Connectivity.TWENTY_SIX, ConnectedComponents.Order.SIZE);
            print("components 26-conn, " + l.count() + " components" + tag, t0);
            t0 = start();
            l = ConnectedComponents.label(speckle, g, Connectivity.SIX, ConnectedComponents.Order.SIZE);
            print("components 6-conn on 25 % random voxels, " + l.count() + " components" + tag, t0);
            t0 = start();
            l = ConnectedComponents.label(speckle, g, Connectivity.TWENTY_SIX, ConnectedComponents.Order.SIZE);
            print("components 26-conn on 25 % random voxels, " + l.count() + " components" + tag, t0);
            t0 = start();
            ConnectedComponents.label(c.brainMask(), g, Connectivity.SIX, ConnectedComponents.Order.SIZE);
            print("components 6-conn on brain mask" + tag, t0);
            t0 = start();
            boolean[] filled = ConnectedComponents.fillHoles(bright, g, Connectivity.SIX);
            print("fill holes (" + (Masks.count(filled) - Masks.count(bright)) + " voxels filled)" + tag, t0);
            t0 = start();
            Morphology.dilate(bright, g, 3);
            print("dilate r=3 mm" + tag, t0);
            t0 = start();
            Morphology.erode(c.brainMask(), g, 5);
            print("erode r=5 mm" + tag, t0);
            t0 = start();
            Morphology.close(bright, g, 2);
            print("close r=2 mm" + tag, t0);
            t0 = start();
            OverlapMetrics.Overlap o = OverlapMetrics.compute(bright, BratsRegions.region(c.labels(), BratsRegions.Region.WHOLE_TUMOUR), g);
            print("overlap metrics incl. HD95 (" + o + ")" + tag, t0);
        }
    }

    @Test
    void voxelClassifier() {
        SyntheticCase c = SyntheticCase.generate(1, SIZE, new double[] {1, 1, 1}, null);
        long t0 = start();
        VoxelClassifierModel model = VoxelClassifier.train(c.sequences(), c.labels(),
            VoxelClassifier.Settings.builder().samplesPerClass(15_000).threads(2).build(), null);
        print("train RF 100 trees on " + model.trainingVoxels() + " voxels, " + model.features().count() + " features", t0);
        SyntheticCase other = SyntheticCase.generate(2, SIZE, new double[] {1, 1, 1}, null);
        t0 = start();
        Volume predicted = model.apply(other.sequences(), 2, null);
        print("apply to a whole 240x240x155 case (" + Masks.count(other.brainMask()) + " brain voxels)", t0);
        for (Map.Entry<BratsRegions.Region, OverlapMetrics.Overlap> e : OverlapMetrics.bratsRegions(predicted, other.labels(), null).entrySet())
            System.out.println("  " + e.getKey().abbreviation + ": " + e.getValue());
    }

    /** Per-label figures of the unit test's half-slices experiment (64×64×40). */
    @Test
    void halfSlicesPerLabelDice() {
        SyntheticCase c = SyntheticCase.generate(11, new int[] {64, 64, 40}, new double[] {1, 1, 1.5}, null);
        Geometry g = c.labels().geometry();
        boolean[] lower = new boolean[(int) g.voxelCount()];
        for (int i = 0; i < lower.length; i++) lower[i] = i / (g.nx * g.ny) < g.nz / 2;
        long t0 = start();
        VoxelClassifierModel model = VoxelClassifier.train(c.sequences(), c.labels(),
            VoxelClassifier.Settings.builder().trainingRegion(lower).samplesPerClass(1000).seed(3).threads(2).build(), null);
        print("train (64x64x40)", t0);
        t0 = start();
        Volume predicted = model.apply(c.sequences(), 2, null);
        print("apply (64x64x40)", t0);
        double[] p = predicted.voxels().clone(), t = c.labels().voxels().clone();
        for (int i = 0; i < p.length; i++) if (lower[i]) p[i] = t[i] = 0;
        Volume pu = new Volume(g, p, predicted.type()), tu = new Volume(g, t, predicted.type());
        for (Map.Entry<Integer, OverlapMetrics.Overlap> e : OverlapMetrics.perLabel(pu, tu).entrySet())
            System.out.println("  label " + e.getKey() + ": " + e.getValue());
        for (Map.Entry<BratsRegions.Region, OverlapMetrics.Overlap> e : OverlapMetrics.bratsRegions(pu, tu, null).entrySet())
            System.out.println("  " + e.getKey().abbreviation + ": " + e.getValue());
        int[] centre = c.tumourCentre();
        RegionGrowing.Result wt = RegionGrowing.grow(c.sequences().get("T2"), RegionGrowing.Settings.builder().seed(centre[0], centre[1], centre[2]).range(930, 1e9).build());
        System.out.println("  region growing T2 [930, inf) vs WT: " + OverlapMetrics.compute(wt.mask, BratsRegions.region(c.labels(), BratsRegions.Region.WHOLE_TUMOUR), g));
        RegionGrowing.Result nec = RegionGrowing.grow(c.sequences().get("T2"), RegionGrowing.Settings.builder().seed(centre[0], centre[1], centre[2]).confidence(2.5, 4, 1).build());
        System.out.println("  confidence connected T2 vs necrosis: " + OverlapMetrics.compute(nec.mask, c.labels().maskOf(1), g)
            + String.format(Locale.ROOT, ", range [%.1f, %.1f]", nec.lower, nec.upper));
    }

    private static long cpu0;

    /** Wall time and process CPU time since t0 (the machine is shared: CPU time shows the work done). */
    private static void print(String what, long t0) {
        long cpu = processCpu();
        System.out.printf(Locale.ROOT, "%-75s wall %8.1f ms, cpu %8.1f ms%n", what, (System.nanoTime() - t0) / 1e6, (cpu - cpu0) / 1e6);
        cpu0 = processCpu();
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private static long start() {
        cpu0 = processCpu();
        return System.nanoTime();
    }
}
