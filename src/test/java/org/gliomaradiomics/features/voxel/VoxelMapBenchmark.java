package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wall and CPU time of voxel maps at kernel radius 1 (medians of 3 runs after one warm-up): brain1 (4,137 ROI voxels) and a
 * synthetic ~90,000-voxel noisy sphere, ~32 grey levels. Run: mvn -B -o test -Pbenchmark -Dtest=VoxelMapBenchmark
 */
@Tag("benchmark")
class VoxelMapBenchmark {
    @Test
    void brain1AndSyntheticSphere() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        Volume mask = ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry());
        run("brain1", image, mask, 25);
        SyntheticRoi sphere = new SyntheticRoi(72, 27.8, 0.0, 11);
        System.out.println("synthetic sphere: " + sphere.roiVoxels + " ROI voxels");
        run("sphere", sphere.image, sphere.mask, 22);
    }

    private static void run(String name, Volume image, Volume mask, double binWidth) {
        int cores = Runtime.getRuntime().availableProcessors();
        time(name, "IBSI glcm (25 maps, 3D:mrg)", image, mask, settings(VoxelMapSettings.Convention.IBSI, binWidth, "glcm", Set.of()));
        List<String> noMcc = new java.util.ArrayList<>(org.gliomaradiomics.features.FeatureRegistry.pyradiomicsClass("glcm").names());
        noMcc.remove("MCC");
        time(name, "PyRadiomics glcm (24 maps, with MCC)", image, mask, settings(VoxelMapSettings.Convention.PYRADIOMICS, binWidth, "glcm", Set.of()));
        time(name, "PyRadiomics glcm (23 maps, no MCC)", image, mask, settings(VoxelMapSettings.Convention.PYRADIOMICS, binWidth, "glcm", new LinkedHashSet<>(noMcc)));
        time(name, "IBSI intensity_statistics (18 maps)", image, mask, settings(VoxelMapSettings.Convention.IBSI, binWidth, "intensity_statistics", Set.of()));
        time(name, "PyRadiomics firstorder (18 maps)", image, mask, settings(VoxelMapSettings.Convention.PYRADIOMICS, binWidth, "firstorder", Set.of()));
        for (String family : List.of("intensity_histogram", "glrlm", "glszm", "gldzm", "ngtdm", "ngldm"))
            timeOnce(name, "IBSI " + family + " (recomputed per kernel)", image, mask, settings(VoxelMapSettings.Convention.IBSI, binWidth, family, Set.of()));
        for (String featureClass : List.of("gldm", "glrlm", "glszm", "ngtdm"))
            timeOnce(name, "PyRadiomics " + featureClass + " (recomputed per kernel)", image, mask, settings(VoxelMapSettings.Convention.PYRADIOMICS, binWidth, featureClass, Set.of()));
        System.out.println("(" + cores + " cores available)");
    }

    private static VoxelMapSettings settings(VoxelMapSettings.Convention c, double binWidth, String family, Set<String> features) {
        return VoxelMapSettings.builder().convention(c).extraction(ExtractionSettings.builder().binWidth(binWidth).build())
            .families(Set.of(family)).features(features).build();
    }

    /** CPU time of the whole JVM (all threads, GC included): the machine is shared, so wall time alone misleads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void timeOnce(String name, String what, Volume image, Volume mask, VoxelMapSettings s) {
        long t0 = System.nanoTime();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        long t = System.nanoTime() - t0;
        assertEquals(VoxelFeatureMaps.mapNames(s).size(), maps.size());
        System.out.printf("%s  %-40s %8.3f s (%d maps, one run)%n", name, what, t / 1e9, maps.size());
    }

    private static void time(String name, String what, Volume image, Volume mask, VoxelMapSettings s) {
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        assertEquals(VoxelFeatureMaps.mapNames(s).size(), maps.size());
        long[] t = new long[3], cpu = new long[3];
        for (int k = 0; k < t.length; k++) {
            long c0 = processCpuNanos(), t0 = System.nanoTime();
            VoxelFeatureMaps.compute(image, mask, 1, s, null);
            t[k] = System.nanoTime() - t0;
            cpu[k] = processCpuNanos() - c0;
        }
        java.util.Arrays.sort(t);
        java.util.Arrays.sort(cpu);
        System.out.printf("%s  %-40s %8.3f s wall, %8.3f s CPU%n", name, what, t[1] / 1e9, cpu[1] / 1e9);
    }
}
