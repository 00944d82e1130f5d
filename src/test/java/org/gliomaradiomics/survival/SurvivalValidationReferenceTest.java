package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * External validation of a Cox model against R 4.2 with survival 3.5.3 and riskRegression 2022.11.28 (Debian
 * r-cran-riskregression). A model fitted on the first 114 rows of {@code survival::lung} (lung.csv, complete cases:
 * 113) is validated on the other 114 (all complete). The R script, whose printed values are pasted below:
 * <pre>
 * library(survival); library(riskRegression)
 * l &lt;- read.csv("lung.csv")
 * train &lt;- l[1:114, ]; valid &lt;- l[115:228, ]
 * train &lt;- train[complete.cases(train), ]; valid &lt;- valid[complete.cases(valid), ]
 * fit &lt;- coxph(Surv(time, status) ~ sex + age + ph_ecog, data = train, x = TRUE)
 * coef(fit)                                   # -0.422811834461004787 0.021621275575360453 0.453776943022815349
 * cc &lt;- concordance(fit, newdata = valid)
 * cc$concordance; cc$var; cc$count            # 0.6531554643406875 0.0012637374167206652; 2534 1340 24 4 0
 * predict(fit, newdata = valid, type = "lp")[1:3]   # -0.46629216364865494 0.88596467649309507 0.30219023595836292
 * summary(survfit(fit, newdata = valid[1:3, ], ctype = 1), times = c(180, 365))$surv   # Breslow hazard
 * 1 - predictRisk(fit, newdata = valid[1:3, ], times = c(180, 365))                    # Efron hazard (= survfit default)
 * sc &lt;- Score(list(cox = fit), formula = Surv(time, status) ~ 1, data = valid, times = c(180, 365),
 *             metrics = c("auc", "brier"), cens.model = "km", null.model = TRUE)
 * sc$AUC$score$AUC                            # 0.70097719635697509 0.57089370056835598
 * sc$Brier$score$Brier                        # null 0.15192348649407625 0.23438926893547710; cox 0.16733200523811087 0.24156185876651004
 * for (t in c(180, 365)) {                    # calibration: 5 groups by predicted S(t), lowest first
 *   s &lt;- 1 - predictRisk(fit, newdata = valid, times = t)[, 1]
 *   o &lt;- order(s); g &lt;- 5; n &lt;- length(s); size &lt;- n %/% g + (seq_len(g) &lt;= n %% g)
 *   grp &lt;- integer(n); grp[o] &lt;- rep(seq_len(g), size)
 *   for (k in 1:g) { km &lt;- summary(survfit(Surv(time, status) ~ 1, data = valid[grp == k, ]), times = t, extend = TRUE)
 *     print(c(mean(s[grp == k]), km$surv, km$lower, km$upper), digits = 17) }
 * }
 * </pre>
 */
class SurvivalValidationReferenceTest {
    private static SurvivalModel model;
    private static SurvivalData valid;

    @BeforeAll
    static void fit() throws Exception {
        CsvTable t = CsvTable.read(LungReferenceTest.file());
        SurvivalData train = rows(t, 0, 114), validation = rows(t, 114, 228);
        valid = validation;
        CoxFit fit = CoxRegression.fit(train.time(), train.event(), train.covariates(), null, Ties.EFRON, train.covariateNames());
        model = SurvivalModel.cox(fit, train.time(), train.event(), train.covariates(), Map.of());
        assertEquals(113, train.size());
        assertEquals(114, valid.size());
    }

