package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PyRadiomics' gldm, glrlm, glszm and ngtdm classes on one kernel of a voxel-based extraction: the same code as the
 * region extractor, run on the kernel's ROI voxels with grey levels binned once over the whole ROI. Levels absent
 * from a kernel leave empty rows, which none of these classes' features depend on.
 */
public final class KernelTextureClasses {
    /** The classes this computes, in PyRadiomics' output order. */
    public static final List<String> CLASSES = List.of("gldm", "glrlm", "glszm", "ngtdm");
    private static final Map<String, List<String>> NAMES = new ConcurrentHashMap<>();

    private KernelTextureClasses() {}

    /** Feature names of a class in PyRadiomics' (sorted) output order, deprecated ones left out. */
    public static List<String> names(String featureClass) {
        // The class itself says which features it emits: run it once on two voxels of different levels.
        return NAMES.computeIfAbsent(featureClass, c -> new ArrayList<>(emit(c, 2, 1, 1, new int[] {1, 2}, new double[] {1, 1, 1},
            PyRadiomicsSettings.defaults()).keySet()));
    }

    /**
     * Features of one kernel.
     * @param levels the kernel box (nx x ny x nz, x fastest): grey level (from 1) of each kernel voxel in the ROI, 0
     *               elsewhere
     * @param spacing voxel spacing (x, y, z) in mm (weightingNorm uses it)
     * @param out receives the values in {@link #names} order
     */
    public static void compute(String featureClass, int nx, int ny, int nz, int[] levels, double[] spacing,
                               PyRadiomicsSettings settings, double[] out) {
        Map<String, Double> values = emit(featureClass, nx, ny, nz, levels, spacing, settings);
        int k = 0;
        for (double v : values.values()) out[k++] = v;
    }

    private static Map<String, Double> emit(String featureClass, int nx, int ny, int nz, int[] levels, double[] spacing,
                                            PyRadiomicsSettings s) {
        double[] values = new double[levels.length];
        boolean[] mask = new boolean[levels.length];
        for (int i = 0; i < levels.length; i++) {
            values[i] = levels[i];
            mask[i] = levels[i] > 0;
        }
        Roi roi = new Roi(nx, ny, nz, values, mask, spacing);
        Discretization d = Discretization.ofLevels(levels);
        FeatureMap f = switch (featureClass) {
            case "gldm" -> GldmFeatures.compute(roi, d, s);
            case "glrlm" -> GlrlmFeatures.compute(roi, d, s);
            case "glszm" -> GlszmFeatures.compute(roi, d, s);
            case "ngtdm" -> NgtdmFeatures.compute(roi, d, s);
            default -> throw new IllegalArgumentException("class '" + featureClass + "' has no kernel computation; known: " + CLASSES);
        };
        return f.current();
    }
}
