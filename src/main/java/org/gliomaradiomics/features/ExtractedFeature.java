package org.gliomaradiomics.features;

/**
 * One value of a feature table row in long format: {@code image_type} (e.g. {@code original},
 * {@code log-sigma-2-0-mm-3D}), family, feature name, IBSI code, aggregation label and the value. Diagnostics
 * rows use family {@code diagnostics} and may carry text instead of a number.
 */
public record ExtractedFeature(String imageType, String family, String feature, String ibsiCode, String aggregation,
                               double value, String text) {

    public static ExtractedFeature number(String imageType, String family, String feature, String ibsiCode, String aggregation, double value) {
        return new ExtractedFeature(imageType, family, feature, ibsiCode, aggregation, value, null);
    }

    public static ExtractedFeature diagnostic(String feature, String text) {
        return new ExtractedFeature("", "diagnostics", feature, "", "", Double.NaN, text);
    }

    /** The same value under another image type (a filtered image's name). */
    public ExtractedFeature withImageType(String type) {
        return new ExtractedFeature(type, family, feature, ibsiCode, aggregation, value, text);
    }

    /** The same feature with an empty value (a region that was empty). */
    public ExtractedFeature withoutValue() {
        return new ExtractedFeature(imageType, family, feature, ibsiCode, aggregation, Double.NaN, "");
    }

    /** Wide-format column name, PyRadiomics style: {@code original_glcm_JointEntropy}, with the aggregation
     * appended when there is one ({@code original_glcm_JointMaximum_3D_avg}); diagnostics as
     * {@code diagnostics_<feature>}. */
    public String wideColumn() {
        if (family.equals("diagnostics")) return "diagnostics_" + feature;
        String base = imageType + "_" + family + "_" + feature;
        return aggregation.isEmpty() ? base : base + "_" + aggregation.replace(':', '_');
    }

    /** The cell text: the text of a diagnostic, or the number in shortest round-trip form. */
    public String valueText() {
        return text != null ? text : org.gliomaradiomics.table.Table.format(value);
    }
}
