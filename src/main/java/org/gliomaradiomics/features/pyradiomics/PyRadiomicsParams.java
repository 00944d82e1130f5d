package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a PyRadiomics parameter file (already parsed YAML: imageType, featureClass, setting) into settings.
 * Keys are spelled as in PyRadiomics; an unknown key is an error. Image types: Original, LoG, Wavelet, Square,
 * SquareRoot, Logarithm, Exponential, Gradient, LBP2D, LBP3D, each with optional settings of its own over the general ones. */
public final class PyRadiomicsParams {
    private PyRadiomicsParams() {}

    /**
     * @throws IllegalArgumentException naming every problem of the file, separated by "; "
     */
    public static PyRadiomicsSettings fromYaml(Map<String, ?> yaml) {
        Set<String> problems = new LinkedHashSet<>();
        for (String key : yaml.keySet())
            if (!List.of("imageType", "featureClass", "setting").contains(key))
                problems.add("unknown top-level key '" + key + "' (known: imageType, featureClass, setting)");
        Map<String, ?> general = yaml.get("setting") == null ? Map.of() : map(yaml.get("setting"), "setting", problems);
        PyRadiomicsSettings s = build(general, yaml.get("featureClass"), "", problems);
        Object types = yaml.get("imageType");
        if (types != null) {
            if (map(types, "imageType", problems).isEmpty()) s.noImageTypes();
            for (Map.Entry<String, ?> t : map(types, "imageType", problems).entrySet()) {
                // PyRadiomics: the general settings, then the image type's own on top (filter and feature settings alike)
                Map<String, Object> own = t.getValue() == null ? Map.of() : new LinkedHashMap<>(map(t.getValue(), "imageType." + t.getKey(), problems));
                Map<String, Object> merged = new LinkedHashMap<>(general);
                merged.putAll(own);
                Set<String> typeProblems = new LinkedHashSet<>();
                PyRadiomicsSettings typed = build(merged, yaml.get("featureClass"), "imageType " + t.getKey() + ": ", typeProblems);
                // the general settings' problems are reported once, under setting
                for (String problem : typeProblems) if (!problems.contains(problem.substring(("imageType " + t.getKey() + ": ").length()))) problems.add(problem);
                try {
                    s.imageType(t.getKey(), typed);
                } catch (IllegalArgumentException e) {
                    problems.add("imageType " + t.getKey() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return s;
    }

    private static PyRadiomicsSettings build(Map<String, ?> settings, Object classes, String where, Set<String> problems) {
        PyRadiomicsSettings s = new PyRadiomicsSettings();
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            try {
                setting(e.getKey(), e.getValue(), s);
            } catch (IllegalArgumentException ex) {
                problems.add(where + ex.getMessage());
            }
        }
        if (classes == null) {
            for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) s.enableClass(c);
        } else {
            for (Map.Entry<String, ?> c : map(classes, "featureClass", problems).entrySet()) {
                List<String> names = new ArrayList<>();
                if (c.getValue() instanceof List) for (Object o : (List<?>) c.getValue()) names.add(String.valueOf(o));
                else if (c.getValue() != null) {
                    problems.add("featureClass " + c.getKey() + " must map to a list of feature names or nothing");
                    continue;
                }
                try {
                    s.enableClass(c.getKey(), names.toArray(new String[0]));
                } catch (IllegalArgumentException ex) {
                    problems.add(ex.getMessage());
                }
            }
        }
        return s;
    }

    /** LoG sigmas, each with the text Python's str() gives it (an integer stays "2", a float is "2.0"). */
    private static void sigma(Object v, PyRadiomicsSettings s) {
        List<?> l = v instanceof List ? (List<?>) v : v == null ? List.of() : List.of(v);
        double[] mm = new double[l.size()];
        String[] labels = new String[l.size()];
        for (int i = 0; i < mm.length; i++) {
            mm[i] = num("sigma", l.get(i));
            labels[i] = l.get(i) instanceof Double || l.get(i) instanceof Float ? Double.toString(mm[i]) : String.valueOf(l.get(i));
        }
        s.sigma(mm, labels);
    }

    private static void setting(String k, Object v, PyRadiomicsSettings s) {
        {
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
                case "sigma": sigma(v, s); break;
                case "wavelet": s.wavelet(String.valueOf(v)); break;
                case "start_level": s.startLevel((int) num(k, v)); break;
                case "level": s.level((int) num(k, v)); break;
                case "gradientUseSpacing": s.gradientUseSpacing(bool(k, v)); break;
                case "additionalInfo": case "label_channel": break; // no effect on values of scalar images
                case "lbp2DRadius": s.lbp2DRadius(num(k, v)); break;
                case "lbp2DSamples": s.lbp2DSamples((int) num(k, v)); break;
                case "lbp2DMethod": s.lbp2DMethod(String.valueOf(v)); break;
                case "lbp3DLevels": s.lbp3DLevels(integer(k, v)); break;
                case "lbp3DIcosphereRadius": s.lbp3DIcosphereRadius(num(k, v)); break;
                case "lbp3DIcosphereSubdivision": s.lbp3DIcosphereSubdivision(integer(k, v)); break;
                default: throw new IllegalArgumentException("unknown setting '" + k + "'");
            }
        }
    }

    private static Map<String, ?> map(Object v, String key, Set<String> problems) {
        if (!(v instanceof Map)) {
            problems.add("'" + key + "' must be a mapping, got " + v);
            return Map.of();
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>(); // YAML keys may be numbers or lists: names here
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), e.getValue());
        return out;
    }

    private static double num(String k, Object v) {
        if (!(v instanceof Number)) throw new IllegalArgumentException("setting '" + k + "' must be a number, got " + v);
        return ((Number) v).doubleValue();
    }

    private static int integer(String k, Object v) {
        double d = num(k, v);
        if (d != Math.rint(d)) throw new IllegalArgumentException("setting '" + k + "' must be a whole number, got " + v);
        return (int) d;
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
