package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.DerivedImages;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.features.PyRadiomicsTextures;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.features.RoiPreparation;
import org.gliomaradiomics.preprocess.Discretiser;
import org.gliomaradiomics.preprocess.ImageWarper;
import org.gliomaradiomics.preprocess.Resampler;

/**
 * Runs PyRadiomics' pipeline on one image and mask: normalise the whole image, resample (or not), bounding box and
 * ROI check, resegment, shape on the un-resegmented mask, then for every enabled image type (Original and the
 * filtered ones of {@link ImageTypeFilters}) the intensity and texture classes on that image cropped to the ROI
 * box. Keys are {@code <imageType>_<class>_<Feature>} in PyRadiomics' order.
 */
public final class PyRadiomicsExtractor {

    /** The values keyed by wide column name ({@code original_glcm_JointEntropy}), in PyRadiomics' order. */
    public Map<String, Double> extract(Volume image, Volume mask, PyRadiomicsSettings s) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ExtractedFeature f : features(image, mask, s)) out.put(f.wideColumn(), f.value());
        return out;
    }

    /** Every enabled feature of every enabled image type, in PyRadiomics' order. */
    public List<ExtractedFeature> features(Volume image, Volume mask, PyRadiomicsSettings s) {
        Prepared p = prepare(image, mask, s);
        List<ExtractedFeature> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : s.enabledClasses().entrySet()) {
            // shape: on the original image whatever image types are enabled, with the general settings
            if (c.getKey().equals("shape")) ShapeFeatures.compute(p.shapeRoi()).emit(c.getValue(), "original", out);
            else if (c.getKey().equals("shape2D")) {
                if (!s.force2D()) throw new IllegalArgumentException("shape2D needs force2D for a 3D image");
                Shape2DFeatures.compute(p.shapeRoi(), s.force2Ddimension()).emit(c.getValue(), "original", out);
            }
        }
        forEachImageType(p, s, (settings, r) -> intensityAndTexture(r.roi(), r.name(), settings, out));
        return out;
    }

    /**
     * The input of PyRadiomics' voxel-based extraction: every enabled image type (Original and the filtered ones),
     * pre-processed as for {@link #extract} and cropped to the ROI box, with the box's position in the input grid.
     * @throws IllegalArgumentException if the settings resample (maps live on the input grid)
     */
    public List<BoxImage> boxImages(Volume image, Volume mask, PyRadiomicsSettings s) {
        if (s.resampledPixelSpacing() != null && s.interpolator() != null)
            throw new IllegalArgumentException("voxel-based maps are computed on the input grid: remove resampledPixelSpacing (resample the image and mask first)");
        Prepared p = prepare(image, mask, s);
        int[] offset = new int[3];
        for (int a = 0; a < 3; a++) offset[a] = p.offset()[a] + p.box().lo[a];
        List<BoxImage> out = new ArrayList<>();
        forEachImageType(p, s, (settings, r) -> {
            DerivedImages.Source box = DerivedImages.Source.of(r.roi());
            out.add(new BoxImage(r.name(), settings, box.image(), box.mask(), offset));
        });
        return out;
    }

    /** One image type on the ROI box, for voxel-based maps: its name and settings, the box's first voxel in the input grid. */
    public record BoxImage(String name, PyRadiomicsSettings settings, Volume image, Volume roi, int[] offset) {}

    /** Normalised, resampled and re-segmented image (after PyRadiomics' pre-crop), its ROI box, and the shape ROI (null
     * when no shape class is enabled). */
    private record Prepared(double[] img, DataType type, boolean[] roi, Geometry g, RoiBox box, int[] offset, RoiData shapeRoi) {}

    /** Each response of every enabled image type (Original and the filtered ones) with its type's settings. */
    private static void forEachImageType(Prepared p, PyRadiomicsSettings s, BiConsumer<PyRadiomicsSettings, DerivedImages.Response> sink) {
        DerivedImages.Source source = new DerivedImages.Source(new Volume(p.g(), p.img(), p.type()), p.roi(), p.box());
        for (Map.Entry<String, PyRadiomicsSettings> type : s.imageTypes().entrySet())
            DerivedImages.forEach(ImageTypeFilters.of(type.getKey(), type.getValue(), Convention.PYRADIOMICS), source, (t, r) -> sink.accept(type.getValue(), r));
    }

    private static Prepared prepare(Volume image, Volume mask, PyRadiomicsSettings s) {
        Geometry g = image.geometry();
        Volume labels = RoiPreparation.maskOnImageGrid(image, mask, s.geometryTolerance(), s.correctMask(), Convention.PYRADIOMICS);
        boolean resampled = s.resampledPixelSpacing() != null && s.interpolator() != null;
        int[] offset = new int[3];
        double[] img;
        boolean[] roi;
        RoiBox b = RoiBox.ofLabel(labels, s.label());
        if (!s.normalize() && !resampled && s.imageTypes().keySet().stream().allMatch(t -> t.equals("Original")) && b.count > 0) {
            // Nothing reads the image outside the ROI's box: take the box from the stored volumes (short stays short
            // until here) instead of whole-image arrays; positions stay relative to the box (offset).
            img = b.crop(image);
            roi = b.cropLabel(labels, s.label());
            g = g.withSize(b.size(0), b.size(1), b.size(2));
            System.arraycopy(b.lo, 0, offset, 0, 3);
        } else {
            img = image.toDoubleArray();
            roi = labels.maskOf(s.label());
        }
        DataType type = image.type();
        if (s.normalize()) {
            img = IntensityPreprocessing.normalize(img, s.normalizeScale(), s.removeOutliers());
            type = DataType.FLOAT64;
        }
        if (resampled) {
            RoiBox r = RoiPreparation.requireVoxels(b, s.label(), "");
            int pad = s.padDistance();
            boolean[] inRoi = roi;
            Resampler.Resampled on = Resampler.aroundRoi(new Volume(g, img, type), i -> inRoi[i], r.lo, r.hi, s.resampledPixelSpacing(),
                new int[] {pad, pad, pad}, interpolation(s.interpolator()), Convention.PYRADIOMICS.resampling());
            if (on != null) {
                img = on.image().voxels();
                roi = on.roi();
                g = on.image().geometry();
            }
        }
        RoiBox box = new RoiBox(roi, g.nx, g.ny, g.nz);
        check(box, s.minimumROIDimensions(), s.minimumROISize(), s.label());
        boolean[] shapeMask = roi;
        RoiBox shapeBox = box;
        RoiBox maskBox = box;
        if (s.resegmentRange() != null) {
            roi = IntensityPreprocessing.resegment(img, roi, s.resegmentRange(), s.resegmentMode());
            box = new RoiBox(roi, g.nx, g.ny, g.nz);
            check(box, s.minimumROIDimensions(), s.minimumROISize(), s.label());
            if (s.resegmentShape()) { shapeMask = roi; shapeBox = box; }
        }
        double[] spacing = g.spacing();
        boolean shape = s.enabledClasses().containsKey("shape") || s.enabledClasses().containsKey("shape2D");
        int[] dims = {g.nx, g.ny, g.nz};
        RoiData shapeRoi = shape ? RoiData.crop(img, shapeMask, dims, shapeBox, spacing) : null;
        if (s.preCrop() && !resampled && s.imageTypes().keySet().stream().anyMatch(t -> !t.equals("Original"))) {
            // PyRadiomics then filters only the mask's box plus padDistance (clamped to the image), not the whole image
            int pad = s.padDistance();
            RoiBox region = maskBox.grown(new int[] {pad, pad, pad}, dims, false);
            System.arraycopy(region.lo, 0, offset, 0, 3);
            img = region.crop(img, g.nx, g.ny);
            roi = region.crop(roi, g.nx, g.ny);
            dims = region.size();
            g = g.withSize(dims[0], dims[1], dims[2]);
            box = new RoiBox(roi, dims[0], dims[1], dims[2]);
        }
        return new Prepared(img, type, roi, g, box, offset, shapeRoi);
    }

    /** The enabled non-shape classes of one (filtered) image cropped to the ROI box, keys {@code <imageType>_<class>_<Feature>}. */
    private static void intensityAndTexture(RoiData cropped, String imageType, PyRadiomicsSettings s, List<ExtractedFeature> out) {
        RoiData roi = null;
        int levelsPresent = 0;
        for (Map.Entry<String, List<String>> c : s.enabledClasses().entrySet()) {
            String name = c.getKey();
            if (name.startsWith("shape")) continue;
            if (roi == null) {
                Discretiser.Levels levels = Discretiser.numpyEdges(cropped.image, cropped.intensityMask, s.binCount(), s.binWidth());
                roi = cropped.withGreyLevels(levels.levels(), levels.ng());
                levelsPresent = roi.levelsPresent();
            }
            FeatureMap.of(FeatureRegistry.pyradiomicsClass(name), PyRadiomicsTextures.compute(name, roi, s.textureOptions(), levelsPresent))
                .emit(c.getValue(), imageType, out);
        }
    }

    private static ImageWarper.Interpolation interpolation(PyRadiomicsSettings.Interpolator interpolator) {
        return switch (interpolator) {
            case NEAREST -> ImageWarper.Interpolation.NEAREST;
            case LINEAR -> ImageWarper.Interpolation.LINEAR;
            case BSPLINE -> ImageWarper.Interpolation.BSPLINE;
        };
    }

    /** PyRadiomics' checkMask: at least {@code minDims} axes of extent > 1, more than one voxel, optional minimum size. */
    private static void check(RoiBox box, int minDims, Integer minSize, int label) {
        RoiPreparation.requireVoxels(box, label, "");
        int dims = 0;
        for (int a = 0; a < 3; a++) if (box.size(a) > 1) dims++;
        if (dims < minDims) throw new IllegalArgumentException("ROI of label " + label + " spans " + dims + " dimension(s), minimumROIDimensions is " + minDims);
        if (box.count <= 1) throw new IllegalArgumentException("ROI of label " + label + " has only one voxel");
        if (minSize != null && box.count <= minSize) throw new IllegalArgumentException("ROI of label " + label + " has " + box.count + " voxels, minimumROISize is " + minSize);
    }
}