    /** Rows from..to−1 of lung.csv with sex, age and ph_ecog all present. */
    static SurvivalData rows(CsvTable t, int from, int to) {
        String[] names = {"sex", "age", "ph_ecog"};
        List<double[]> x = new ArrayList<>();
        List<Double> time = new ArrayList<>();
        List<Boolean> event = new ArrayList<>();
        rows:
        for (int r = from; r < to; r++) {
            for (String c : names) if (t.isMissing(r, c)) continue rows;
            double[] row = new double[names.length];
            for (int j = 0; j < names.length; j++) row[j] = t.number(r, names[j]);
            x.add(row);
            time.add(t.number(r, "time"));
            event.add(t.number(r, "status") == 1);
        }
        double[] tt = time.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] e = new boolean[tt.length];
        for (int i = 0; i < e.length; i++) e[i] = event.get(i);
        return new SurvivalData(tt, e, x.toArray(new double[0][]), names);
    }

    private static double[] eta() {
        double[] eta = new double[valid.size()];
        for (int i = 0; i < eta.length; i++) eta[i] = model.linearPredictor(valid.covariates()[i]);
        return eta;
    }

    @Test
    void coefficientsAndCentredLinearPredictorAsR() {
        assertArrayEquals(new double[] {-0.422811834461004787, 0.021621275575360453, 0.453776943022815349}, model.coefficients(), 1e-9);
        double[] eta = eta();
        assertArrayEquals(new double[] {-0.46629216364865494, 0.88596467649309507, 0.30219023595836292}, new double[] {eta[0], eta[1], eta[2]}, 1e-8);
    }

    @Test
    void predictedSurvivalWithEfronAndBreslowBaselineHazardsAsR() {
        double[] eta = eta();
        double[][] efron = {{0.76039184025042328, 0.34679594037699257, 0.55393437634261000}, {0.57291351304373783, 0.11607487649397423, 0.30083005908478466}};
        double[][] breslow = {{0.76111139302171205, 0.34806641439108510, 0.55506539240723263}, {0.57365499438669221, 0.11665675521117476, 0.30167030222429514}};
        CsvTable t = readLung();
        SurvivalData train = rows(t, 0, 114);
        double[] trainEta = new double[train.size()];
        for (int i = 0; i < trainEta.length; i++) trainEta[i] = model.linearPredictor(train.covariates()[i]);
        BaselineHazard breslowHazard = BaselineHazard.estimate(train.time(), train.event(), trainEta, Ties.BRESLOW);
        double[] times = {180, 365};
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < 3; i++) {
                assertEquals(efron[k][i], model.survival(times[k], eta[i]), 1e-8, "Efron t=" + times[k] + " subject " + i);
                assertEquals(breslow[k][i], breslowHazard.survival(times[k], eta[i]), 1e-8, "Breslow t=" + times[k] + " subject " + i);
            }
    }

    @Test
    void harrellCAndItsStandardErrorAsRConcordance() {
        Concordance.HarrellC c = Concordance.harrellWithVariance(valid.time(), valid.event(), eta());
        assertEquals(0.6531554643406875, c.c(), 1e-13);
        assertEquals(0.0012637374167206652, c.variance(), 1e-15);
        assertArrayEquals(new long[] {2534, 1340, 24, 4}, new long[] {c.concordant(), c.discordant(), c.tiedRisk(), c.tiedTimes()});
    }

    @Test
    void timeDependentAucBrierAndCalibrationAsRiskRegressionScore() {
        SurvivalValidation.Result r = SurvivalValidation.of(model, valid.time(), valid.event(), eta(), new double[] {180, 365}, 5);
        assertArrayEquals(new double[] {0.70097719635697509, 0.57089370056835598}, r.auc(), 1e-12);
        assertArrayEquals(new double[] {0.16733200523811087, 0.24156185876651004}, r.brier(), 1e-9);
        assertArrayEquals(new double[] {0.15192348649407625, 0.23438926893547710}, r.nullBrier(), 1e-12);
        double[][][] expected = {
            {{0.46116706361694337, 0.68840579710144922, 0.52080274955583061, 0.90994631247060809},
             {0.57644934034447248, 0.72940503432494275, 0.56542744575379689, 0.94093717610275407},
             {0.66573577673084217, 0.73913043478260854, 0.57979921796803102, 0.94224652723151936},
             {0.74798509515381117, 0.91304347826086962, 0.80485479778295788, 1},
             {0.82834041387724955, 1, 1, 1}},
            {{0.21126091760029134, 0.28242289111854324, 0.13922089992429981, 0.57292180607313137},
             {0.32673176441024498, 0.23144582819926068, 0.07567594138125984, 0.70784942232785886},
             {0.4380337213844725, 0.43478260869565211, 0.26038199604630136, 0.725994576025072},
             {0.55445584901778522, 0.44358387607815508, 0.25591967060201365, 0.76886100491476561},
             {0.68228903420762421, 0.40384615384615391, 0.1715042556981938, 0.95094850744306658}}};
        for (int k = 0; k < 2; k++)
            for (int g = 0; g < 5; g++) {
                SurvivalCalibration.Group got = r.calibration().get(k).get(g);
                assertEquals(g < 4 ? 23 : 22, got.size());
                assertArrayEquals(expected[k][g], new double[] {got.meanPredicted(), got.observed(), got.lower(), got.upper()}, 1e-9, "t " + k + " group " + g);
            }
    }

    private static CsvTable readLung() {
        try {
            return CsvTable.read(LungReferenceTest.file());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
