package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.BratsRegions;

/**
 * The features of one case: every requested region of a label map (label numbers, {@code all} labels, or the
 * BraTS sub-regions WT, TC, ET), each with a few diagnostics first. A region that cannot be computed (e.g. empty)
 * becomes a failed result; the other regions still run.
 */
public final class CaseExtraction {
    private CaseExtraction() {}

    /** Computes the features of one region ({@code mask == label}); IBSI or PyRadiomics conventions. */
    @FunctionalInterface
    public interface RegionExtractor {
        List<ExtractedFeature> extract(Volume image, Volume mask, int label);
    }

    /** The IBSI extractor with the given parameters: the original image (if enabled), then every filtered image type. */
    public static RegionExtractor ibsi(ExtractionParams params) {
        return (image, mask, label) -> {
            List<ExtractedFeature> out = new ArrayList<>();
            if (params.imageTypes() == null || params.imageTypes().original())
                for (FeatureValue v : FeatureExtractor.extract(image, mask, label, params.settings()))
                    if (params.wanted(v)) out.add(ExtractedFeature.number("original", v.family(), v.name(), v.ibsiCode(), v.aggregation(), v.value()));
            if (params.imageTypes() != null) out.addAll(params.imageTypes().extract(image, mask, label, params.settings(), params::wanted));
            return out;
        };
    }

    public static List<CaseResult> extract(String caseId, Volume image, Volume mask, List<String> regions, RegionExtractor extractor,
                                           Map<String, String> carried) {
        if (!image.geometry().sameGrid(mask.geometry(), 1e-4))
            throw new IllegalArgumentException("mask grid differs from the image (" + image.geometry().describeDifference(mask.geometry()) + ")");
        List<CaseResult> results = new ArrayList<>();
        for (String region : expand(regions, mask)) {
            try {
                Volume regionMask = mask;
                int label;
                BratsRegions.Region brats = bratsRegion(region);
                if (brats != null) {
                    regionMask = asLabelOne(BratsRegions.region(mask, brats), mask.geometry());
                    label = 1;
                } else {
                    try {
                        label = Integer.parseInt(region);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("region '" + region + "' is not a label number, all, WT, TC or ET");
                    }
                }
                List<ExtractedFeature> features = new ArrayList<>(diagnostics(image, regionMask, label));
                features.addAll(extractor.extract(image, regionMask, label));
                results.add(CaseResult.ok(caseId, region, carried, features));
            } catch (IllegalArgumentException e) {
                results.add(CaseResult.failed(caseId, region, carried, e.getMessage()));
            }
        }
        return results;
    }

    static List<String> expand(List<String> regions, Volume mask) {
        List<String> out = new ArrayList<>();
        for (String r : regions) {
            if (r.equalsIgnoreCase("all")) for (int l : mask.labels()) out.add(Integer.toString(l));
            else out.add(r.trim());
        }
        return out;
    }

    static BratsRegions.Region bratsRegion(String name) {
        for (BratsRegions.Region r : BratsRegions.Region.values()) if (r.abbreviation.equalsIgnoreCase(name)) return r;
        return null;
    }

    private static Volume asLabelOne(boolean[] m, Geometry g) {
        double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) v[i] = m[i] ? 1 : 0;
        return new Volume(g, v, DataType.UINT8);
    }

    private static List<ExtractedFeature> diagnostics(Volume image, Volume mask, int label) {
        Geometry g = image.geometry();
        long count = 0;
        for (double v : mask.voxels()) if (v == label) count++;
        return List.of(
            ExtractedFeature.diagnostic("Image_Size", g.nx + "x" + g.ny + "x" + g.nz),
            ExtractedFeature.diagnostic("Image_Spacing", String.format(Locale.ROOT, "%sx%sx%s", g.spacing(0), g.spacing(1), g.spacing(2))),
            ExtractedFeature.diagnostic("Mask_VoxelNum", Long.toString(count)));
    }
}
