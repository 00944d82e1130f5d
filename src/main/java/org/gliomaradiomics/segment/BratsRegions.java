package org.gliomaradiomics.segment;

import java.util.Map;
import java.util.Optional;

import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;

/**
 * BraTS label maps: 1 necrosis / non-enhancing core, 2 oedema, and enhancing tumour 4 (BraTS 2017-2021) or 3
 * (BraTS 2023). Sub-regions: whole tumour WT (every non-zero label), tumour core TC (necrosis + enhancing),
 * enhancing tumour ET.
 */
public final class BratsRegions {
    private BratsRegions() {}

    public static final int NECROSIS = 1, OEDEMA = 2;

    public enum Convention {
        BRATS_2017_2021(4), BRATS_2023(3);

        public final int enhancingLabel;

        Convention(int enhancingLabel) {
            this.enhancingLabel = enhancingLabel;
        }
    }

    public enum Region {
        WHOLE_TUMOUR("WT"), TUMOUR_CORE("TC"), ENHANCING_TUMOUR("ET");

        public final String abbreviation;

        Region(String abbreviation) {
            this.abbreviation = abbreviation;
        }
    }

    /**
     * The convention a label map follows: labels within {0,1,2,4} with a 4 → 2017-2021, within {0,1,2,3} with a
     * 3 → 2023. Empty when neither 3 nor 4 occurs (both conventions give the same regions then).
     *
     * @throws IllegalArgumentException when both 3 and 4 occur or other labels are present
     */
    public static Optional<Convention> detect(Volume labels) {
        boolean has3 = false, has4 = false;
        for (int l : labels.labels()) {
            if (l == 3) has3 = true;
            else if (l == 4) has4 = true;
            else if (l != NECROSIS && l != OEDEMA)
                throw new IllegalArgumentException("label " + l + " is not a BraTS label (expected 1, 2 and 3 or 4)");
        }
        if (has3 && has4) throw new IllegalArgumentException("label map has both 3 and 4; BraTS maps use one of them for enhancing tumour");
        if (has4) return Optional.of(Convention.BRATS_2017_2021);
        if (has3) return Optional.of(Convention.BRATS_2023);
        return Optional.empty();
    }

    /** Mask of a region, detecting the convention (see {@link #detect}). */
    public static boolean[] region(Volume labels, Region region) {
        return region(labels, region, detect(labels).orElse(Convention.BRATS_2017_2021));
    }

    public static boolean[] region(Volume labels, Region region, Convention convention) {
        switch (region) {
            case WHOLE_TUMOUR: return Masks.nonZero(labels);
            case TUMOUR_CORE: return Masks.anyOf(labels, NECROSIS, convention.enhancingLabel);
            default: return Masks.anyOf(labels, convention.enhancingLabel);
        }
    }

    /** A copy with labels replaced by {@code oldToNew}; labels not in the map are kept. */
    public static Volume relabel(Volume labels, Map<Integer, Integer> oldToNew) {
        double[] a = labels.voxels(), out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            if (v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE) {
                Integer n = oldToNew.get((int) v);
                out[i] = n == null ? v : n;
            } else out[i] = v;
        }
        return new Volume(labels.geometry(), out, labels.type());
    }

    /** Converts between conventions (only the enhancing label changes). */
    public static Volume convert(Volume labels, Convention from, Convention to) {
        return from == to ? labels.copy() : relabel(labels, Map.of(from.enhancingLabel, to.enhancingLabel));
    }
}
