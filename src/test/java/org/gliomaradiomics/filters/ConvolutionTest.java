package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;
import org.junit.jupiter.api.Test;

/** Box means of the line (1, 2, 4) worked out by hand for every padding. */
class ConvolutionTest {
    private static final double[] LINE = {1, 2, 4};
    private static final int[] DIMS = {3, 1, 1};

    private static double[] mean(int support, Padding p) {
        double[] taps = new double[support];
        java.util.Arrays.fill(taps, 1.0 / support);
        return Convolution.along(LINE, DIMS, 0, Kernel1D.centred(taps), p.extension());
    }

    @Test
    void threeVoxelMeanWithEachPadding() {
        // zero: 0 1 2 | 1 2 4 | 2 4 0
        assertArrayEquals(new double[] {1, 7 / 3.0, 2}, mean(3, Padding.ZERO), 1e-12);
        // nearest: 1 1 2 | ... | 2 4 4
        assertArrayEquals(new double[] {4 / 3.0, 7 / 3.0, 10 / 3.0}, mean(3, Padding.NEAREST), 1e-12);
        // periodic: 4 1 2 | ... | 2 4 1
        assertArrayEquals(new double[] {7 / 3.0, 7 / 3.0, 7 / 3.0}, mean(3, Padding.PERIODIC), 1e-12);
        // mirror with edge repeated: same as nearest for a one-voxel overhang
        assertArrayEquals(new double[] {4 / 3.0, 7 / 3.0, 10 / 3.0}, mean(3, Padding.MIRROR), 1e-12);
    }

    @Test
    void fiveVoxelMeanSeparatesMirrorFromNearest() {
        // mirror extends 1 2 4 to 2 1 | 1 2 4 | 4 2; nearest to 1 1 | 1 2 4 | 4 4
        assertArrayEquals(new double[] {10 / 5.0, 12 / 5.0, 13 / 5.0}, mean(5, Padding.MIRROR), 1e-12);
        assertArrayEquals(new double[] {9 / 5.0, 12 / 5.0, 15 / 5.0}, mean(5, Padding.NEAREST), 1e-12);
        // periodic: 2 4 | 1 2 4 | 1 2
        assertArrayEquals(new double[] {13 / 5.0, 12 / 5.0, 10 / 5.0}, mean(5, Padding.PERIODIC), 1e-12);
    }

    @Test
    void paddingNamesTheirBorderExtensions() {
        assertEquals(BorderExtension.ZERO, Padding.parse("constant").extension());
        assertEquals(BorderExtension.NEAREST, Padding.parse("edge").extension());
        assertEquals(BorderExtension.PERIODIC, Padding.parse("wrap").extension());
        // IBSI 2 "mirror" repeats the edge voxel (SciPy reflect, NumPy symmetric)
        assertEquals(BorderExtension.MIRROR, Padding.parse("symmetric").extension());
    }

    @Test
    void convolutionIsNotCorrelation() {
        // an impulse returns the kernel itself, tap centre + j at offset j
        double[] impulse = {0, 0, 1, 0, 0};
        double[] out = Convolution.along(impulse, new int[] {5, 1, 1}, 0, Kernel1D.centred(1, 2, 3), BorderExtension.ZERO);
        assertArrayEquals(new double[] {0, 1, 2, 3, 0}, out, 0);
    }

    @Test
    void twoDimensionalMeanLeavesSlicesApart() {
        Geometry g = Geometry.of(3, 3, 2, 1, 1, 1);
        double[] v = new double[18];
        v[4] = 9; // centre of slice 0
        Volume out = new MeanFilter(3, Dimensionality.TWO_D, Padding.ZERO).apply(new Volume(g, v, DataType.FLOAT64));
        for (int i = 0; i < 9; i++) assertEquals(1, out.voxels()[i], 1e-12);
        for (int i = 9; i < 18; i++) assertEquals(0, out.voxels()[i], 0);
    }

    @Test
    void kernelReversalAndUpsamplingKeepTheOrigin() {
        Kernel1D k = Kernel1D.centred(1, 2, 3, 4); // centre 2: offsets -2..1
        Kernel1D r = k.reversed();                   // k(-t): offsets -1..2, taps 4 3 2 1
        assertArrayEquals(new double[] {4, 3, 2, 1}, r.taps(), 0);
        assertEquals(1, r.centre());
        Kernel1D u = k.upsampled(2);                 // offsets -4..2 step 2
        assertArrayEquals(new double[] {1, 0, 2, 0, 3, 0, 4}, u.taps(), 0);
        assertEquals(4, u.centre());
    }
}
