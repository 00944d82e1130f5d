package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvTable;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cross-validated radiomic risk score on UCSF-PDGM (../shared/data/cohorts/ucsf-pdgm, read in place, never
 * copied): the 100 PyRadiomics "original_*" features of the post-contrast T1, overall survival in days, event
 * "1-dead 0-alive"; joined by ID. Alone and with age at MRI (unpenalised), 5 repeats of 5-fold CV.
 */
@Tag("benchmark")
class UcsfPdgmRiskScoreBenchmark {

    @Test
    void riskScoreAloneAndWithAge() throws Exception {
        Path dir = TestPaths.sharedOrSkip().resolve("data/cohorts/ucsf-pdgm");
        CsvTable meta = CsvReader.read(dir.resolve("UCSF-PDGM-metadata_v2.csv"));
        CsvTable radiomics = CsvReader.read(dir.resolve("radiomic_features_T1gad_bias.csv"));
        List<String> featureNames = new ArrayList<>();
        for (String c : radiomics.columns()) if (c.startsWith("original_")) featureNames.add(c);
        Map<String, Integer> featureRow = new HashMap<>();
        for (int r = 0; r < radiomics.rowCount(); r++) featureRow.put(radiomics.text(r, "ID"), r);

        List<double[]> x = new ArrayList<>();
        List<double[]> age = new ArrayList<>();
        List<Double> time = new ArrayList<>();
        List<Boolean> event = new ArrayList<>();
        for (int r = 0; r < meta.rowCount(); r++) {
            Integer fr = featureRow.get(meta.text(r, "ID"));
            if (fr == null || meta.isMissing(r, "OS") || meta.isMissing(r, "1-dead 0-alive") || meta.isMissing(r, "Age at MRI")) continue;
            double[] f = new double[featureNames.size()];
            for (int j = 0; j < f.length; j++) f[j] = radiomics.number(fr, featureNames.get(j));
            x.add(f);
            age.add(new double[] {meta.number(r, "Age at MRI")});
            time.add(meta.number(r, "OS"));
            event.add(meta.number(r, "1-dead 0-alive") != 0);
        }
        int n = x.size();
        double[][] features = x.toArray(new double[0][]);
        double[][] ages = age.toArray(new double[0][]);
        double[] t = time.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] e = new boolean[n];
        int events = 0;
        for (int i = 0; i < n; i++) if (e[i] = event.get(i)) events++;
        System.out.printf("UCSF-PDGM: %d patients, %d deaths, %d features%n", n, events, featureNames.size());

        double[] ageScore = new double[n];
        for (int i = 0; i < n; i++) ageScore[i] = ages[i][0];
        System.out.printf("age alone (no fitting needed, older = higher risk): Harrell C %.4f%n", Concordance.harrell(t, e, ageScore));

        for (boolean withAge : new boolean[] {false, true}) {
            double sum = 0, sumSq = 0, sumFold = 0;
            int repeats = 5;
            long start = System.nanoTime();
            for (int rep = 1; rep <= repeats; rep++) {
                RadiomicRiskScore.Result result = RadiomicRiskScore.crossValidate(features, t, e, withAge ? ages : null,
                    RadiomicRiskScore.Settings.defaults().withSeed(rep).withThreads(2), null);
                double c = result.harrellC();
                double cFold = RadiomicRiskScore.meanHeldOutC(result);
                sumFold += cFold;
                sum += c;
                sumSq += c * c;
                int nonZero = 0;
                for (RadiomicRiskScore.Fold f : result.folds())
                    for (int j = 0; j < featureNames.size(); j++) if (f.coefficients()[j] != 0) nonZero++;
                System.out.printf("%s seed %d: out-of-fold C %.4f (mean within-fold %.4f), high/low log-rank chi2 %.2f p %.3g, mean non-zero features per fold %.1f%n",
                    withAge ? "radiomics+age" : "radiomics", rep, c, cFold, result.highVsLow().chiSquare(), result.highVsLow().pValue(),
                    nonZero / (double) result.folds().size());
            }
            double mean = sum / repeats, sd = Math.sqrt(Math.max(0, (sumSq - repeats * mean * mean) / (repeats - 1)));
            System.out.printf("%s: pooled out-of-fold C-index %.4f ± %.4f (mean ± sd over %d repeats of 5-fold CV), mean within-fold C %.4f, %.1f s%n",
                withAge ? "radiomics+age" : "radiomics", mean, sd, repeats, sumFold / repeats, (System.nanoTime() - start) * 1e-9);
            assertTrue(mean > 0.55, "out-of-fold C " + mean);
        }
    }
}
