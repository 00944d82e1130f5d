package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Threads;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The full extractor on the IBSI digital phantom (as Volumes) reproduces every reference row of every family
 * that is implemented (non-empty feature list). */
class ExtractorOnPhantomTest {
    static Volume volume(int[] values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = values[i];
        return new Volume(Geometry.of(5, 4, 4, 2, 2, 2), v, DataType.INT16);
    }

    static ExtractionSettings phantomSettings() {
        ExtractionSettings s = ExtractionSettings.builder()
            .discretisation(ExtractionSettings.Discretisation.NONE) // grey levels as they are, Ng = 6
            .ivhDiscretisation(ExtractionSettings.IvhDiscretisation.NONE) // levels 1..6
            .build();
        return s;
    }

    @TestFactory
    Stream<DynamicTest> reproducesEveryImplementedReferenceRow() throws IOException {
        List<ExtractedFeature> values = FeatureExtractor.extract(volume(IbsiPhantom.IMAGE), volume(IbsiPhantom.MASK), 1, phantomSettings());
        Map<String, Double> byKey = new HashMap<>();
        for (ExtractedFeature v : values) byKey.put(PhantomRows.key(v.family(), v.ibsiCode(), v.feature(), v.aggregation()), v.value());
        List<IbsiReference.Row> rows = new ArrayList<>();
        for (IbsiReference.Row r : IbsiReference.digitalPhantom())
            if (FeatureRegistry.family(r.family()).map(f -> !f.features().isEmpty()).orElse(false)) rows.add(r);
        assertTrue(rows.size() >= 74, "at least the first-order rows are implemented");
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.family() + " " + row.aggregation() + " " + row.feature(), () -> {
            Double v = byKey.get(PhantomRows.key(row));
            assertNotNull(v, "no value emitted for " + row);
            assertTrue(row.accepts(v), row.feature() + ": got " + v + ", reference " + row.value() + " ± " + row.tolerance());
        }));
    }

    @Test
    void outputIsInRegistryOrderAndIndependentOfThreads() throws Exception {
        ExtractionSettings s = phantomSettings();
        List<ExtractedFeature> a = FeatureExtractor.extract(volume(IbsiPhantom.IMAGE), volume(IbsiPhantom.MASK), 1, s);
        List<ExtractedFeature> b = Threads.serial().call(() -> FeatureExtractor.extract(volume(IbsiPhantom.IMAGE), volume(IbsiPhantom.MASK), 1, s));
        assertEquals(a, b); // record equality compares doubles bit for bit (Double.compare)
        List<String> familyOrder = new ArrayList<>();
        for (ExtractedFeature v : a) if (familyOrder.isEmpty() || !familyOrder.get(familyOrder.size() - 1).equals(v.family())) familyOrder.add(v.family());
        List<String> registry = new ArrayList<>();
        for (FeatureFamily f : FeatureRegistry.families()) if (!f.features().isEmpty()) registry.add(f.name());
        assertEquals(registry, familyOrder);
    }

    @Test
    void emptyRoiIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FeatureExtractor.extract(volume(IbsiPhantom.IMAGE), volume(IbsiPhantom.MASK), 2, phantomSettings()));
        assertEquals("ROI of label 2 is empty", e.getMessage());
    }

    @Test
    void cropKeepsTheLocalIntensityMarginInsideTheImage() {
        // A one-voxel ROI in a 30^3 image at 1 mm: radius 6.2 mm -> margin ceil(6.2) = 7 voxels on each side.
        Geometry g = Geometry.of(30, 30, 30, 1, 1, 1);
        Volume img = Volume.zeros(g, DataType.FLOAT64), mask = Volume.zeros(g, DataType.UINT8);
        mask.set(3, 15, 15, 1);
        img.set(3, 15, 15, 5);
        RoiData roi = FeatureExtractor.prepare(img, mask, 1, phantomSettings());
        assertEquals(3 + 1 + 7, roi.nx); // clamped at x = 0
        assertEquals(15, roi.ny);
        assertEquals(15, roi.nz);
        assertEquals(1, roi.intensityCount());
    }

    @Test
    void resegmentationAndFixedBinSizeFollowIbsi() {
        ExtractionSettings s = phantomSettings().toBuilder()
            .resegmentationLower(2) // drops the 50 voxels of intensity 1
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_SIZE)
            .binWidth(2) // lower bound = re-segmentation minimum 2: 3 -> 1, 4 -> 2, 6 -> 3
            .build();
        RoiData roi = FeatureExtractor.prepare(volume(IbsiPhantom.IMAGE), volume(IbsiPhantom.MASK), 1, s);
        assertEquals(24, roi.intensityCount());
        assertEquals(3, roi.ng);
        int[] count = new int[4];
        for (int i = 0; i < roi.grey.length; i++) if (roi.intensityMask[i]) count[roi.grey[i]]++;
        assertEquals(List.of(0, 1, 16, 7), List.of(count[0], count[1], count[2], count[3]));
        // IVH without discretisation, range [2, max 6]: levels 2..6
        assertEquals(5, roi.ivhLevels.length);
        assertEquals(2, roi.ivhLevels[0]);
    }
}
