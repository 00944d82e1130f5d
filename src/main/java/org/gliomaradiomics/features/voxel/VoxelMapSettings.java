package org.gliomaradiomics.features.voxel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;

/**
 * Choices of a voxel-wise feature map computation. Mutable while being configured; {@link VoxelFeatureMaps} copies
 * it. Discretisation (and re-segmentation) come from {@link #extraction}, applied once over the whole ROI;
 * resampling is not allowed (maps live on the input grid).
 */
public final class VoxelMapSettings {
    /** Which definitions the GLCM maps follow. */
    public enum Convention {
        /** IBSI features of the merged 3D matrix of each kernel (IBSI aggregation {@code 3D:mrg}); the other
         * families use their IBSI 3D aggregation ({@code 3D:mrg} or {@code 3D}). */
        IBSI,
        /** PyRadiomics classes: glcm features per direction, averaged over the directions that have
         * co-occurrences, Ng and the list of grey levels those of the whole ROI, as in PyRadiomics' voxel-based mode;
         * firstorder, gldm, glrlm, glszm and ngtdm computed on each kernel with the ROI-wide grey levels. */
        PYRADIOMICS;

        /** The definitions' real differences, as data. */
        public org.gliomaradiomics.features.Convention rules() {
            return this == IBSI ? org.gliomaradiomics.features.Convention.IBSI : org.gliomaradiomics.features.Convention.PYRADIOMICS;
        }
    }

    /** Families whose maps can be computed under {@link Convention#IBSI}, in output order. */
    public static final List<String> IBSI_FAMILIES = List.of("intensity_statistics", "intensity_histogram",
        "glcm", "glrlm", "glszm", "gldzm", "ngtdm", "ngldm");
    /** Feature classes whose maps can be computed under {@link Convention#PYRADIOMICS}, in output order. */
    public static final List<String> PYRADIOMICS_FAMILIES = List.of("firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");

    /** Kernel radius R in voxels: the kernel is the (2R+1)^3 cube around each voxel. */
    public int kernelRadius = 1;
    public Convention convention = Convention.IBSI;
    /** Families to map: IBSI family names ({@link #IBSI_FAMILIES}) or PyRadiomics class names
     * ({@link #PYRADIOMICS_FAMILIES}), depending on the convention. */
    public Set<String> families = new LinkedHashSet<>(List.of("glcm"));
    /** Feature names to keep (empty: all features of the enabled families). */
    public Set<String> features = new LinkedHashSet<>();
    /** Per family, the feature names to keep (a family absent here keeps all of its features that {@link #features}
     * allows): PyRadiomics' {@code featureClass: {glcm: [Contrast]}}. */
    public Map<String, Set<String>> familyFeatures = new LinkedHashMap<>();
    /** Image type prefix of the map names ({@code original}, {@code wavelet-LLH}, ...). */
    public String imageType = "original";
    /** Discretisation, re-segmentation and texture settings (distance, symmetry, NGLDM alpha). Under
     * {@link Convention#PYRADIOMICS} with fixed bin size and no explicit lower bound, the lower bound is the ROI
     * minimum floored to a multiple of the bin width, as PyRadiomics bins. */
    public ExtractionSettings extraction = new ExtractionSettings();
    /** PyRadiomics settings of the maps under {@link Convention#PYRADIOMICS}: voxelArrayShift (firstorder Energy,
     * TotalEnergy, RootMeanSquared) and the gldm, glrlm, glszm and ngtdm settings (gldm_a, weightingNorm, force2D, ...);
     * read only. */
    public PyRadiomicsSettings pyradiomics = PyRadiomicsSettings.defaults();

    /** Whether the map of this family's feature is wanted. */
    public boolean wanted(String family, String feature) {
        Set<String> only = familyFeatures.get(family);
        return (features.isEmpty() || features.contains(feature)) && (only == null || only.contains(feature));
    }

    /** The families this convention can map, in output order. */
    public List<String> supportedFamilies() {
        return convention == Convention.PYRADIOMICS ? PYRADIOMICS_FAMILIES : IBSI_FAMILIES;
    }

    public VoxelMapSettings copy() {
        VoxelMapSettings c = new VoxelMapSettings();
        c.kernelRadius = kernelRadius;
        c.convention = convention;
        c.families = new LinkedHashSet<>(families);
        c.features = new LinkedHashSet<>(features);
        c.familyFeatures = new LinkedHashMap<>();
        familyFeatures.forEach((family, names) -> c.familyFeatures.put(family, new LinkedHashSet<>(names)));
        c.imageType = imageType;
        c.extraction = extraction.copy();
        c.pyradiomics = pyradiomics;
        return c;
    }
}
