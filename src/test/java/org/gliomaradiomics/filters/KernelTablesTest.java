package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.numerics.Kernel1D;
import org.junit.jupiter.api.Test;

/** Laws normalisation, wavelet filter identities, rotation counts and factory validation. */
class KernelTablesTest {

    @Test
    void lawsKernelsHaveIbsiNormalisation() {
        // IBSI: L5 = (1, 4, 6, 4, 1) / sqrt(70), E3 = (-1, 0, 1) / sqrt(2), S5 = (-1, 0, 2, 0, -1) / sqrt(6)
        double r70 = Math.sqrt(70);
        assertArrayEquals(new double[] {1 / r70, 4 / r70, 6 / r70, 4 / r70, 1 / r70}, LawsKernels.kernel("L5").taps(), 1e-15);
        assertArrayEquals(new double[] {-1 / Math.sqrt(2), 0, 1 / Math.sqrt(2)}, LawsKernels.kernel("E3").taps(), 1e-15);
        double r6 = Math.sqrt(6);
        assertArrayEquals(new double[] {-1 / r6, 0, 2 / r6, 0, -1 / r6}, LawsKernels.kernel("S5").taps(), 1e-15);
        for (String n : List.of("L3", "E3", "S3", "L5", "E5", "S5", "W5", "R5")) {
            double sq = 0;
            for (double t : LawsKernels.kernel(n).taps()) sq += t * t;
            assertEquals(1, sq, 1e-14, n);
        }
        assertEquals(3, LawsKernels.parse("E5L5S5").length);
        assertThrows(IllegalArgumentException.class, () -> LawsKernels.parse("E5X5"));
    }

    @Test
    void waveletFiltersAreOrthonormalQuadratureMirrors() {
        // identities of every orthogonal wavelet: sum lo = sqrt 2, sum hi = 0, lo orthonormal to its even shifts
        for (String w : WaveletCoefficients.names()) {
            double[] lo = WaveletCoefficients.decompositionLowPass(w), hi = WaveletCoefficients.decompositionHighPass(w);
            double sumLo = 0, sumHi = 0;
            for (int k = 0; k < lo.length; k++) { sumLo += lo[k]; sumHi += hi[k]; }
            assertEquals(Math.sqrt(2), sumLo, 1e-9, w);
            assertEquals(0, sumHi, 1e-9, w);
            for (int shift = 0; shift < lo.length; shift += 2) {
                double dot = 0;
                for (int k = 0; k + shift < lo.length; k++) { dot += lo[k] * lo[k + shift]; }
                assertEquals(shift == 0 ? 1 : 0, dot, 1e-8, w + " shift " + shift); // PyWavelets' coif5 is accurate to ~2e-9
            }
        }
        // PyWavelets db2 dec_hi
        assertArrayEquals(new double[] {-0.48296291314469025, 0.83651630373746899, -0.22414386804185735, -0.12940952255092145},
            WaveletCoefficients.decompositionHighPass("db2"), 1e-15);
    }

    @Test
    void waveletKernelIsTheBandsFilterCentredAtHalfItsLength() {
        // db2: four taps, origin at tap 2 (pywt's periodization convolution and SciPy's origin for even lengths)
        Kernel1D lo = WaveletCoefficients.kernel("db2", 'L'), hi = WaveletCoefficients.kernel("db2", 'H');
        assertEquals(2, lo.centre());
        assertArrayEquals(new double[] {-0.12940952255092145, 0.22414386804185735, 0.83651630373746899, 0.48296291314469025}, lo.taps(), 0);
        assertArrayEquals(new double[] {-0.48296291314469025, 0.83651630373746899, -0.22414386804185735, -0.12940952255092145}, hi.taps(), 1e-15);
        // a band other than L or H is refused, not read as the high-pass filter
        assertThrows(IllegalArgumentException.class, () -> WaveletCoefficients.kernel("db2", 'l'));
        assertThrows(IllegalArgumentException.class, () -> WaveletCoefficients.kernel("db2", 'X'));
    }

    @Test
    void rightAngleRotationsAreDistinctProperRotations() {
        for (Dimensionality d : Dimensionality.values()) {
            Set<String> seen = new HashSet<>();
            for (RightAngleRotations.Rotation r : RightAngleRotations.of(d))
                seen.add(java.util.Arrays.toString(r.axisOf) + java.util.Arrays.toString(r.flip));
            assertEquals(d == Dimensionality.THREE_D ? 24 : 4, seen.size());
        }
    }

    @Test
    void factoryRejectsUnknownKeysAndBadValues() {
        assertThrows(IllegalArgumentException.class, () -> FilterFactory.create(Map.of("type", "mean", "padding", "zero", "dimensionality", "3D", "support", 3, "sigma", 2)));
        assertThrows(IllegalArgumentException.class, () -> FilterFactory.create(Map.of("type", "mean", "padding", "reflectx", "dimensionality", "3D", "support", 3)));
        assertThrows(IllegalArgumentException.class, () -> FilterFactory.create(Map.of("type", "mean", "padding", "zero", "dimensionality", "3D", "support", 4)));
        assertThrows(IllegalArgumentException.class, () -> FilterFactory.create(Map.of("type", "wavelet", "padding", "zero", "dimensionality", "3D", "wavelet", "db2", "map", "LH")));
        assertEquals(MeanFilter.class, FilterFactory.create(Map.of("type", "mean", "padding", "zero", "dimensionality", "3D", "support", 3)).getClass());
    }
}
