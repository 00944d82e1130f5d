package org.gliomaradiomics.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.ModelFiles;
import org.gliomaradiomics.table.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineAndModelTest {
    @TempDir
    Path dir;

    @Test
    void unknownYamlKeysAreErrorsNamingTheKey() {
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class,
                () -> PipelineSpec.fromYaml("scale: zscore\nselecton: {k: 5}\n"));
        assertTrue(top.getMessage().contains("'selecton'"), top.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> PipelineSpec.fromYaml("selection: {method: mrmr, top: 5}\n"));
        assertTrue(nested.getMessage().contains("'top'"), nested.getMessage());
        IllegalArgumentException grid = assertThrows(IllegalArgumentException.class,
                () -> PipelineSpec.fromYaml("grid: {selection.kk: [1, 2]}\n"));
        assertTrue(grid.getMessage().contains("selection.kk"), grid.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PipelineSpec.fromYaml("classifier: {name: NoSuchClassifier}"));
    }

    @Test
    void stepsAreFittedOnTrainingRowsOnly() {
        // Training rows have feature mean 0; a test row must be scaled with the training statistics.
        double[][] x = {{-1, 0}, {1, 0}, {-1, 1}, {1, 1}};
        Dataset train = new Dataset(x, new String[] {"a", "b"}, SyntheticData.ids(4), new int[] {0, 0, 1, 1},
                new String[] {"n", "p"}, null);
        ZScoreScaling z = ZScoreScaling.fit(train);
        Dataset test = new Dataset(new double[][] {{100, 0.5}}, train.featureNames, new String[] {"T"}, new int[] {-1},
                train.classNames, null);
        // training sd of column a (n-1) = sqrt(4/3)
        assertEquals(100 / Math.sqrt(4.0 / 3), z.apply(test).x[0][0], 1e-12);
        MedianImputation m = MedianImputation.fit(train);
        test.x[0][1] = Double.NaN;
        assertEquals(0.5, m.apply(test).x[0][1], 0.0);
    }

    @Test
    void filtersDropNearConstantAndCorrelatedColumnsKeepingTheOneCloserToTheTarget() {
        int[] y = {0, 0, 0, 1, 1, 1};
        double[][] x = new double[6][];
        for (int i = 0; i < 6; i++) {
            double weak = i;                       // |r| with y = 0.878
            double strong = i + 3 * y[i];          // more related to y, correlated with weak (r ≈ 0.95)
            x[i] = new double[] {weak, strong, i == 0 ? 1 : 0, 7};
        }
        Dataset d = new Dataset(x, new String[] {"weak", "strong", "rare", "const"}, SyntheticData.ids(6), y,
                new String[] {"n", "p"}, null);
        assertArrayEquals(new String[] {"weak", "strong"}, VarianceFilters.nearConstant(d, 0.8).kept);
        assertArrayEquals(new String[] {"strong", "rare", "const"},
                VarianceFilters.correlation(d.columns(new int[] {0, 1, 2, 3}), 0.9).kept);
    }

    @Test
    void nestedTuningChoosesFromTheGridInsideTrainingRows() {
        Dataset d = SyntheticData.signal(60, 40, 4, 1.2, 21L);
        PipelineSpec spec = PipelineSpec.fromYaml(String.join("\n",
                "selection: {method: anova, k: 2}",
                "classifier: {name: Logistic, options: \"-R 1\"}",
                "grid: {selection.k: [1, 4, 30]}",
                "innerFolds: 3", ""));
        CvResult r = new CrossValidation(3, 1, 5, 2).run(spec, d, null);
        assertEquals(3, r.chosenParameters.size());
        for (Map<String, Object> c : r.chosenParameters) assertTrue(List.of(1, 4, 30).contains(c.get("selection.k")), c.toString());
        assertTrue(r.meanAuc() > 0.75, r.toString());
    }

    @Test
    void permutationTestGivesSmallPForSignalAndFormulaFloor() {
        Dataset d = SyntheticData.signal(40, 10, 2, 1.5, 4L);
        PipelineSpec spec = PipelineSpec.fromYaml("classifier: {name: Logistic, options: \"-R 1\"}");
        CrossValidation.PermutationResult p = new CrossValidation(4, 1, 2, 2).permutationTest(spec, d, 19, null);
        assertEquals(19, p.permutedAucs().length);
        // strong signal: no permutation reaches it, so p = 1/(19+1)
        assertEquals(0.05, p.pValue(), 1e-12, "observed " + p.observedAuc());
    }

    @Test
    void savedModelRoundTripsAndRefusesMismatchedFeatures() throws Exception {
        Dataset d = SyntheticData.signal(50, 8, 2, 1.5, 8L);
        PipelineSpec spec = PipelineSpec.fromYaml("selection: {method: relieff, k: 3}\nclassifier: {name: SMO, options: \"-M\"}");
        SavedModel model = SavedModel.train(spec, d, TargetDefinition.binary("status", "pos"), null, 1);
        Path file = dir.resolve("model.bin");
        ModelFiles.save(file, SavedModel.KIND, model);
        SavedModel loaded = ModelFiles.load(file, SavedModel.KIND, SavedModel.class);
        double[][] a = model.predict(d), b = loaded.predict(d);
        for (int i = 0; i < a.length; i++) assertArrayEquals(a[i], b[i]);
        assertArrayEquals(d.featureNames, loaded.featureNames());
        assertEquals("3.9.6", loaded.versions.get("weka"));
        // reordered columns are fine
        int[] reversed = {7, 6, 5, 4, 3, 2, 1, 0};
        assertArrayEquals(a[0], loaded.predict(d.columns(reversed))[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loaded.predict(d.columns(new int[] {0, 1, 2, 4, 5, 6})));
        assertTrue(e.getMessage().contains("f3") && e.getMessage().contains("f7"), e.getMessage());
    }

    @Test
    void metricsMatchHandCalculation() {
        // scores 0.1 0.4 0.35 0.8 with labels 0 0 1 1: pairs (pos>neg) = 0.35>0.1, 0.8>0.1, 0.8>0.4 -> 3/4
        double[][] prob = {{0.9, 0.1}, {0.6, 0.4}, {0.65, 0.35}, {0.2, 0.8}};
        int[] y = {0, 0, 1, 1};
        ClassificationMetrics m = ClassificationMetrics.compute(prob, y, 2, 1);
        assertEquals(0.75, m.auc(), 1e-12);
        assertEquals(0.5, m.sensitivity(), 1e-12);
        assertEquals(1.0, m.specificity(), 1e-12);
        assertEquals(0.75, m.balancedAccuracy(), 1e-12);
        assertEquals((0.01 + 0.16 + 0.4225 + 0.04) / 4, m.brier(), 1e-12);
        // DeLong: V10 = {0.5, 1}, V01 = {1, 0.5}; var = 0.125/2 + 0.125/2 = 0.125
        assertEquals(Math.sqrt(0.125), RocAuc.delong(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}).standardError(), 1e-12);
    }

    @Test
    void everyRequestedClassifierGivesProbabilities() {
        Dataset d = SyntheticData.signal(40, 6, 2, 1.5, 12L);
        for (String[] c : new String[][] {{"weka.classifiers.trees.RandomForest", "-I 20"}, {"SMO", "-M"},
                {"Logistic", "-R 1.0"}, {"NaiveBayes", ""}, {"AdaBoostM1", "-I 10"}}) {
            FittedPipeline f = PipelineSpec.fromMap(Map.of("classifier", Map.of("name", c[0], "options", c[1]),
                    "balance", "weights")).fit(d, 3);
            double[][] p = f.predictProbabilities(d);
            for (double[] row : p) assertEquals(1.0, row[0] + row[1], 1e-9, c[0]);
            assertTrue(RocAuc.auc(RocAuc.column(p, 1), RocAuc.is(d.y, 1)) > 0.8, c[0] + " learns the signal");
        }
    }

    @Test
    void harmonisedTableIsWrittenAndReadBack() throws Exception {
        Dataset d = ComBatTest.multiSite(5);
        Dataset h = ComBatTransform.fit(d, List.of(), ComBat.Options.DEFAULT).apply(d);
        Path csv = dir.resolve("harmonised.csv");
        AtomicFiles.writeText(csv, w -> DatasetWriter.writeWideCsv(h, w));
        FeatureTable back = FeatureTableReader.read(CsvReader.read(csv), "ID");
        assertArrayEquals(h.featureNames, back.names, "text columns batch/class are dropped on reading");
        assertArrayEquals(h.x[17], back.values[17]);
    }
}
