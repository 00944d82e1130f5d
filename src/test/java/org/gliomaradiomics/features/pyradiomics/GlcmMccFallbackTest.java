package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The symmetric reformulation used when the general eigen solver does not converge has Q's eigenvalues. */
class GlcmMccFallbackTest {
    @Test
    void symmetricFormGivesTheSameSecondEigenvalue() {
        Random rnd = new Random(5);
        for (int nl : new int[] {3, 8, 20}) {
            double[] p = new double[nl * nl];
            double total = 0;
            for (int i = 0; i < p.length; i++) total += p[i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
            for (int i = 0; i < p.length; i++) p[i] /= total;
            double[] px = new double[nl], py = new double[nl];
            for (int a = 0; a < nl; a++) for (int b = 0; b < nl; b++) { px[a] += p[a * nl + b]; py[b] += p[a * nl + b]; }
            double[] e = GlcmFeatures.symmetricEigenvalues(p, px, py);
            Arrays.sort(e);
            assertEquals(GlcmFeatures.mcc(p, px, py), Math.sqrt(e[nl - 2]), 1e-9, "levels " + nl);
        }
    }
}
