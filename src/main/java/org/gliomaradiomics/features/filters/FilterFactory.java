package org.gliomaradiomics.features.filters;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a filter from named parameters, as read from a YAML map or command options. Keys (snake_case):
 * <pre>
 * type: mean | log | laws | gabor | wavelet | simoncelli | riesz   (required)
 * dimensionality: 2D | 3D            (mean, log, laws, wavelet, simoncelli, riesz; 2D = each axial slice)
 * padding: zero | nearest | periodic | mirror        (required)
 * mean:    support (odd, voxels)
 * log:     sigma_mm, truncation (sigmas, default 4)
 * laws:    kernel (e.g. E5L5S5), rotation_invariance (default false), pooling (max | average, default max),
 *          energy_delta (voxels; absent = no energy map)
 * gabor:   sigma_mm, lambda_mm, gamma, theta_deg (default 0), theta_step_deg (absent = no rotation invariance),
 *          pooling (default average), orthogonal_planes (default false)
 * wavelet: wavelet (haar, db1-db8, sym2-sym8, coif1-coif5), map (e.g. LHL, first letter x), level (default 1),
 *          rotation_invariance (default false), pooling (default average)
 * simoncelli: level (default 1; level j keeps the band (pi / 2^(j+1), pi / 2^(j-1)] radians per voxel)
 * riesz:   riesz_order (required): the Riesz transform of the image itself
 * riesz_order: [l1, l2, l3] (3D) or [l1, l2] (2D), non-negative integers (a list or "1,0,0"); also accepted by
 *          log and simoncelli, where it turns the filter into its Riesz transform (e.g. type: log, sigma_mm: 2,
 *          riesz_order: [1, 0, 0] is the first-order Riesz-LoG along x), computed in the Fourier domain;
 *          the response is the real part
 * </pre>
 * Unknown keys are an error.
 */
public final class FilterFactory {
    private FilterFactory() {}

    public static ImageFilter create(Map<String, ?> spec) {
        Params p = new Params(spec);
        String type = p.string("type").toLowerCase(Locale.ROOT);
        Padding padding = Padding.parse(p.string("padding"));
        ImageFilter f;
        switch (type) {
            case "mean":
                f = new MeanFilter(p.integer("support"), p.dimensionality(), padding);
                break;
            case "log":
                f = withRiesz(p, new LaplacianOfGaussianFilter(p.number("sigma_mm"), p.number("truncation", 4), p.dimensionality(), padding));
                break;
            case "laws":
                f = new LawsFilter(p.string("kernel"), p.dimensionality(), padding, p.bool("rotation_invariance", false),
                    Pooling.parse(p.string("pooling", "max")), p.has("energy_delta") ? p.integer("energy_delta") : -1);
                break;
            case "gabor":
                if (p.has("dimensionality") && p.dimensionality() != Dimensionality.TWO_D)
                    throw new IllegalArgumentException("Gabor kernels are 2D: use orthogonal_planes: true for a 3D response");
                f = new GaborFilter(p.number("sigma_mm"), p.number("lambda_mm"), p.number("gamma"),
                    Math.toRadians(p.number("theta_deg", 0)), Math.toRadians(p.number("theta_step_deg", 0)),
                    Pooling.parse(p.string("pooling", "average")), p.bool("orthogonal_planes", false), padding);
                break;
            case "wavelet":
                f = new WaveletFilter(p.string("wavelet"), p.string("map"), p.integer("level", 1), p.dimensionality(), padding,
                    p.bool("rotation_invariance", false), Pooling.parse(p.string("pooling", "average")));
                break;
            case "simoncelli":
                f = withRiesz(p, new SimoncelliFilter(p.integer("level", 1), p.dimensionality(), padding));
                break;
            case "riesz":
                f = new RieszFilter(p.integers("riesz_order"), p.dimensionality(), padding);
                break;
            default:
                throw new IllegalArgumentException("unknown filter type '" + type + "' (expected mean, log, laws, gabor, wavelet, simoncelli or riesz)");
        }
        p.requireAllUsed(type);
        return f;
    }

    /** The Riesz transform of {@code base} if the spec has riesz_order, else {@code base}. */
    private static <F extends ImageFilter & FrequencyResponse> ImageFilter withRiesz(Params p, F base) {
        return p.has("riesz_order") ? new RieszFilter(p.integers("riesz_order"), base) : base;
    }

    /** Typed access to the map, remembering which keys were read. */
    private static final class Params {
        private final Map<String, ?> map;
        private final Set<String> used = new HashSet<>();

        Params(Map<String, ?> map) {
            this.map = new LinkedHashMap<>(map);
        }

        boolean has(String key) {
            return map.containsKey(key);
        }

        private Object raw(String key) {
            used.add(key);
            Object v = map.get(key);
            if (v == null) throw new IllegalArgumentException("filter parameter '" + key + "' is missing");
            return v;
        }

        String string(String key) {
            return raw(key).toString();
        }

        String string(String key, String dflt) {
            return has(key) ? string(key) : dflt;
        }

        double number(String key) {
            Object v = raw(key);
            if (v instanceof Number) return ((Number) v).doubleValue();
            try {
                return Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("filter parameter '" + key + "' must be a number, got '" + v + "'");
            }
        }

        double number(String key, double dflt) {
            return has(key) ? number(key) : dflt;
        }

        int integer(String key) {
            double d = number(key);
            if (d != Math.rint(d)) throw new IllegalArgumentException("filter parameter '" + key + "' must be an integer, got " + d);
            return (int) d;
        }

        int integer(String key, int dflt) {
            return has(key) ? integer(key) : dflt;
        }

        /** A list of integers: a YAML sequence, or a string such as "1,0,0" or "[1, 0, 0]". */
        int[] integers(String key) {
            Object v = raw(key);
            List<?> items = v instanceof List ? (List<?>) v
                : List.of(v.toString().replaceAll("[\\[\\]()\\s]", "").split(",", -1));
            int[] out = new int[items.size()];
            for (int i = 0; i < out.length; i++) {
                Object item = items.get(i);
                double d;
                try {
                    d = item instanceof Number ? ((Number) item).doubleValue() : Double.parseDouble(item.toString().trim());
                } catch (NumberFormatException e) {
                    d = Double.NaN;
                }
                if (d != Math.rint(d))
                    throw new IllegalArgumentException("filter parameter '" + key + "' must be a list of integers, got '" + v + "'");
                out[i] = (int) d;
            }
            return out;
        }

        boolean bool(String key, boolean dflt) {
            if (!has(key)) return dflt;
            Object v = raw(key);
            if (v instanceof Boolean) return (Boolean) v;
            String s = v.toString().trim().toLowerCase(Locale.ROOT);
            if (List.of("true", "yes", "1").contains(s)) return true;
            if (List.of("false", "no", "0").contains(s)) return false;
            throw new IllegalArgumentException("filter parameter '" + key + "' must be true or false, got '" + v + "'");
        }

        Dimensionality dimensionality() {
            return Dimensionality.parse(string("dimensionality"));
        }

        void requireAllUsed(String type) {
            for (String k : map.keySet())
                if (!used.contains(k)) throw new IllegalArgumentException("unknown parameter '" + k + "' for filter type " + type);
        }
    }
}
