package org.gliomaradiomics.filters;

import static org.gliomaradiomics.settings.Setting.Scope.IBSI;
import static org.gliomaradiomics.settings.Setting.Type.BOOLEAN;
import static org.gliomaradiomics.settings.Setting.Type.INTEGER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBERS;
import static org.gliomaradiomics.settings.Setting.Type.POSITIVE;
import static org.gliomaradiomics.settings.Setting.Type.TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gliomaradiomics.settings.Setting;

/**
 * The keys of each filter type, declared once (key, type, default, doc): {@link FilterFactory} refuses any other key
 * with the list of allowed ones, and reads no key that is not declared here; the README's table of filter keys is
 * checked against this ({@code FilterSchemaTest}). Keys are written snake_case as in the {@code filter} command's
 * file; {@link #ALIASES} are the PyRadiomics-style spellings accepted in {@code imageType}.
 */
public final class FilterSchema {
    private FilterSchema() {}

    /** Accepted spellings of keys: alias to key. */
    public static final Map<String, String> ALIASES = Map.of("sigma", "sigma_mm", "maps", "map");

    private static final Setting TYPE = key("type", TEXT, "", "the filter: mean, log, laws, gabor, wavelet, simoncelli or riesz (any case)");
    private static final Setting PADDING = key("padding", TEXT, "mirror", "border extension: zero, nearest, periodic or mirror");
    private static final Setting DIMENSIONALITY = key("dimensionality", TEXT, "3D", "3D, or 2D (each axial slice on its own)");
    private static final Setting RIESZ_ORDER = key("riesz_order", NUMBERS, "",
        "[l1, l2, l3] (3D) or [l1, l2] (2D): the Riesz transform of the filter's response, in the Fourier domain (real part)");
    private static final Setting ROTATION_INVARIANCE = key("rotation_invariance", BOOLEAN, "false", "pool the responses of the 24 right-angle rotations");
    private static final Setting SIGMA = key("sigma_mm", POSITIVE, "", "Gaussian scale in mm (alias sigma); a list makes one filter per value");

    /** Filter type (lower case) to its keys, the common ones first. */
    public static final Map<String, List<Setting>> FILTERS = filters();

    private static Map<String, List<Setting>> filters() {
        Map<String, List<Setting>> m = new LinkedHashMap<>();
        m.put("mean", common(key("support", INTEGER, "", "odd side of the cube in voxels; a list makes one filter per value")));
        m.put("log", common(SIGMA, key("truncation", POSITIVE, "4", "kernel half-width in sigmas"), RIESZ_ORDER));
        m.put("laws", common(key("kernel", TEXT, "", "e.g. E5L5S5 (first letter x); a list makes one filter per kernel"), ROTATION_INVARIANCE,
            key("pooling", TEXT, "max", "rotation pooling: max or average"),
            key("energy_delta", INTEGER, "", "half-width in voxels of the energy map (absent: no energy map)")));
        m.put("gabor", common(SIGMA, key("lambda_mm", POSITIVE, "", "wavelength in mm"), key("gamma", POSITIVE, "", "spatial aspect ratio"),
            key("theta_deg", NUMBER, "0", "orientation in degrees"),
            key("theta_step_deg", NUMBER, "", "orientation step of rotation invariance (absent: one orientation)"),
            key("pooling", TEXT, "average", "orientation pooling: max or average"),
            key("orthogonal_planes", BOOLEAN, "false", "average the responses in the three orthogonal planes (a 3D response)")));
        m.put("wavelet", common(key("wavelet", TEXT, "coif1", "haar, db1-db8, sym2-sym8 or coif1-coif5"),
            key("map", TEXT, "", "e.g. LHL, first letter x (alias maps); a list makes one filter per map; absent: every map"),
            key("level", INTEGER, "1", "decomposition level"), ROTATION_INVARIANCE,
            key("pooling", TEXT, "average", "rotation pooling: max or average")));
        m.put("simoncelli", common(key("level", INTEGER, "1", "band (pi / 2^(level+1), pi / 2^(level-1)] radians per voxel; a list makes one filter per level"),
            RIESZ_ORDER));
        m.put("riesz", common(key("riesz_order", NUMBERS, "", "[l1, l2, l3] or [l1, l2]: the Riesz transform of the image itself (required); a list of orders makes one filter per order")));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The keys of a filter type, or empty for an unknown type. */
    public static Optional<List<Setting>> keys(String type) {
        return Optional.ofNullable(FILTERS.get(type));
    }

    /** The declared key of a filter type, if any. */
    public static Optional<Setting> key(String type, String key) {
        return keys(type).flatMap(ks -> ks.stream().filter(s -> s.key().equals(key)).findFirst());
    }

    /** The allowed keys of a type as a message lists them ({@code type, padding, …}). */
    static String allowed(String type) {
        return String.join(", ", keys(type).orElse(List.of()).stream().map(Setting::key).toList());
    }

    private static List<Setting> common(Setting... own) {
        List<Setting> out = new ArrayList<>(List.of(TYPE, PADDING, DIMENSIONALITY));
        out.addAll(List.of(own));
        return List.copyOf(out);
    }

    private static Setting key(String key, Setting.Type type, String dflt, String doc) {
        return new Setting(key, type, dflt, IBSI, doc);
    }
}
