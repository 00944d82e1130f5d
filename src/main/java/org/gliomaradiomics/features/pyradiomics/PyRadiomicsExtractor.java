package org.gliomaradiomics.features.pyradiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * Runs PyRadiomics' pipeline on one image and mask (image type "original"): normalise the whole image, resample
 * (or not), bounding box and ROI check, resegment, shape on the un-resegmented mask, then the intensity and
 * texture classes on the image cropped to the ROI box. Keys are {@code original_<class>_<Feature>} in
 * PyRadiomics' order.
 */
public final class PyRadiomicsExtractor {

    public Map<String, Double> extract(Volume image, Volume mask, PyRadiomicsSettings s) {
        Geometry g = image.geometry();
        double[] labels = mask.voxels();
        if (!g.sameGrid(mask.geometry(), s.geometryTolerance())) {
            if (!s.correctMask())
                throw new IllegalArgumentException("mask grid differs from image grid (" + g.describeDifference(mask.geometry()) + "); set correctMask to resample the mask");
            labels = Resampler.nearestOnto(mask, g);
        }
        double[] img = image.voxels();
        DataType type = image.type();
        if (s.normalize()) {
            img = IntensityPreprocessing.normalize(img, s.normalizeScale(), s.removeOutliers());
            type = DataType.FLOAT64;
        }
        boolean[] roi = new boolean[labels.length];
        for (int i = 0; i < roi.length; i++) roi[i] = labels[i] == s.label();
        if (s.resampledPixelSpacing() != null && s.interpolator() != null) {
            Resampler.Result r = Resampler.resample(img, type, roi, g, s.resampledPixelSpacing(), s.padDistance(), s.interpolator());
            img = r.image;
            roi = r.mask;
            g = r.geometry;
        }
        BoundingBox box = new BoundingBox(roi, g.nx, g.ny, g.nz);
        box.check(s.minimumROIDimensions(), s.minimumROISize(), s.label());
        boolean[] shapeMask = roi;
        BoundingBox shapeBox = box;
        if (s.resegmentRange() != null) {
            roi = IntensityPreprocessing.resegment(img, roi, s.resegmentRange(), s.resegmentMode());
            box = new BoundingBox(roi, g.nx, g.ny, g.nz);
            box.check(s.minimumROIDimensions(), s.minimumROISize(), s.label());
            if (s.resegmentShape()) { shapeMask = roi; shapeBox = box; }
        }
        double[] spacing = g.spacing();
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, List<String>> classes = s.enabledClasses();
        Roi shapeRoi = null;
        if (classes.containsKey("shape") || classes.containsKey("shape2D")) shapeRoi = Roi.crop(img, shapeMask, g.nx, g.ny, shapeBox, spacing);
        Roi cropped = Roi.crop(img, roi, g.nx, g.ny, box, spacing);
        Discretization levels = null;
        for (Map.Entry<String, List<String>> c : classes.entrySet()) {
            String name = c.getKey();
            if (!name.startsWith("shape") && levels == null) levels = Discretization.of(cropped, s);
            FeatureMap f;
            switch (name) {
                case "shape": f = ShapeFeatures.compute(shapeRoi); break;
                case "shape2D":
                    if (!s.force2D()) throw new IllegalArgumentException("shape2D needs force2D for a 3D image");
                    f = Shape2DFeatures.compute(shapeRoi, s.force2Ddimension());
                    break;
                case "firstorder": f = FirstOrderFeatures.compute(cropped, levels, s.voxelArrayShift()); break;
                case "glcm": f = GlcmFeatures.compute(cropped, levels, s); break;
                case "glrlm": f = GlrlmFeatures.compute(cropped, levels, s); break;
                case "glszm": f = GlszmFeatures.compute(cropped, levels, s); break;
                case "gldm": f = GldmFeatures.compute(cropped, levels, s); break;
                case "ngtdm": f = NgtdmFeatures.compute(cropped, levels, s); break;
                default: throw new IllegalArgumentException("unknown feature class " + name);
            }
            f.emit(c.getValue(), out);
        }
        return out;
    }
}
