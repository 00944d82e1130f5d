package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 3 x 1 x 1 ROI with values 1, 2, 2 (bin width 1, so levels 1, 2, 2), worked out by hand. Only the x
 * direction fits in the array, so every texture class sees one direction: the pairs (1,2) and (2,2).
 */
class TinyRoiHandCalculationTest {
    private static Map<String, Double> f;

    @BeforeAll
    static void extract() {
        Geometry g = Geometry.of(5, 3, 3, 1, 1, 1);
        Volume image = Volume.zeros(g, DataType.INT16), mask = Volume.zeros(g, DataType.UINT8);
        double[] values = {1, 2, 2};
        for (int x = 0; x < 3; x++) {
            image.set(x + 1, 1, 1, values[x]);
            mask.set(x + 1, 1, 1, 1);
        }
        image.set(0, 1, 1, 100); // outside the ROI: must not count
        PyRadiomicsSettings.Builder s = PyRadiomicsSettings.builder().disableAllClasses().binWidth(1).minimumROIDimensions(1);
        for (String c : new String[] {"firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"}) s.enableClass(c);
        f = new PyRadiomicsExtractor().extract(image, mask, s.build());
    }

    private static void check(String key, double expected) {
        assertEquals(expected, f.get("original_" + key), 1e-12, key);
    }

    @Test
    void firstOrder() {
        check("firstorder_Mean", 5.0 / 3);
        check("firstorder_Median", 2);
        check("firstorder_Variance", 2.0 / 9);
        check("firstorder_Kurtosis", 1.5); // m4 / m2^2 = (2/27) / (4/81), not reduced by 3
        check("firstorder_10Percentile", 1.2); // linear interpolation at position 0.2
        check("firstorder_Energy", 9);
        check("firstorder_Uniformity", 1.0 / 9 + 4.0 / 9);
    }

    @Test
    void glcmSymmetrisedPairs() {
        // P = [[0,1],[1,2]] / 4 after symmetrising the pairs (1,2) and (2,2)
        check("glcm_JointAverage", 1.75);
        check("glcm_Contrast", 0.5);
        check("glcm_JointEnergy", 0.375);
        check("glcm_MaximumProbability", 0.5);
        check("glcm_Autocorrelation", 2 * 0.25 * 2 + 4 * 0.5);
    }

    @Test
    void runsZonesDependences() {
        check("glrlm_ShortRunEmphasis", (1 + 0.25) / 2); // runs: level 1 length 1, level 2 length 2
        check("glrlm_RunPercentage", 2.0 / 3);
        check("glszm_SmallAreaEmphasis", (1 + 0.25) / 2);
        check("glszm_ZonePercentage", 2.0 / 3);
        check("gldm_SmallDependenceEmphasis", (1 + 0.25 + 0.25) / 3); // dependences 1, 2, 2
    }

    @Test
    void ngtdm() {
        // s1 = |1 - 2| = 1, s2 = |2 - 1.5| + |2 - 2| = 0.5, p = (1/3, 2/3)
        check("ngtdm_Coarseness", 1 / (1.0 / 3 * 1 + 2.0 / 3 * 0.5));
        check("ngtdm_Strength", (1.0) * 1 * 2 / 1.5); // sum_ij (pi + pj)(i - j)^2 over both orders / sum s
    }
}
