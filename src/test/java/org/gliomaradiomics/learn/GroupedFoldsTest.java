package org.gliomaradiomics.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouped folds keep every group (a patient's scans) in one fold and stay stratified by class. */
class GroupedFoldsTest {
    @Test
    void everyGroupLiesInOneFoldAndClassesAreSpread() {
        int n = 60;
        int[] y = new int[n];
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            groups[i] = "p" + (i / 3); // 20 patients with 3 scans each
            y[i] = (i / 3) % 2;        // 10 positive and 10 negative patients
        }
        CrossValidation cv = new CrossValidation(5, 3, 42, 1);
        for (int r = 0; r < 3; r++) {
            int[] fold = cv.groupedFoldAssignment(y, 2, groups, r);
            Map<String, Set<Integer>> foldsOfGroup = new HashMap<>();
            int[][] perFold = new int[5][2];
            for (int i = 0; i < n; i++) {
                foldsOfGroup.computeIfAbsent(groups[i], g -> new HashSet<>()).add(fold[i]);
                perFold[fold[i]][y[i]]++;
            }
            for (Set<Integer> f : foldsOfGroup.values()) assertEquals(1, f.size());
            for (int[] c : perFold) {
                assertEquals(6, c[0], "2 negative patients x 3 scans per fold");
                assertEquals(6, c[1]);
            }
        }
        assertTrue(!java.util.Arrays.equals(cv.groupedFoldAssignment(y, 2, groups, 0), cv.groupedFoldAssignment(y, 2, groups, 1)), "repeats reshuffle");
    }
}
