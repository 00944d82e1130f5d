package org.gliomaradiomics.segment;

import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.image.TextFiles;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Habitats recover the known sub-regions of synthetic gliomas (necrosis, oedema, enhancing rim, which differ in
 * T1c, T2 and FLAIR as in real tumours), keep their identity when a model fitted on one case is applied to another,
 * and are the same for the same seed.
 */
class HabitatsTest {
    @TempDir
    Path dir;

    static final List<String> SEQUENCES = List.of(SyntheticCase.T1C, SyntheticCase.T2, SyntheticCase.FLAIR);

    static SyntheticCase synthetic(long seed) {
        return SyntheticCase.generate(seed, new int[] {80, 80, 56}, new double[] {2, 2, 2}, new SyntheticCase.Options());
    }

    static List<Volume> sequences(SyntheticCase c) {
        return SEQUENCES.stream().map(s -> c.sequences().get(s)).toList();
    }

    static boolean[] wholeTumour(SyntheticCase c) {
        double[] l = c.labels().voxels();
        boolean[] r = new boolean[l.length];
        for (int i = 0; i < l.length; i++) r[i] = l[i] > 0;
        return r;
    }

    /** Dice of habitat h against BraTS label L, over the whole-tumour voxels. */
    static double dice(int[] habitat, double[] labelsInRegion, int h, int label) {
        int both = 0, a = 0, b = 0;
        for (int i = 0; i < habitat.length; i++) {
            boolean x = habitat[i] == h, y = labelsInRegion[i] == label;
            if (x) a++;
            if (y) b++;
            if (x && y) both++;
        }
        return 2.0 * both / (a + b);
    }

    static double[] labelsIn(SyntheticCase c, boolean[] region) {
        double[] l = c.labels().voxels();
        int n = 0;
        for (boolean r : region) if (r) n++;
        double[] out = new double[n];
        for (int i = 0, j = 0; i < l.length; i++) if (region[i]) out[j++] = l[i];
        return out;
    }

    @Test
    void threeHabitatsAreNecrosisOedemaAndEnhancingTumour() {
        SyntheticCase c = synthetic(11);
        boolean[] wt = wholeTumour(c);
        double[][] x = Habitats.points(sequences(c), wt, Habitats.nonZeroInAll(sequences(c)));
        Habitats.Model m = Habitats.fit(x, SEQUENCES, 3, 7);
        int[] h = Habitats.assign(m, x);
        double[] truth = labelsIn(c, wt);
        int enhancing = c.convention().enhancingLabel;
        // habitat 1..3 by T1c centre: necrosis (T1c darkest), oedema, enhancing rim (brightest)
        double necrosis = dice(h, truth, 1, BratsRegions.NECROSIS), oedema = dice(h, truth, 2, BratsRegions.OEDEMA), rim = dice(h, truth, 3, enhancing);
        assertTrue(necrosis > 0.85 && oedema > 0.9 && rim > 0.85, "Dice necrosis " + necrosis + ", oedema " + oedema + ", enhancing " + rim);
    }

    /**
     * Points 0, 1, 10, 11 in two clusters (hand calculation, Rousseeuw 1987): for 0, a = 1 and b = mean(10, 11) =
     * 10.5, s = 9.5 / 10.5; for 1, a = 1 and b = mean(9, 10) = 9.5, s = 8.5 / 9.5; 11 and 10 mirror them.
     */
    @Test
    void silhouetteByHand() {
        double[][] x = {{0}, {1}, {10}, {11}};
        double s = Habitats.silhouette(x, new int[] {0, 1, 2, 3}, new double[][] {{0.5}, {10.5}});
        assertEquals((9.5 / 10.5 + 8.5 / 9.5) / 2, s, 1e-15);
        assertEquals(2, Habitats.fit(x, List.of("a"), 0, 1).k()); // k = 3 would split a pair: lower silhouette
    }

    @Test
    void aModelFromOneCaseKeepsItsHabitatsInAnother() throws Exception {
        SyntheticCase train = synthetic(21), test = synthetic(22);
        double[][] xt = Habitats.points(sequences(train), wholeTumour(train), Habitats.nonZeroInAll(sequences(train)));
        Path file = dir.resolve("habitats.txt");
        java.nio.file.Files.writeString(file, Habitats.fit(xt, SEQUENCES, 3, 5).toText());
        Habitats.Model m = Habitats.Model.parse(TextFiles.read(file), file.toString());
        boolean[] wt = wholeTumour(test);
        int[] h = Habitats.assign(m, Habitats.points(sequences(test), wt, Habitats.nonZeroInAll(sequences(test))));
        double[] truth = labelsIn(test, wt);
        assertTrue(dice(h, truth, 2, BratsRegions.OEDEMA) > 0.9, "oedema Dice in the new case: " + dice(h, truth, 2, BratsRegions.OEDEMA));
        assertTrue(dice(h, truth, 3, test.convention().enhancingLabel) > 0.85);
    }

    @Test
    void sameSeedSameHabitats() {
        SyntheticCase c = synthetic(31);
        boolean[] wt = wholeTumour(c);
        double[][] x = Habitats.points(sequences(c), wt, Habitats.nonZeroInAll(sequences(c)));
        Habitats.Model a = Habitats.fit(x, SEQUENCES, 0, 99), b = Habitats.fit(x, SEQUENCES, 0, 99);
        assertEquals(a.k(), b.k());
        for (int i = 0; i < a.k(); i++) assertArrayEquals(a.centres()[i], b.centres()[i], 0.0);
    }

    @Test
    void emptyRegionAndBadKAreClearErrors() {
        double[][] none = new double[0][3];
        assertThrows(IllegalArgumentException.class, () -> Habitats.fit(none, SEQUENCES, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Habitats.fit(new double[][] {{0, 0, 0}, {1, 1, 1}}, SEQUENCES, 1, 1));
    }
}
