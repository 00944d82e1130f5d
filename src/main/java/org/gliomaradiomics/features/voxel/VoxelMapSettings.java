package org.gliomaradiomics.features.voxel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;

/**
 * Choices of a voxel-wise feature map computation, immutable: build them with {@link #builder()} or change a copy
 * with {@link #toBuilder()}. Discretisation (and re-segmentation) come from {@link #extraction}, applied once over the
 * whole ROI; resampling is not allowed (maps live on the input grid).
 *
 * @param kernelRadius kernel radius R in voxels: the kernel is the (2R+1)^3 cube around each voxel
 * @param families families to map: IBSI family names ({@link #IBSI_FAMILIES}) or PyRadiomics class names
 *     ({@link #PYRADIOMICS_FAMILIES}), depending on the convention
 * @param features feature names to keep (empty: all features of the enabled families)
 * @param familyFeatures per family, the feature names to keep (a family absent here keeps all of its features that
 *     {@link #features} allows): PyRadiomics' {@code featureClass: {glcm: [Contrast]}}
 * @param imageType image type prefix of the map names ({@code original}, {@code wavelet-LLH}, ...)
 * @param extraction discretisation, re-segmentation and texture settings (distance, symmetry, NGLDM alpha). Under
 *     {@link Convention#PYRADIOMICS} with fixed bin size and no explicit lower bound, the lower bound is the ROI
 *     minimum floored to a multiple of the bin width, as PyRadiomics bins.
 * @param pyradiomics PyRadiomics settings of the maps under {@link Convention#PYRADIOMICS}: voxelArrayShift
 *     (firstorder Energy, TotalEnergy, RootMeanSquared) and the gldm, glrlm, glszm and ngtdm settings (gldm_a,
 *     weightingNorm, force2D, ...); read only.
 */
public record VoxelMapSettings(int kernelRadius, Convention convention, Set<String> families, Set<String> features,
                               Map<String, Set<String>> familyFeatures, String imageType, ExtractionSettings extraction,
                               PyRadiomicsSettings pyradiomics) {
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

    /** Copies the sets and the map in (order kept), so later changes to the caller's collections do not show here. */
    public VoxelMapSettings {
        families = frozen(families);
        features = frozen(features);
        Map<String, Set<String>> perFamily = new LinkedHashMap<>();
        familyFeatures.forEach((family, names) -> perFamily.put(family, frozen(names)));
        familyFeatures = Collections.unmodifiableMap(perFamily);
    }

    private static Set<String> frozen(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Whether the map of this family's feature is wanted. */
    public boolean wanted(String family, String feature) {
        Set<String> only = familyFeatures.get(family);
        return (features.isEmpty() || features.contains(feature)) && (only == null || only.contains(feature));
    }

    /** The families this convention can map, in output order. */
    public List<String> supportedFamilies() {
        return convention == Convention.PYRADIOMICS ? PYRADIOMICS_FAMILIES : IBSI_FAMILIES;
    }

    /** The defaults: radius 1, IBSI, the glcm family, every feature, image type original, default extraction. */
    public static VoxelMapSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kernelRadius = kernelRadius;
        b.convention = convention;
        b.families = families;
        b.features = features;
        b.familyFeatures = familyFeatures;
        b.imageType = imageType;
        b.extraction = extraction;
        b.pyradiomics = pyradiomics;
        return b;
    }

    /** Mutable holder of the settings being built, with the defaults; one setter per component. */
    public static final class Builder {
        private int kernelRadius = 1;
        private Convention convention = Convention.IBSI;
        private Set<String> families = Set.of("glcm");
        private Set<String> features = Set.of();
        private Map<String, Set<String>> familyFeatures = Map.of();
        private String imageType = "original";
        private ExtractionSettings extraction = ExtractionSettings.defaults();
        private PyRadiomicsSettings pyradiomics = PyRadiomicsSettings.defaults();

        private Builder() {}

        public VoxelMapSettings build() {
            return new VoxelMapSettings(kernelRadius, convention, families, features, familyFeatures, imageType, extraction, pyradiomics);
        }

        public Builder kernelRadius(int v) { kernelRadius = v; return this; }
        public Builder convention(Convention v) { convention = v; return this; }
        public Builder families(Set<String> v) { families = v; return this; }
        public Builder features(Set<String> v) { features = v; return this; }
        public Builder familyFeatures(Map<String, Set<String>> v) { familyFeatures = v; return this; }
        public Builder imageType(String v) { imageType = v; return this; }
        public Builder extraction(ExtractionSettings v) { extraction = v; return this; }
        public Builder pyradiomics(PyRadiomicsSettings v) { pyradiomics = v; return this; }
    }
}
