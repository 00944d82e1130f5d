package org.gliomaradiomics.features;

import java.util.Map;

/** Maps an IBSI reference row to the feature name our families emit for it. Rows are matched by family and IBSI
 * code; the intensity-volume histogram rows, whose codes are shared, by their tag. */
final class PhantomRows {
    private static final Map<String, String> IVH_TAGS = Map.of(
        "ivh_v10", "VolumeAtIntensityFraction10", "ivh_v90", "VolumeAtIntensityFraction90",
        "ivh_i10", "IntensityAtVolumeFraction10", "ivh_i90", "IntensityAtVolumeFraction90",
        "ivh_diff_v10_v90", "VolumeFractionDifference10Minus90", "ivh_diff_i10_i90", "IntensityFractionDifference10Minus90");

    private PhantomRows() {}

    /** Key of an emitted value: family|code|name-if-IVH|aggregation. */
    static String key(String family, String ibsiCode, String name, String aggregation) {
        boolean ivh = family.equals("intensity_volume_histogram");
        return family + "|" + ibsiCode + "|" + (ivh ? name : "") + "|" + aggregation;
    }

    static String key(IbsiReference.Row row) {
        String name = IVH_TAGS.getOrDefault(row.tag(), "");
        return key(row.family(), row.ibsiCode(), name, row.aggregation());
    }
}
