package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProportionalHazardsTestTest {

    /**
     * The analytic example of R survival's own zph test file ("test1"): times 9, 1, 1+, 6, 6, 8+ with x = 0, 1, 1,
     * 1, 0, 0; Breslow ties; the MLE is e^β = r = (3 + √33)/2. Per death (g = 1, 6, 6, 9): U = 1/(r+1), 3/(r+3),
     * −r/(r+3), 0 and information r/(r+1)², 3r/(r+3)², 3r/(r+3)², 0; the score test with g(t) = t is
     * u'I⁻¹u with u = (ΣU, ΣgU) and I = [[ΣI, ΣgI], [ΣgI, Σg²I]].
     */
    @Test
    void scoreTestMatchesAnalyticExample() {
        double[] t = {9, 1, 1, 6, 6, 8};
        boolean[] e = {true, true, false, true, true, false};
        double[][] x = {{0}, {1}, {1}, {1}, {0}, {0}};
        CoxFit fit = CoxRegression.fit(t, e, x, Ties.BRESLOW);
        double r = (3 + Math.sqrt(33)) / 2;
        assertEquals(Math.log(r), fit.coefficients()[0], 1e-8);

        double[] g = {1, 6, 6, 9};
        double[] u = {1 / (r + 1), 3 / (r + 3), -r / (r + 3), 0};
        double[] info = {r / ((r + 1) * (r + 1)), 3 * r / ((r + 3) * (r + 3)), 3 * r / ((r + 3) * (r + 3)), 0};
        double u1 = 0, u2 = 0, i11 = 0, i12 = 0, i22 = 0;
        for (int k = 0; k < 4; k++) {
            u1 += u[k]; u2 += g[k] * u[k];
            i11 += info[k]; i12 += g[k] * info[k]; i22 += g[k] * g[k] * info[k];
        }
        double det = i11 * i22 - i12 * i12;
        double expected = (u1 * u1 * i22 - 2 * u1 * u2 * i12 + u2 * u2 * i11) / det;

        ProportionalHazardsResult zph = ProportionalHazardsTest.test(t, e, x, null, fit, TimeTransform.IDENTITY);
        assertEquals(expected, zph.chiSquare()[0], 1e-8 * expected);
        assertEquals(expected, zph.globalChiSquare(), 1e-8 * expected);
        assertEquals(4, zph.eventTimes().length);
    }

    /** Under proportional hazards the p-values are large on a typical data set and the 5% test rejects about 5% of the time. */
    @Test
    void largePAndNominalSizeWhenHazardsAreProportional() {
        SyntheticSurvival d = SyntheticSurvival.proportionalHazards(400, 2, 0.2, new double[] {0.8, -0.5}, 3, 1);
        CoxFit fit = CoxRegression.fit(d.time, d.event, d.x, Ties.EFRON);
        for (TimeTransform tr : TimeTransform.values()) {
            ProportionalHazardsResult zph = ProportionalHazardsTest.test(d.time, d.event, d.x, null, fit, tr);
            assertTrue(zph.globalPValue() > 0.2, tr + " global p " + zph.globalPValue());
            assertTrue(zph.pValue()[0] > 0.2 && zph.pValue()[1] > 0.2, tr + " per-covariate p");
        }
        int rejected = 0, datasets = 100;
        for (long seed = 100; seed < 100 + datasets; seed++) {
            SyntheticSurvival r = SyntheticSurvival.proportionalHazards(300, 2, 0.2, new double[] {0.8, -0.5}, 3, seed);
            CoxFit f = CoxRegression.fit(r.time, r.event, r.x, Ties.EFRON);
            if (ProportionalHazardsTest.test(r.time, r.event, r.x, null, f, TimeTransform.KM).globalPValue() < 0.05) rejected++;
        }
        assertTrue(rejected >= 1 && rejected <= 11, rejected + " of " + datasets + " rejected at 5%");
    }

    /** Crossing hazards: group 1 has hazard 4 before t = 0.3 and 0.25 after (group 0: 1); group is x_0. */
    @Test
    void smallPWhenHazardsCross() {
        SplittableRandom rnd = new SplittableRandom(1);
        int n = 400;
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = i % 2;
            x[i][1] = SyntheticSurvival.gaussian(rnd);   // a covariate with no effect at all
            double h = -Math.log(1 - rnd.nextDouble());
            double ti = x[i][0] == 0 ? h : h < 1.2 ? h / 4 : 0.3 + (h - 1.2) / 0.25;
            double c = 3 * rnd.nextDouble();
            t[i] = Math.min(ti, c);
            e[i] = ti <= c;
        }
        CoxFit fit = CoxRegression.fit(t, e, x, Ties.EFRON);
        ProportionalHazardsResult zph = ProportionalHazardsTest.test(t, e, x, null, fit, TimeTransform.KM);
        assertTrue(zph.pValue()[0] < 1e-4, "group p " + zph.pValue()[0]);
        assertTrue(zph.pValue()[1] > 0.01, "null covariate p " + zph.pValue()[1]);
        assertTrue(zph.globalPValue() < 1e-4);
        // β(t) estimate from scaled residuals: early events of the group carry larger values than late ones
        double early = 0, late = 0;
        int ne = 0, nl = 0;
        for (int k = 0; k < zph.eventTimes().length; k++)
            if (zph.eventTimes()[k] < 0.3) { early += zph.scaledResiduals()[k][0]; ne++; } else { late += zph.scaledResiduals()[k][0]; nl++; }
        assertTrue(early / ne > late / nl);
    }
}
