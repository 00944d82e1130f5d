package org.gliomaradiomics.features.voxel;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gliomaradiomics.features.FeatureDefinition;
import org.gliomaradiomics.features.FeatureFamily;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.PyRadiomicsTextures;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;

/**
 * Maps by recomputation, for the IBSI families and PyRadiomics' gldm, glrlm, glszm and ngtdm alike: for each ROI
 * voxel the family runs on a small {@link RoiData} holding the kernel (the (2R+1)^3 cube clipped to the box, ROI
 * voxels only), with the ROI-wide grey levels and Ng. IBSI texture families use their 3D aggregation
 * ({@code 3D:mrg} when the family has it, else {@code 3D}); first-order families have a single value.
 */
final class KernelFamilyMaps {
    private final RoiData roi;
    private final int radius;
    /** The family's values on one kernel, in its feature order. */
    private final Function<RoiData, double[]> values;
    /** Positions of the selected features in those values. */
    private final int[] selected;
    /** Number of ROI voxels in the box slices before each slice: the maps' index of a slice's first ROI voxel. */
    private final int[] sliceStart;
    /** Grey levels 1..ng, shared (read-only) by every kernel. */
    private final double[] levels;
    /** out[k][r]: map of selected feature k at the r-th ROI voxel in box order. */
    final double[][] out;

    private KernelFamilyMaps(RoiData roi, int radius, Function<RoiData, double[]> values, int[] selected) {
        this.roi = roi;
        this.radius = radius;
        this.values = values;
        this.selected = selected;
        levels = levels(roi.ng);
        sliceStart = new int[roi.nz + 1];
        int plane = roi.nx * roi.ny;
        for (int i = 0; i < roi.intensityMask.length; i++) if (roi.intensityMask[i]) sliceStart[i / plane + 1]++;
        for (int z = 0; z < roi.nz; z++) sliceStart[z + 1] += sliceStart[z];
        out = new double[selected.length][sliceStart[roi.nz]];
    }

    /** An IBSI family; {@code selected}: indices into its feature list. */
    static KernelFamilyMaps ibsi(RoiData roi, FeatureFamily family, FeatureSettings settings, int radius, int[] selected) {
        FeatureSettings s = settings.toBuilder().dimensions(EnumSet.of(FeatureSettings.Dimension.D3)).build();
        List<FeatureDefinition> features = family.features();
        Map<FeatureDefinition, Integer> position = new HashMap<>(); // looked up once per feature and kernel
        for (int k = features.size() - 1; k >= 0; k--) position.put(features.get(k), k); // the first of equal ones, as indexOf
        String aggregation = aggregationOf(family, firstKernel(roi, radius, levels(roi.ng)), s);
        return new KernelFamilyMaps(roi, radius, k -> {
            double[] v = new double[features.size()];
            family.compute(k, s, (def, agg, value) -> {
                if (agg.equals(aggregation)) v[position.get(def)] = value;
            });
            return v;
        }, selected);
    }

    /** A PyRadiomics feature class; {@code selected}: positions in {@link PyRadiomicsTextures#compute}'s values. */
    static KernelFamilyMaps pyradiomics(RoiData roi, String featureClass, PyRadiomicsSettings settings, int radius, int[] selected) {
        PyRadiomicsTextures.Options options = settings.textureOptions();
        return new KernelFamilyMaps(roi, radius, k -> PyRadiomicsTextures.compute(featureClass, k, options, 0), selected);
    }

    /** The ROI restricted to the kernel around box voxel (x, y, z); {@code levels}: 1..ng, the kernel's IVH levels. */
    static RoiData kernel(RoiData roi, int x, int y, int z, int radius, double[] levels) {
        return roi.crop(RoiBox.around(x, y, z, radius, new int[] {roi.nx, roi.ny, roi.nz}), levels);
    }

    private static double[] levels(int ng) {
        double[] l = new double[ng];
        for (int k = 0; k < ng; k++) l[k] = k + 1;
        return l;
    }

    /** The aggregation label whose values make the maps: 3D:mrg, else 3D, else the empty label. */
    private static String aggregationOf(FeatureFamily family, RoiData sample, FeatureSettings settings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        family.compute(sample, settings, (def, aggregation, value) -> seen.add(aggregation));
        if (seen.contains("3D:mrg")) return "3D:mrg";
        if (seen.contains("3D")) return "3D";
        return "";
    }

    private static RoiData firstKernel(RoiData roi, int radius, double[] levels) {
        for (int z = 0, i = 0; z < roi.nz; z++)
            for (int y = 0; y < roi.ny; y++)
                for (int x = 0; x < roi.nx; x++, i++)
                    if (roi.intensityMask[i]) return kernel(roi, x, y, z, radius, levels);
        throw new IllegalArgumentException("ROI is empty");
    }

    /** Computes the maps of the ROI voxels of box slice z. */
    void computeSlice(int z) {
        for (int y = 0, r = sliceStart[z]; y < roi.ny; y++)
            for (int x = 0; x < roi.nx; x++) {
                if (!roi.intensityMask[roi.index(x, y, z)]) continue;
                double[] v = values.apply(kernel(roi, x, y, z, radius, levels));
                for (int f = 0; f < selected.length; f++) out[f][r] = v[selected[f]];
                r++;
            }
    }
}
