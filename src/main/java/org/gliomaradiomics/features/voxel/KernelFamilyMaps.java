package org.gliomaradiomics.features.voxel;

import java.util.EnumSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.FeatureDefinition;
import org.gliomaradiomics.features.FeatureFamily;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.RoiData;

/**
 * Maps of any IBSI family by recomputation: for each ROI voxel the family runs on a small {@link RoiData} holding
 * the kernel (clipped to the box), with the ROI-wide grey levels and Ng. Texture families use their 3D aggregation:
 * {@code 3D:mrg} when the family has it, else {@code 3D}; first-order families have a single value.
 */
final class KernelFamilyMaps {
    private final RoiData roi;
    private final FeatureFamily family;
    private final FeatureSettings settings;
    private final int radius;
    private final List<FeatureDefinition> features;
    /** Position of each family feature in the output, -1 when not selected. */
    private final int[] outputIndex;
    final double[][] out;

    KernelFamilyMaps(RoiData roi, FeatureFamily family, FeatureSettings settings, int radius, int[] outputIndex, int outputs) {
        this.roi = roi;
        this.family = family;
        this.settings = settings.copy();
        this.settings.dimensions = EnumSet.of(FeatureSettings.Dimension.D3);
        this.radius = radius;
        this.features = family.features();
        this.outputIndex = outputIndex;
        out = new double[outputs][roi.voxelCount()];
    }

    /** The ROI restricted to the kernel around box voxel (x, y, z), clipped to the box; package-visible for tests. */
    static RoiData kernel(RoiData roi, int x, int y, int z, int radius) {
        int x0 = Math.max(0, x - radius), y0 = Math.max(0, y - radius), z0 = Math.max(0, z - radius);
        int kx = Math.min(roi.nx - 1, x + radius) - x0 + 1, ky = Math.min(roi.ny - 1, y + radius) - y0 + 1;
        int kz = Math.min(roi.nz - 1, z + radius) - z0 + 1;
        int n = kx * ky * kz;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        int[] grey = new int[n];
        int count = 0;
        for (int k = 0, i = 0; k < kz; k++)
            for (int j = 0; j < ky; j++)
                for (int q = 0; q < kx; q++, i++) {
                    int src = roi.index(x0 + q, y0 + j, z0 + k);
                    image[i] = roi.image[src];
                    mask[i] = roi.intensityMask[src];
                    if (mask[i]) {
                        grey[i] = roi.grey[src];
                        count++;
                    }
                }
        double[] ivh = new double[count];
        for (int i = 0, k = 0; i < n; i++) if (mask[i]) ivh[k++] = grey[i];
        return new RoiData(kx, ky, kz, roi.sx, roi.sy, roi.sz, image, mask, mask.clone(), grey, roi.ng, ivh,
            levels(roi.ng));
    }

    private static double[] levels(int ng) {
        double[] l = new double[ng];
        for (int k = 0; k < ng; k++) l[k] = k + 1;
        return l;
    }

    /** The aggregation label whose values make the maps: 3D:mrg, else 3D, else the empty label. */
    static String aggregationOf(FeatureFamily family, RoiData sample, FeatureSettings settings) {
        FeatureSettings s = settings.copy();
        s.dimensions = EnumSet.of(FeatureSettings.Dimension.D3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        family.compute(sample, s, (def, aggregation, value) -> seen.add(aggregation));
        if (seen.contains("3D:mrg")) return "3D:mrg";
        if (seen.contains("3D")) return "3D";
        return "";
    }

    void computeSlice(int z, String aggregation, IntConsumer lineDone) {
        for (int y = 0; y < roi.ny; y++) {
            for (int x = 0; x < roi.nx; x++) {
                int i = roi.index(x, y, z);
                if (!roi.intensityMask[i]) continue;
                RoiData k = kernel(roi, x, y, z, radius);
                family.compute(k, settings, (def, agg, value) -> {
                    if (!agg.equals(aggregation)) return;
                    int o = outputIndex[features.indexOf(def)];
                    if (o >= 0) out[o][i] = value;
                });
            }
            lineDone.accept(y);
        }
    }
}
