package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.segment.BratsRegions;

/**
 * The features of one case: every requested region of a label map (label numbers, {@code all} labels, or the
 * BraTS sub-regions WT, TC, ET), each with a few diagnostics first. An empty region (a lower-grade glioma without
 * enhancing tumour) is a result with empty values and the reason; a region that cannot be computed becomes a failed
 * result; the other regions still run.
 */
public final class CaseExtraction {
    private CaseExtraction() {}

    /** Computes the features of one region ({@code mask == label}); IBSI or PyRadiomics conventions. */
    @FunctionalInterface
    public interface RegionExtractor {
        List<ExtractedFeature> extract(Volume image, Volume mask, int label);

        /**
         * Whether {@link #extract} takes a mask on another grid than the image's and places or refuses it itself, as
         * PyRadiomics does with its geometryTolerance and correctMask; otherwise the grids must match. The commands
         * that extract one image or a manifest then read such a mask on its own grid instead of refusing it at once
         * (feature maps and robustness still need the mask on the image's grid).
         */
        default boolean placesMaskOnImageGrid() {
            return false;
        }
    }

    /**
     * Every region of one case. A region with no voxel is not an error: its result has the diagnostics and the
     * reason ({@link CaseResult#empty}). A region the extractor cannot compute becomes a failed result whose message
     * names the region and its labels; the other regions still run.
     */
    public static List<CaseResult> extract(String caseId, Volume image, Volume mask, List<String> regions, RegionExtractor extractor,
                                           Map<String, String> carried) {
        if (!extractor.placesMaskOnImageGrid())
            RoiPreparation.maskOnImageGrid(image, mask, 1e-4, false, Convention.IBSI); // once for the case, not once a region
        List<CaseResult> results = new ArrayList<>();
        if (regions.stream().anyMatch(r -> r.trim().equalsIgnoreCase("all")) && mask.labels().length == 0) // scan the mask only when asked
            results.add(CaseResult.empty(caseId, "all", carried, diagnostics(image, 0), "the mask has no label at all"));
        for (String region : expand(regions, mask)) {
            Region r;
            try {
                r = Region.of(region, mask);
            } catch (IllegalArgumentException e) {
                results.add(CaseResult.failed(caseId, region, carried, e.getMessage()));
                continue;
            }
            long count = r.mask.count(r.label);
            List<ExtractedFeature> diagnostics = diagnostics(image, count);
            if (count == 0) {
                int[] present = mask.labels();
                results.add(CaseResult.empty(caseId, region, carried, diagnostics, r.name + " is empty: no voxel has " + r.labels
                    + (present.length == 0 ? "; the mask has no label at all" : "; the mask's labels are "
                    + java.util.Arrays.stream(present).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", ")))));
                continue;
            }
            try {
                List<ExtractedFeature> features = new ArrayList<>(diagnostics);
                features.addAll(extractor.extract(image, r.mask, r.label));
                results.add(CaseResult.ok(caseId, region, carried, features));
            } catch (IllegalArgumentException e) {
                // The extractor sees the region as one label of a mask; name the region and its labels instead.
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace("ROI of label " + r.label, "ROI");
                results.add(CaseResult.failed(caseId, region, carried, r.described() + ": " + m));
            }
        }
        return results;
    }

    /**
     * The voxels of one requested region (a label number, or BraTS WT, TC, ET) of a label map, as the extractor
     * sees them; for code that works on the region itself (e.g. perturbing it).
     */
    public static boolean[] regionVoxels(String region, Volume mask) {
        Region r = Region.of(region, mask);
        return r.mask.maskOf(r.label);
    }

    /**
     * A requested region: the mask and label value the extractor reads, its name for messages ("label 2", "region
     * ET") and the labels of the label map it is made of ("label 4", "label 1, 4 or 3").
     */
    private record Region(Volume mask, int label, String name, String labels, boolean brats) {
        /** "label 2", or for a BraTS region its labels too: "region ET (label 4)". */
        String described() {
            return brats ? name + " (" + labels + ")" : name;
        }

        static Region of(String region, Volume mask) {
            BratsRegions.Region brats = bratsRegion(region);
            if (brats == null) {
                int label;
                try {
                    label = Integer.parseInt(region);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("region '" + region + "' is not a label number, all, WT, TC or ET");
                }
                return new Region(mask, label, "label " + label, "that label", false);
            }
            java.util.Optional<BratsRegions.Convention> detected = BratsRegions.detect(mask);
            String et = detected.map(c -> Integer.toString(c.enhancingLabel)).orElse(null);
            String labels = switch (brats) {
                case WHOLE_TUMOUR -> "a non-zero label";
                case TUMOUR_CORE -> et == null ? "label 1, 4 or 3" : "label 1 or " + et;
                case ENHANCING_TUMOUR -> et == null ? "label 4 or 3" : "label " + et;
            };
            return new Region(Masks.toVolume(BratsRegions.region(mask, brats), mask.geometry()), 1, "region " + brats.abbreviation, labels, true);
        }
    }

    /** The regions with {@code all} replaced by every label of the mask. */
    public static List<String> expand(List<String> regions, Volume mask) {
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

    private static List<ExtractedFeature> diagnostics(Volume image, long count) {
        Geometry g = image.geometry();
        return List.of(
            ExtractedFeature.diagnostic("Image_Size", g.nx + "x" + g.ny + "x" + g.nz),
            ExtractedFeature.diagnostic("Image_Spacing", String.format(Locale.ROOT, "%sx%sx%s", g.spacing(0), g.spacing(1), g.spacing(2))),
            ExtractedFeature.diagnostic("Mask_VoxelNum", Long.toString(count)));
    }
}
