package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's robust step drops exactly the features a robustness table rates below the threshold. */
class RobustFeaturesTest {
    @TempDir
    Path dir;

    private Dataset data() {
        Dataset d = SyntheticData.signal(60, 6, 2, 1.5, 5);
        String[] names = {"original_a", "original_b", "original_c", "original_d", "label2_original_a", "clinical_age"};
        return new Dataset(d.x, names, d.ids, d.y, d.classNames, null);
    }

    private Path table() throws Exception {
        Path t = dir.resolve("robustness.csv");
        Files.writeString(t, String.join("\n",
            "feature,icc1,icc1_lower,icc1_upper,icc2,icc2_lower,icc2_upper,cv,defined_fraction,targets,conditions",
            "original_a,0.9,0.8,0.95,0.7,0.6,0.8,0.01,1,10,20",
            "original_b,0.7499,0.6,0.8,0.9,0.8,0.95,0.01,1,10,20",
            "original_c,0.75,0.5,0.9,0.75,0.5,0.9,0.01,1,10,20",
            "original_d,NaN,NaN,NaN,NaN,NaN,NaN,NaN,0,0,20",
            "original_unused,0.1,0,0.2,0.1,0,0.2,0.5,1,10,20", ""));
        return t;
    }

    @Test
    void dropsExactlyTheFeaturesBelowTheThresholdBeforeTheOtherSteps() throws Exception {
        table();
        Path yaml = dir.resolve("p.yaml");
        Files.writeString(yaml, "robust: {table: robustness.csv, icc: 0.75}\nclassifier: {name: weka.classifiers.functions.Logistic}\n");
        FittedPipeline p = org.gliomaradiomics.commands.PipelineFiles.read(yaml).fit(data(), 1); // the table's path is relative to the YAML file
        ColumnSubset first = (ColumnSubset) p.steps.get(0);
        assertEquals("robust", first.step);
        // b (0.7499) and d (never defined) go; c at exactly 0.75 stays; a label-prefixed a is rated as a; age is not rated
        assertArrayEquals(new String[] {"original_a", "original_c", "label2_original_a", "clinical_age"}, first.kept);
        assertArrayEquals(first.kept, p.selectedFeatures);
    }

    @Test
    void anotherMeasureAndThresholdChooseOtherFeatures() throws Exception {
        RobustFeatures r = PipelineSpec.robustFeatures(org.gliomaradiomics.table.CsvReader.read(table()), "icc2_lower", 0.6);
        assertArrayEquals(new String[] {"original_a", "original_b", "label2_original_a", "clinical_age"}, r.fit(data()).kept);
    }

    @Test
    void aTableOfOtherFeaturesOrABadMeasureIsAnError() throws Exception {
        Path t = dir.resolve("other.csv");
        Files.writeString(t, "feature,icc1\nsomething_else,0.9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PipelineSpec.robustFeatures(org.gliomaradiomics.table.CsvReader.read(t), "icc1", 0.75).fit(data()));
        assertTrue(e.getMessage().contains("none of its 1 features"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PipelineSpec.robustFeatures(org.gliomaradiomics.table.CsvReader.read(t), "cv", 0.75));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
            () -> org.gliomaradiomics.commands.PipelineFiles.parse("robust: {table: " + dir.resolve("none.csv") + "}"));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }
}
