package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.gliomaradiomics.table.Table;
import org.junit.jupiter.api.Test;

/** New-lesion detection on hand-made label maps, and delta-radiomics on hand-made feature tables. */
class NewLesionsAndDeltaTest {
    static final Geometry G = Geometry.of(80, 60, 5, 1, 1, 2);

    /** Enhancing (4) boxes {x0, y0, side} of side x side voxels on slices 1-3. */
    static Volume boxes(int[]... b) {
        double[] v = new double[(int) G.voxelCount()];
        for (int[] r : b)
            for (int z = 1; z <= 3; z++)
                for (int y = r[1]; y < r[1] + r[2]; y++) for (int x = r[0]; x < r[0] + r[2]; x++) v[G.index(x, y, z)] = 4;
        return new Volume(G, v, DataType.UINT8);
    }

    @Test
    void componentsAwayFromThePreviousEnhancementByMoreThanTheMarginAreNew() {
        Volume previous = boxes(new int[] {10, 10, 12});
        // the same lesion grown by 2 voxels, one 4 mm away (within 5 mm: not new) and one far away (new)
        Volume current = boxes(new int[] {8, 8, 16}, new int[] {25, 12, 6}, new int[] {55, 30, 12});
        boolean[] isNew = NewLesions.detect(current, previous, null, 5);
        // components are numbered by decreasing size: 16² and 12² boxes, then 6²
        assertArrayEquals(new boolean[] {false, false, true, false}, isNew);
        // with a 3 mm margin the 4 mm-away lesion is new as well
        assertArrayEquals(new boolean[] {false, false, true, true}, NewLesions.detect(current, previous, null, 3));
    }

    @Test
    void aTransformMapsThePreviousScanBeforeTheComparison() {
        Volume previous = boxes(new int[] {10, 10, 12});
        Volume current = boxes(new int[] {40, 10, 12}); // moved by 30 mm in x
        assertArrayEquals(new boolean[] {false, true}, NewLesions.detect(current, previous, null, 5));
        WorldTransform currentToPrevious = WorldTransform.of(Geometry.identity(), new double[] {-30, 0, 0});
        assertArrayEquals(new boolean[] {false, false}, NewLesions.detect(current, previous, currentToPrevious, 5));
    }

    @Test
    void aNewMeasurableLesionMakesTheAssessmentProgress() {
        Volume first = boxes(new int[] {10, 10, 12});
        Volume second = boxes(new int[] {10, 10, 12}, new int[] {50, 30, 11});
        List<Assessment> a = LongitudinalAnalysis.assessLabelMaps("p", List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)),
            List.of(first, second), null, TreatmentEvents.none(), LongitudinalSettings.defaults());
        assertTrue(a.get(1).measurement().newMeasurableLesion());
        assertEquals(Response.PD, a.get(1).bidimensional());
        Table t = AssessmentOutputs.table(a);
        assertEquals(Boolean.TRUE, t.get(1, "new_lesion"));
        assertEquals(Boolean.FALSE, t.get(0, "new_lesion"));
    }

    @Test
    void deltasFromReferenceAndPreviousScan() {
        Map<String, Map<String, Map<String, Double>>> s0 = Map.of("ET", Map.of("t1ce", Map.of("Mean", 100.0, "Energy", 0.0)));
        Map<String, Map<String, Map<String, Double>>> s1 = Map.of("ET", Map.of("t1ce", Map.of("Mean", 150.0, "Energy", 2.0)));
        Map<String, Map<String, Map<String, Double>>> s2 = Map.of("ET", Map.of("t1ce", Map.of("Mean", 120.0)));
        List<DeltaRadiomics.Delta> d = DeltaRadiomics.compute(List.of("d0", "d1", "d2"), List.of(s0, s1, s2), 0);
        DeltaRadiomics.Delta mean1 = find(d, "d1", "Mean"), mean2 = find(d, "d2", "Mean"), energy1 = find(d, "d1", "Energy"), energy2 = find(d, "d2", "Energy");
        assertEquals(50, mean1.deltaReference(), 0);
        assertEquals(0.5, mean1.relativeReference(), 0);
        assertEquals(50, mean1.deltaPrevious(), 0);
        assertEquals(20, mean2.deltaReference(), 0);
        assertEquals(-30, mean2.deltaPrevious(), 0);
        assertEquals(-0.2, mean2.relativePrevious(), 1e-15);
        assertEquals(2, energy1.deltaReference(), 0);
        assertTrue(Double.isNaN(energy1.relativeReference()), "relative change from 0 is undefined");
        assertTrue(Double.isNaN(energy2.value()) && Double.isNaN(energy2.deltaPrevious()), "a missing feature gives NaN");
        assertTrue(Double.isNaN(find(d, "d0", "Mean").deltaPrevious()), "no previous scan for the first");
        // relative change uses |reference|: from -10 to -5 is +50 %
        List<DeltaRadiomics.Delta> neg = DeltaRadiomics.computeFlat(List.of("a", "b"),
            List.of(Map.of(new DeltaRadiomics.Key("TC", "flair", "Skew"), -10.0), Map.of(new DeltaRadiomics.Key("TC", "flair", "Skew"), -5.0)), 0);
        assertEquals(0.5, neg.get(1).relativeReference(), 0);
        assertEquals(DeltaRadiomics.COLUMNS, DeltaRadiomics.toTable(d).columns());
        assertEquals(6, DeltaRadiomics.toTable(d).rowCount());
    }

    private static DeltaRadiomics.Delta find(List<DeltaRadiomics.Delta> d, String scan, String feature) {
        return d.stream().filter(x -> x.scan().equals(scan) && x.key().feature().equals(feature)).findFirst().orElseThrow();
    }
}
