package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real cohorts from ../shared (never copied into the project). Run with
 * {@code mvn -B -o test -Pbenchmark -Dtest=CohortBenchmark}.
 */
@Tag("benchmark")
class CohortBenchmark {
    private static final int THREADS = 2;

    private static Dataset load(List<Path> featureFiles, Path clinical, TargetDefinition target, List<String> covariates)
            throws Exception {
        DatasetReport report = new DatasetReport();
        FeatureTable ft = FeatureTableReader.readAll(CsvReader.readAll(featureFiles), null, report.unmatchedBetweenFeatureTables);
        Dataset d = new DatasetBuilder(ft, ClinicalTable.read(CsvReader.read(clinical), "ID")).target(target).covariates(covariates).build(report);
        System.out.println(target + ": " + d + "\n  " + report);
        return d;
    }

    private static CvResult evaluate(String label, String yaml, Dataset d, int repeats) {
        long t0 = System.nanoTime();
        CvResult r = new CrossValidation(5, repeats, 2026, THREADS).run(PipelineSpec.fromYaml(yaml), d, null);
        System.out.printf("%s%n  5-fold x %d: %s%n  (%.1f s)%n", label, repeats, r, (System.nanoTime() - t0) / 1e9);
        return r;
    }

    @Test
    void idhFromUcsfPdgmPostContrastT1() throws Exception {
        Path dir = TestPaths.sharedOrSkip().resolve("data/cohorts/ucsf-pdgm");
        Dataset d = load(List.of(dir.resolve("radiomic_features_T1gad_bias.csv")), dir.resolve("UCSF-PDGM-metadata_v2.csv"),
                TargetDefinition.binary("IDH", "(?i)mut|IDH[12]"), List.of());
        CvResult ridge = evaluate("UCSF-PDGM IDH, ridge logistic (z-score, Weka Logistic -R 10)",
                "scale: zscore\nclassifier: {name: Logistic, options: \"-R 10\"}\n", d, 5);
        CvResult rf = evaluate("UCSF-PDGM IDH, mRMR top 20 + random forest (100 trees)",
                "correlation: 0.95\nscale: zscore\nselection: {method: mrmr, k: 20}\nclassifier: {name: RandomForest, options: \"-I 100\"}\n", d, 5);
        assertTrue(ridge.meanAuc() > 0.85, "ridge logistic IDH AUC " + ridge.meanAuc());
        assertTrue(rf.meanAuc() > 0.8, "RF IDH AUC " + rf.meanAuc());
        String top = rf.selectionFrequency.keySet().stream().limit(8).reduce((a, b) -> a + ", " + b).orElse("");
        System.out.println("  most often selected: " + top);
        CrossValidation.PermutationResult perm = new CrossValidation(5, 1, 2026, THREADS)
                .permutationTest(PipelineSpec.fromYaml("scale: zscore\nclassifier: {name: Logistic, options: \"-R 10\"}\n"), d, 19, null);
        System.out.printf("  label-permutation test (ridge, 5-fold x 1, 19 permutations): AUC %.3f, permuted max %.3f, p = %.3f%n",
                perm.observedAuc(), java.util.Arrays.stream(perm.permutedAucs()).max().orElse(Double.NaN), perm.pValue());
        assertTrue(perm.pValue() <= 0.05 + 1e-12);
    }

