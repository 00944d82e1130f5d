package org.gliomaradiomics.segment;

import org.gliomaradiomics.image.ModelFiles;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoxelClassifierTest {
    @Test
    void trainedOnHalfTheSlicesSegmentsTheOtherHalf(@TempDir Path dir) throws Exception {
        SyntheticCase c = SyntheticCase.generate(11, new int[] {64, 64, 40}, new double[] {1, 1, 1.5}, null);
        Geometry g = c.labels().geometry();
        boolean[] lower = new boolean[(int) g.voxelCount()], upper = new boolean[lower.length];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = i / (g.nx * g.ny) < g.nz / 2;
            upper[i] = !lower[i];
        }
        VoxelClassifierModel model = VoxelClassifier.train(c.sequences(), c.labels(),
            VoxelClassifier.Settings.builder().trainingRegion(lower).samplesPerClass(1000).seed(3).threads(2).build(), null);
        assertArrayEquals(new int[] {0, 1, 2, 4}, model.classLabels());
        Volume predicted = model.apply(c.sequences(), 2, null);

        boolean[] wtTest = and(BratsRegions.region(predicted, BratsRegions.Region.WHOLE_TUMOUR), upper);
        boolean[] wtTrue = and(BratsRegions.region(c.labels(), BratsRegions.Region.WHOLE_TUMOUR), upper);
        assertTrue(Masks.count(wtTrue) > 1000, "the tumour must reach the test half");
        double dice = OverlapMetrics.compute(wtTest, wtTrue, g).dice;
        assertTrue(dice >= 0.9, "whole tumour Dice " + dice);

        // saved and loaded, the model gives the same labels
        Path file = dir.resolve("model.ser");
        ModelFiles.save(file, VoxelClassifierModel.KIND, model);
        VoxelClassifierModel loaded = ModelFiles.load(file, VoxelClassifierModel.KIND, VoxelClassifierModel.class);
        assertEquals(model.features().names(), loaded.features().names());
        assertArrayEquals(predicted.voxels(), loaded.apply(c.sequences(), 1, null).voxels());

        // a case without T2 and FLAIR is refused, naming them
        Map<String, Volume> partial = new LinkedHashMap<>(c.sequences());
        partial.remove("T2");
        partial.remove("FLAIR");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loaded.apply(partial, 1, null));
        assertTrue(e.getMessage().contains("[T2, FLAIR]"), e.getMessage());
    }

    @Test
    void anyWekaClassifierByNameAndScribbles() {
        SyntheticCase c = SyntheticCase.generate(2, new int[] {40, 40, 24}, new double[] {1.5, 1.5, 2}, null);
        // scribbles: keep every 7th labelled voxel, the rest unlabelled; 9 marks healthy brain
        double[] scribbles = new double[c.labels().voxels().length];
        for (int i = 0; i < scribbles.length; i++)
            if (i % 7 == 0 && c.brainMask()[i]) scribbles[i] = c.labels().voxels()[i] == 0 ? 9 : c.labels().voxels()[i];
        Volume labels = new Volume(c.labels().geometry(), scribbles, c.labels().type());
        VoxelClassifierModel model = VoxelClassifier.train(c.sequences(), labels, VoxelClassifier.Settings.builder()
            .zeroIsUnlabelled(true).samplesPerClass(300).classifier("weka.classifiers.trees.J48", "-C 0.25 -M 2")
            .features(new VoxelFeatureSet(java.util.List.of("T1c", "T2"), new double[] {1.5}, java.util.EnumSet.of(VoxelFeature.INTENSITY, VoxelFeature.GAUSSIAN))).build(), null);
        assertArrayEquals(new int[] {1, 2, 4, 9}, model.classLabels());
        assertTrue(model.classifierDescription().contains("J48"));
        Volume predicted = model.apply(c.sequences(), 2, null);
        double dice = OverlapMetrics.compute(BratsRegions.region(c.labels(), BratsRegions.Region.TUMOUR_CORE),
            Masks.anyOf(predicted, 1, 4), predicted.geometry()).dice;
        assertTrue(dice > 0.8, "tumour core Dice " + dice);
        assertThrows(IllegalArgumentException.class, () -> VoxelClassifier.train(c.sequences(), labels,
            VoxelClassifier.Settings.builder().zeroIsUnlabelled(true).classifier("weka.classifiers.NoSuchThing", null).build(), null));
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[a.length];
        for (int i = 0; i < r.length; i++) r[i] = a[i] && b[i];
        return r;
    }
}
