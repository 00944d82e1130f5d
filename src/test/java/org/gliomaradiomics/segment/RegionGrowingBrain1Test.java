package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Connectivity;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * Region growing on a real MRI tumour: brain1 (PyRadiomics test case), seeded at voxel (192, 106, 14) near the
 * centroid of its label, intensity range [700, 1400] (the tumour's enhancing intensities; the brain around it lies
 * mostly below 700), within 30 mm of the seed. The adaptive mean ± k sigma mode does not suit this tumour: its
 * seed neighbourhood is too heterogeneous for the first interval to contain the seed.
 */
class RegionGrowingBrain1Test {
    @Test
    void grownRegionOverlapsTheReferenceLabelWithDiceAtLeast0_7() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        Volume label = ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry());
        RegionGrowing.Result r = RegionGrowing.grow(image, RegionGrowing.Settings.builder().seed(192, 106, 14).range(700, 1400)
            .connectivity(Connectivity.SIX).maxRadiusMm(30).build());
        double dice = OverlapMetrics.compute(r.mask, Masks.nonZero(label), image.geometry()).dice;
        System.out.println("brain1 region growing Dice " + dice);
        assertTrue(dice >= 0.7, "Dice " + dice);
    }
}
