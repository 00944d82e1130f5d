package org.gliomaradiomics.features.voxel;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.features.DerivedImages;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.IbsiImageTypes;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsExtractor;
import org.gliomaradiomics.image.Volume;

/**
 * Voxel-wise maps of every image type a parameter file enables, each map named
 * {@code <image_type>_<family>_<feature>} on the input grid: PyRadiomics' image types (Original, LoG, Wavelet, ...)
 * pre-processed as its extractor does (normalisation, re-segmentation), or IBSI mode's Original and filter responses.
 * Maps are handed to {@code sink} one at a time, each in float storage; as with
 * {@link VoxelFeatureMaps#computeEach} a volume may be overwritten by the next map once {@code sink} returns, so a
 * sink that keeps a map copies it ({@link Volume#copy}).
 */
public final class ImageTypeVoxelMaps {
    private ImageTypeVoxelMaps() {}

    /**
     * PyRadiomics conventions.
     * @param base kernel radius, families and feature selection (convention PYRADIOMICS); {@code base.pyradiomics()} is
     *             the parameter file's settings (image types, classes, binning), the ROI its label
     */
    public static void pyRadiomics(Volume image, Volume mask, VoxelMapSettings base, DoubleConsumer progress,
                                   BiConsumer<String, Volume> sink) {
        List<PyRadiomicsExtractor.BoxImage> types = new PyRadiomicsExtractor().boxImages(image, mask, base.pyradiomics());
        for (int k = 0; k < types.size(); k++) {
            PyRadiomicsExtractor.BoxImage t = types.get(k);
            ExtractionSettings.Builder binning = base.extraction().toBuilder();
            if (t.settings().binCount() != null) {
                binning.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER).binCount(t.settings().binCount());
            } else {
                binning.discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE).binWidth(t.settings().binWidth());
            }
            VoxelMapSettings s = base.toBuilder().imageType(t.name()).pyradiomics(t.settings()).extraction(binning.build()).build();
            VoxelFeatureMaps.computeEach(t.image(), t.roi(), 1, s, part(progress, k, types.size()), image.geometry(), t.offset(), sink);
        }
    }

    /**
     * IBSI conventions: the original image (if {@code types.original()}) with {@code base}, then each filter's response
     * with its own feature settings.
     * @throws IllegalArgumentException for filtered types with re-segmentation (IBSI re-segments on the original
     *         intensities, which the response maps do not carry)
     */
    public static void ibsi(Volume image, Volume mask, int label, IbsiImageTypes types, VoxelMapSettings base, DoubleConsumer progress,
                            BiConsumer<String, Volume> sink) {
        int n = (types.original() ? 1 : 0) + types.filtered().size();
        if (!types.filtered().isEmpty() && resegments(base.extraction()))
            throw new IllegalArgumentException("voxel maps of filtered image types cannot use re-segmentation (it applies to the original intensities)");
        int[] k = {0};
        if (types.original()) VoxelFeatureMaps.computeEach(image, mask, label, base, part(progress, k[0]++, n), sink);
        // each response on the input grid, one at a time (the whole image is the region of an IBSI filtered type)
        DerivedImages.forEach(types.filtered(), new DerivedImages.Source(image, mask.maskOf(label)), (f, r) -> {
            VoxelMapSettings s = base.toBuilder().imageType(r.name()).extraction(f.settings()).build();
            VoxelFeatureMaps.computeEach(r.image(), mask, label, s, part(progress, k[0]++, n), sink);
        });
    }

    private static boolean resegments(ExtractionSettings s) {
        return s.resegmentationLower() != Double.NEGATIVE_INFINITY || s.resegmentationUpper() != Double.POSITIVE_INFINITY || !Double.isNaN(s.outlierSigmas());
    }

    /** Progress of part k of n as a fraction of the whole. */
    private static DoubleConsumer part(DoubleConsumer progress, int k, int n) {
        return progress == null ? null : f -> progress.accept((k + f) / n);
    }
}
