package org.gliomaradiomics.features.voxel;

import java.util.List;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.pyradiomics.KernelTextureClasses;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;

/**
 * Maps of PyRadiomics' gldm, glrlm, glszm or ngtdm class by recomputation: for each ROI voxel the class runs on its
 * kernel (the (2R+1)^3 cube clipped to the ROI box, ROI voxels only) with the ROI-wide grey levels.
 */
final class PyRadiomicsTextureMaps {
    private final RoiData roi;
    private final String featureClass;
    private final int radius;
    private final PyRadiomicsSettings settings;
    private final int[] selected;
    private final double[] spacing;
    final double[][] out;

    PyRadiomicsTextureMaps(RoiData roi, String featureClass, int radius, PyRadiomicsSettings settings, int[] selected) {
        this.roi = roi;
        this.featureClass = featureClass;
        this.radius = radius;
        this.settings = settings;
        this.selected = selected;
        spacing = new double[] {roi.sx, roi.sy, roi.sz};
        out = new double[selected.length][roi.voxelCount()];
    }

    static List<String> names(String featureClass) {
        return KernelTextureClasses.names(featureClass);
    }

    void computeSlice(int z, IntConsumer lineDone) {
        double[] values = new double[names(featureClass).size()];
        for (int y = 0; y < roi.ny; y++) {
            for (int x = 0; x < roi.nx; x++) {
                int centre = roi.index(x, y, z);
                if (!roi.intensityMask[centre]) continue;
                RoiData k = KernelFamilyMaps.kernel(roi, x, y, z, radius); // grey 0 outside the ROI
                KernelTextureClasses.compute(featureClass, k.nx, k.ny, k.nz, k.grey, spacing, settings, values);
                for (int f = 0; f < selected.length; f++) out[f][centre] = values[selected[f]];
            }
            lineDone.accept(y);
        }
    }
}
