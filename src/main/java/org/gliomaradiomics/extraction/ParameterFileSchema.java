package org.gliomaradiomics.extraction;

import static org.gliomaradiomics.settings.Setting.Scope.BOTH;
import static org.gliomaradiomics.settings.Setting.Scope.IBSI;
import static org.gliomaradiomics.settings.Setting.Scope.PYRADIOMICS;
import static org.gliomaradiomics.settings.Setting.Type.BOOLEAN;
import static org.gliomaradiomics.settings.Setting.Type.INTEGER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBER;
import static org.gliomaradiomics.settings.Setting.Type.NUMBERS;
import static org.gliomaradiomics.settings.Setting.Type.POSITIVE;
import static org.gliomaradiomics.settings.Setting.Type.TEXT;
import static org.gliomaradiomics.settings.Setting.Type.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;
import org.gliomaradiomics.settings.Setting;

/**
 * The keys of a parameter file's {@code setting} (and {@code voxelSetting}) section, declared once: the shared
 * ones, ours for IBSI-only choices, then PyRadiomics' own documented settings (declared with their PyRadiomics
 * defaults in {@link PyRadiomicsSettings#KEYS}, which its reader uses). {@link ParamsFile} checks values with them and decides the
 * conventions of a file from their scope; the README's parameter table is checked against them
 * ({@code ParameterFileSchemaTest}).
 */
public final class ParameterFileSchema {
    private ParameterFileSchema() {}

    private static final String PY = "PyRadiomics' setting of the same name";

    /** Ours and the shared keys, then PyRadiomics' own ({@link PyRadiomicsSettings#KEYS}: its types and defaults). */
    public static final List<Setting> SETTINGS = withPyRadiomicsKeys(

        new Setting("binWidth", POSITIVE, "25", BOTH, "fixed bin size discretisation: the bin width"),
        new Setting("binCount", INTEGER, "32", BOTH, "fixed bin number discretisation: the number of bins"),
        new Setting("label", INTEGER, "", BOTH, "default region: a label number"),
        new Setting("labels", TEXTS, "", BOTH, "default regions: numbers, all, or WT, TC, ET"),
        new Setting("resampledPixelSpacing", NUMBERS, "", BOTH, "new voxel spacing in mm (no resampling when absent)"),
        new Setting("interpolator", TEXT, "sitkLinear", BOTH, "sitkNearestNeighbor, sitkLinear or sitkBSpline"),
        new Setting("resegmentRange", NUMBERS, "", BOTH, "re-segmentation range, or [-k, k] of the sigma outlier filter"),
        new Setting("resegmentMode", TEXT, "absolute", BOTH, "absolute (a range) or sigma (an outlier filter)"),
        new Setting("distances", NUMBERS, "[1]", BOTH, "texture neighbour distances"),
        new Setting("symmetricalGLCM", BOOLEAN, "true", BOTH, "count co-occurrences both ways"),
        new Setting("force2D", BOOLEAN, "false", BOTH, PY),
        new Setting("conventions", TEXT, "", BOTH, "ibsi or pyradiomics (default: decided by the file's keys)"),
        new Setting("bratsConvention", TEXT, "", BOTH, "accepted for bookkeeping; no effect on feature values"),
        new Setting("threads", INTEGER, "", BOTH, "accepted for compatibility; the thread budget comes from the command"),
        new Setting("discretisation", TEXT, "fixedBinSize", IBSI, "fixedBinSize, fixedBinNumber, or none (integer grey levels used as they are)"),
        new Setting("binLowerBound", NUMBER, "", IBSI, "lower bound of the first bin for fixed bin size (default: re-segmentation minimum, else ROI minimum)"),
        new Setting("aggregation", TEXTS, "[2D, 2.5D, 3D]", IBSI, "texture dimensionalities: 2D, 2.5D, 3D"),
        new Setting("ivhDiscretisation", TEXT, "none", IBSI, "input of the intensity-volume histogram: none, fixedBinSize, fixedBinNumber"),
        new Setting("ivhBinWidth", POSITIVE, "2.5", IBSI, "intensity-volume histogram bin width"),
        new Setting("ivhBinCount", INTEGER, "1000", IBSI, "intensity-volume histogram bin number"),
        new Setting("localIntensityRadius", POSITIVE, "6.2035049089940", IBSI, "local intensity sphere radius in mm (1 cm³)"),
        new Setting("ngldmAlpha", INTEGER, "0", IBSI, "NGLDM coarseness"),
        new Setting("surface", TEXT, "mesh", IBSI, "mesh (IBSI) or smooth (the area of the smoothed surface, not IBSI)"),
        py("enableCExtensions", BOOLEAN), py("kernelRadius", INTEGER), py("maskedKernel", BOOLEAN), py("voxelBatch", INTEGER),
        py("initValue", NUMBER));

    /**
     * Our bookkeeping keys, which PyRadiomics does not know: read by the command layer ({@code conventions},
     * {@code labels}) or accepted and left alone ({@code threads}: the thread budget is the command's, decided once by
     * {@code parallel.Threads.decide}; {@code bratsConvention}: bookkeeping); removed before PyRadiomics' conventions read a file
     * ({@link ParamsFile#pyRadiomicsTree()}) and without effect on IBSI values.
     */
    public static final Set<String> OWN_KEYS = Set.of("conventions", "labels", "threads", "bratsConvention");

    private static final Map<String, Setting> BY_KEY = new LinkedHashMap<>();

    static {
        for (Setting s : SETTINGS) if (BY_KEY.put(s.key(), s) != null) throw new IllegalStateException("declared twice: " + s.key());
    }

    private static List<Setting> withPyRadiomicsKeys(Setting... ours) {
        List<Setting> all = new ArrayList<>(List.of(ours));
        for (Setting py : PyRadiomicsSettings.KEYS)
            if (all.stream().noneMatch(s -> s.key().equals(py.key()))) all.add(py);
        return List.copyOf(all);
    }

    public static Optional<Setting> setting(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static Setting py(String key, Setting.Type type) {
        return new Setting(key, type, "", PYRADIOMICS, PY);
    }
}
