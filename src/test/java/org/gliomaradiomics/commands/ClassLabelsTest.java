package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.learn.ClinicalTable;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.TargetDefinition;
import org.junit.jupiter.api.Test;

/** Chart legends name the classes by the target and its values, not "negative" / "positive". */
class ClassLabelsTest {
    private static Dataset dataset(String[] ids, int[] y, String[] classNames) {
        double[][] x = new double[ids.length][1];
        return new Dataset(x, new String[] {"f"}, ids, y, classNames, null);
    }

    private static ClinicalTable clinical(String column, String... idValue) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < idValue.length; i += 2) rows.put(idValue[i], Map.of(column, idValue[i + 1]));
        return new ClinicalTable("c.csv", List.of("ID", column), rows);
    }

    @Test
    void binaryClassesAreNamedByTheirValuesOrTheirPattern() {
        TargetDefinition idh = TargetDefinition.binary("IDH", "(?i)mut");
        Dataset d = dataset(new String[] {"a", "b", "c"}, new int[] {0, 1, 1}, idh.binaryClassNames());
        assertArrayEquals(new String[] {"IDH=wildtype", "IDH=mutant|mutated"},
            DatasetCommand.classLabels(d, clinical("IDH", "a", "wildtype", "b", "mutant", "c", "mutated"), idh));
        // four values in the positive class: named by the pattern that defines it, and the negative class by its complement
        Dataset many = dataset(new String[] {"a", "b", "c", "d", "e", "f"}, new int[] {0, 1, 1, 1, 1, 0}, idh.binaryClassNames());
        assertArrayEquals(new String[] {"IDH=other|wildtype", "IDH=/(?i)mut/"}, DatasetCommand.classLabels(many,
            clinical("IDH", "a", "wildtype", "b", "mut1", "c", "mut2", "d", "mut3", "e", "mut4", "f", "other"), idh));
    }

    @Test
    void multiClassLevelsKeepTheirValue() {
        TargetDefinition grade = TargetDefinition.multiClass("Grade");
        Dataset d = dataset(new String[] {"a", "b", "c"}, new int[] {0, 1, 2}, new String[] {"2", "3", "4"});
        assertArrayEquals(new String[] {"Grade=2", "Grade=3", "Grade=4"},
            DatasetCommand.classLabels(d, clinical("Grade", "a", "2", "b", "3", "c", "4"), grade));
    }
}
