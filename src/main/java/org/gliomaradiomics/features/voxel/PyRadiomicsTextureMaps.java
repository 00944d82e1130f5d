package org.gliomaradiomics.features.voxel;

import java.util.List;
import java.util.function.IntConsumer;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.features.PyRadiomicsTextures;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;

/**
 * Maps of PyRadiomics' gldm, glrlm, glszm or ngtdm class by recomputation: for each ROI voxel the class runs on its
 * kernel (the (2R+1)^3 cube clipped to the ROI box, ROI voxels only) with the ROI-wide grey levels.
 */
final class PyRadiomicsTextureMaps {
    private final RoiData roi;
    private final String featureClass;
    private final int radius;
    private final PyRadiomicsTextures.Options options;
    /** Positions of the selected features in the class's value array. */
    private final int[] valueIndex;
    final double[][] out;

    /** @param selected indices into {@link #names} */
    PyRadiomicsTextureMaps(RoiData roi, String featureClass, int radius, PyRadiomicsSettings settings, int[] selected) {
        this.roi = roi;
        this.featureClass = featureClass;
        this.radius = radius;
        options = settings.textureOptions();
        FeatureRegistry.PyRadiomicsClass c = FeatureRegistry.pyradiomicsClass(featureClass);
        valueIndex = new int[selected.length];
        for (int k = 0; k < selected.length; k++) valueIndex[k] = c.valueIndex()[selected[k]];
        out = new double[selected.length][roi.voxelCount()];
    }

    static List<String> names(String featureClass) {
        return FeatureRegistry.pyradiomicsClass(featureClass).names();
    }

    void computeSlice(int z, IntConsumer lineDone) {
        for (int y = 0; y < roi.ny; y++) {
            for (int x = 0; x < roi.nx; x++) {
                int centre = roi.index(x, y, z);
                if (!roi.intensityMask[centre]) continue;
                RoiData k = KernelFamilyMaps.kernel(roi, x, y, z, radius); // grey 0 outside the ROI
                double[] values = PyRadiomicsTextures.compute(featureClass, k, options, 0);
                for (int f = 0; f < valueIndex.length; f++) out[f][centre] = values[valueIndex[f]];
            }
            lineDone.accept(y);
        }
    }
}
