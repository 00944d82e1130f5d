package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand calculation: group 0 dies at 1 and 3, group 1 at 2 and 4. E_0 = 1/2 + 1/3 + 1/2 + 0 = 4/3,
 * V = 1/4 + 2/9 + 1/4 = 13/18, χ² = (2 − 4/3)² / (13/18) = 8/13.
 */
class LogRankTest {
    static final double[] TIME = {1, 3, 2, 4};
    static final boolean[] EVENT = {true, true, true, true};
    static final int[] GROUP = {0, 0, 1, 1};

    @Test
    void twoGroupsByHand() {
        LogRankResult r = LogRank.test(TIME, EVENT, GROUP);
        assertEquals(2, r.observed()[0], 0);
        assertEquals(4.0 / 3, r.expected()[0], 1e-14);
        assertEquals(8.0 / 13, r.chiSquare(), 1e-14);
        assertEquals(1, r.degreesOfFreedom());
        // P(χ²₁ > x) = erfc(sqrt(x/2))
        assertEquals(org.apache.commons.math3.special.Erf.erfc(Math.sqrt(4.0 / 13)), r.pValue(), 1e-12);
    }

    @Test
    void stratifiedSumsStrata() {
        double[] t = new double[8];
        boolean[] e = new boolean[8];
        int[] g = new int[8], s = new int[8];
        for (int i = 0; i < 8; i++) { t[i] = TIME[i % 4]; e[i] = true; g[i] = GROUP[i % 4]; s[i] = i / 4; }
        LogRankResult r = LogRank.stratified(t, e, g, s);
        assertEquals(16.0 / 13, r.chiSquare(), 1e-13);   // O−E and V both double
        assertEquals(8.0 / 3, r.expected()[0], 1e-13);
    }

    @Test
    void threeGroupsOnRossiByPriorConvictions() throws Exception {
        SurvivalData rossi = Rossi.load();
        double[] prio = rossi.covariate("prio");
        int[] group = new int[prio.length];
        for (int i = 0; i < group.length; i++) group[i] = prio[i] == 0 ? 0 : prio[i] <= 3 ? 1 : 2;
        LogRankResult r = LogRank.test(rossi.time(), rossi.event(), group);
        assertEquals(2, r.degreesOfFreedom());
        double o = 0, ex = 0;
        for (int k = 0; k < 3; k++) { o += r.observed()[k]; ex += r.expected()[k]; }
        assertEquals(114, o, 0);    // 114 arrests in Rossi
        assertEquals(o, ex, 1e-9);
        // one stratum only: identical to the plain test
        LogRankResult same = LogRank.stratified(rossi.time(), rossi.event(), group, new int[group.length]);
        assertEquals(r.chiSquare(), same.chiSquare(), 1e-12);
    }
}