    @Test
    void mgmtFromUpennGbmCaptk() throws Exception {
        Path dir = TestPaths.sharedOrSkip().resolve("data/cohorts/upenn-gbm");
        List<Path> tables = new ArrayList<>();
        for (String region : new String[] {"ET", "NC", "ED"})
            for (String seq : new String[] {"T1", "T1GD", "T2", "FLAIR"})
                tables.add(dir.resolve("Radiomic_Features_CaPTk_automaticsegm_" + seq + "_" + region + ".csv"));
        Dataset d = load(tables, dir.resolve("UPENN-GBM_clinical_info_v1.1.csv"),
                new TargetDefinition("MGMT", "^Methylated$", "^Unmethylated$", null), List.of("Age_at_scan_years", "Gender"));
        CvResult r = evaluate("UPenn-GBM MGMT (12 CaPTk tables + age, sex), correlation 0.9, mRMR top 20, ridge logistic",
                "nearConstant: 0.95\ncorrelation: 0.9\nscale: zscore\nselection: {method: mrmr, k: 20}\n"
                        + "classifier: {name: Logistic, options: \"-R 10\"}\n", d, 5);
        CvResult rf = evaluate("UPenn-GBM MGMT, same filters, mRMR top 20, random forest",
                "nearConstant: 0.95\ncorrelation: 0.9\nselection: {method: mrmr, k: 20}\n"
                        + "classifier: {name: RandomForest, options: \"-I 200\"}\nbalance: weights\n", d, 5);
        // MGMT from imaging is known to be weak (published radiomics AUCs mostly 0.55-0.7): only check sanity
        assertTrue(r.meanAuc() > 0.4 && r.meanAuc() < 0.9, r.toString());
        assertTrue(rf.meanAuc() > 0.4 && rf.meanAuc() < 0.9, rf.toString());
    }

    /**
     * The README's MGMT example (12 CaPTk tables + age, sex; median imputation, z-scores, ridge logistic -R 10;
     * 5-fold × 5) fitted by Weka's own {@code Logistic} (forced by an extra option) and by {@link RidgeLogistic}:
     * wall time, peak heap and the AUC of each. Run alone: {@code mvn -B -o test -Pbenchmark
     * -Dtest=CohortBenchmark#mgmtReadmeExampleWekaAgainstOwnRidgeLogistic}.
     */
    @Test
    void mgmtReadmeExampleWekaAgainstOwnRidgeLogistic() throws Exception {
        Path dir = TestPaths.sharedOrSkip().resolve("data/cohorts/upenn-gbm");
        List<Path> tables = new ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("Radiomic_Features_")).sorted().forEach(tables::add);
        }
        Dataset d = load(tables, dir.resolve("UPENN-GBM_clinical_info_v1.1.csv"),
                TargetDefinition.binary("MGMT", "(?i)^methylated"), List.of("Age_at_scan_years", "Gender"));
        String pipeline = "impute: median\nscale: zscore\nclassifier: {name: Logistic, options: \"%s\"}\n";
        CvResult[] result = new CvResult[2];
        String[] label = {"Weka Logistic -R 10 (quasi-Newton)", "RidgeLogistic -R 10 (Newton, n x n systems)"};
        String[] options = {"-R 10 -num-decimal-places 4", "-R 10"}; // the unused Weka option keeps Weka's own fit
        for (int k = 0; k < 2; k++) {
            int which = k;
            long t0 = System.nanoTime();
            double[] heap = org.gliomaradiomics.testutil.PeakHeap.megabytes(() -> result[which] =
                    new CrossValidation(5, 5, 2026, THREADS).run(PipelineSpec.fromYaml(String.format(pipeline, options[which])), d, null));
            System.out.printf("UPenn-GBM MGMT, %s: %.1f s wall, peak heap %.0f MB (inputs %.0f MB), %s%n", label[k],
                    (System.nanoTime() - t0) / 1e9, heap[0], heap[1], result[k]);
        }
        assertTrue(Math.abs(result[0].meanAuc() - result[1].meanAuc()) < 0.01, "same model, same folds: AUCs should agree");
    }

    @Test
    void whoGradeMultiClassFromUcsfPdgm() throws Exception {
        Path dir = TestPaths.sharedOrSkip().resolve("data/cohorts/ucsf-pdgm");
        Dataset d = load(List.of(dir.resolve("radiomic_features_T1gad_bias.csv")), dir.resolve("UCSF-PDGM-metadata_v2.csv"),
                TargetDefinition.multiClass("WHO CNS Grade"), List.of("Age at MRI", "Sex"));
        CvResult r = evaluate("UCSF-PDGM WHO grade 2/3/4 (+ age, sex), ridge logistic, macro one-vs-rest AUC",
                "scale: zscore\nclassifier: {name: Logistic, options: \"-R 10\"}\nbalance: weights\n", d, 3);
        assertTrue(r.meanAuc() > 0.7, r.toString());
    }
}
