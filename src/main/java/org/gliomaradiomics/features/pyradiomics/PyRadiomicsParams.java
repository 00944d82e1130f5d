package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a PyRadiomics parameter file (already parsed YAML: imageType, featureClass, setting) into settings.
 * Keys are spelled as in PyRadiomics; an unknown key is an error. Only the Original image type is supported. */
public final class PyRadiomicsParams {
    private PyRadiomicsParams() {}

    public static PyRadiomicsSettings fromYaml(Map<String, ?> yaml) {
        PyRadiomicsSettings s = new PyRadiomicsSettings();
        for (Map.Entry<String, ?> e : yaml.entrySet()) {
            switch (e.getKey()) {
                case "imageType": imageTypes(e.getValue()); break;
                case "featureClass": break;
                case "setting": settings(map(e.getValue(), "setting"), s); break;
                default: throw new IllegalArgumentException("unknown top-level key '" + e.getKey() + "' (known: imageType, featureClass, setting)");
            }
        }
        Object classes = yaml.get("featureClass");
        if (classes == null) {
            for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) s.enableClass(c);
        } else {
            for (Map.Entry<String, ?> c : map(classes, "featureClass").entrySet()) {
                List<String> names = new ArrayList<>();
                if (c.getValue() instanceof List) for (Object o : (List<?>) c.getValue()) names.add(String.valueOf(o));
                else if (c.getValue() != null) throw new IllegalArgumentException("featureClass " + c.getKey() + " must map to a list of feature names or nothing");
                s.enableClass(c.getKey(), names.toArray(new String[0]));
            }
        }
        return s;
    }

    private static void imageTypes(Object value) {
        if (value == null) return;
        for (String t : map(value, "imageType").keySet())
            if (!t.equals("Original")) throw new IllegalArgumentException("image type '" + t + "' is not supported (only Original)");
    }

    private static void settings(Map<String, ?> m, PyRadiomicsSettings s) {
        for (Map.Entry<String, ?> e : m.entrySet()) {
            Object v = e.getValue();
            String k = e.getKey();
            switch (k) {
                case "binWidth": s.binWidth(num(k, v)); break;
                case "binCount": s.binCount(v == null ? null : (int) num(k, v)); break;
                case "voxelArrayShift": s.voxelArrayShift(num(k, v)); break;
                case "normalize": s.normalize(bool(k, v)); break;
                case "normalizeScale": s.normalizeScale(num(k, v)); break;
                case "removeOutliers": s.removeOutliers(v == null ? null : num(k, v)); break;
                case "resampledPixelSpacing": s.resampledPixelSpacing(v == null ? null : nums(k, v)); break;
                case "interpolator": s.interpolator(v == null ? null : String.valueOf(v)); break;
                case "padDistance": s.padDistance((int) num(k, v)); break;
                case "preCrop": s.preCrop(bool(k, v)); break;
                case "resegmentRange": s.resegmentRange(v == null ? null : nums(k, v)); break;
                case "resegmentMode": s.resegmentMode(PyRadiomicsSettings.ResegmentMode.valueOf(String.valueOf(v).toUpperCase())); break;
                case "resegmentShape": s.resegmentShape(bool(k, v)); break;
                case "label": s.label((int) num(k, v)); break;
                case "minimumROIDimensions": s.minimumROIDimensions((int) num(k, v)); break;
                case "minimumROISize": s.minimumROISize(v == null ? null : (int) num(k, v)); break;
                case "force2D": s.force2D(bool(k, v)); break;
                case "force2Ddimension": s.force2Ddimension((int) num(k, v)); break;
                case "distances": {
                    double[] d = nums(k, v);
                    int[] di = new int[d.length];
                    for (int i = 0; i < d.length; i++) di[i] = (int) d[i];
                    s.distances(di);
                    break;
                }
                case "symmetricalGLCM": s.symmetricalGLCM(bool(k, v)); break;
                case "weightingNorm": s.weightingNorm(v == null ? null : PyRadiomicsSettings.WeightingNorm.valueOf(String.valueOf(v).toUpperCase())); break;
                case "gldm_a": s.gldmA(num(k, v)); break;
                case "correctMask": s.correctMask(bool(k, v)); break;
                case "geometryTolerance": if (v != null) s.geometryTolerance(num(k, v)); break;
                case "additionalInfo": case "label_channel": break; // no effect on values of scalar images
                default: throw new IllegalArgumentException("unknown setting '" + k + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object v, String key) {
        if (!(v instanceof Map)) throw new IllegalArgumentException("'" + key + "' must be a mapping, got " + v);
        return (Map<String, ?>) v;
    }

    private static double num(String k, Object v) {
        if (!(v instanceof Number)) throw new IllegalArgumentException("setting '" + k + "' must be a number, got " + v);
        return ((Number) v).doubleValue();
    }

    private static boolean bool(String k, Object v) {
        if (!(v instanceof Boolean)) throw new IllegalArgumentException("setting '" + k + "' must be true or false, got " + v);
        return (Boolean) v;
    }

    private static double[] nums(String k, Object v) {
        if (!(v instanceof List)) throw new IllegalArgumentException("setting '" + k + "' must be a list of numbers, got " + v);
        List<?> l = (List<?>) v;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = num(k, l.get(i));
        return out;
    }
}
