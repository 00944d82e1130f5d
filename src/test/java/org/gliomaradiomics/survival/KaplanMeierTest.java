package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-calculated Kaplan-Meier on six subjects: times 1, 2+, 3, 3, 4+, 5 ("+" = censored).
 * S(1) = 5/6; S(3) = 5/6·2/4 = 5/12; S(5) = 0. Greenwood Σ d/(n(n−d)): 1/30 at t=1, 1/30 + 2/(4·2) = 17/60 at t=3.
 */
class KaplanMeierTest {
    static final double[] TIME = {3, 1, 2, 5, 4, 3};
    static final boolean[] EVENT = {true, true, false, true, false, true};
    static final double Z = 1.959963984540054;

    @Test
    void productLimitAndCounts() {
        KaplanMeierCurve km = KaplanMeier.estimate(TIME, EVENT);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, km.time());
        assertArrayEquals(new int[] {6, 5, 4, 2, 1}, km.atRisk());
        assertArrayEquals(new int[] {1, 0, 2, 0, 1}, km.events());
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, km.censored());
        assertEquals(1.0, km.survivalAt(0.5));
        assertEquals(5.0 / 6, km.survivalAt(1), 1e-15);
        assertEquals(5.0 / 6, km.survivalAt(2.9), 1e-15);
        assertEquals(5.0 / 12, km.survivalAt(3), 1e-15);
        assertEquals(0.0, km.survivalAt(5));
        assertEquals(4, km.atRiskAt(2.5));
        assertEquals(3.0, km.median());
    }

    @Test
    void greenwoodStandardErrorsAndLogIntervals() {
        KaplanMeierCurve km = KaplanMeier.estimate(TIME, EVENT);
        assertEquals(5.0 / 6 * Math.sqrt(1.0 / 30), km.standardError()[0], 1e-15);
        assertEquals(0.2217877697593238, km.standardError()[2], 1e-12);   // 5/12·sqrt(17/60)
        assertEquals(ConfidenceType.LOG, km.confidenceType());
        assertEquals(0.5826547954771396, km.lower()[0], 1e-12);           // 5/6·exp(−1.96·sqrt(1/30))
        assertEquals(1.0, km.upper()[0], 0);                              // clipped at 1
        assertEquals(0.1467919155344715, km.lower()[2], 1e-12);
        assertTrue(Double.isNaN(km.lower()[4]), "undefined once S = 0");
        // R: the median's interval is the times whose band contains 0.5, from where the lower band reaches 0.5
        // (t = 3) to where the upper band does (never: 0.5 < upper until S = 0, where the band is undefined)
        assertEquals(3.0, km.medianLower(), 0);
        assertTrue(Double.isNaN(km.medianUpper()), "upper band never reaches 0.5");
    }

    @Test
    void plainAndLogLogIntervals() {
        KaplanMeierCurve plain = KaplanMeier.estimate(TIME, EVENT, ConfidenceType.PLAIN, 0.95);
        assertEquals(0.0, plain.lower()[2], 0);                           // 5/12 − 1.96·0.2218 < 0, clipped
        assertEquals(0.851362707606403, plain.upper()[2], 1e-12);
        KaplanMeierCurve logLog = KaplanMeier.estimate(TIME, EVENT, ConfidenceType.LOG_LOG, 0.95);
        assertEquals(0.27312284992835584, logLog.lower()[0], 1e-12);
        assertEquals(0.9747124266908935, logLog.upper()[0], 1e-12);
    }

    @Test
    void exactHalfTakesMidpointAsR() {
        // 4 subjects, events at 1, 2, 3, 4: S = 0.75, 0.5 (over [2, 3)), 0.25 -> median (2 + 3) / 2
        KaplanMeierCurve km = KaplanMeier.estimate(new double[] {1, 2, 3, 4}, new boolean[] {true, true, true, true});
        assertEquals(2.5, km.median(), 0);
    }
}
