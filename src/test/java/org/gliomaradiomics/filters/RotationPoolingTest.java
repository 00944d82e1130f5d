package org.gliomaradiomics.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/** The sign shortcut for even/odd kernels against convolving with every rotated kernel. */
class RotationPoolingTest {

    @Test
    void parityShortcutEqualsBruteForce() {
        int[] dims = {7, 6, 5};
        double[] in = new double[7 * 6 * 5];
        Random rnd = new Random(3);
        for (int i = 0; i < in.length; i++) in[i] = rnd.nextGaussian();
        for (String name : new String[] {"E5L5S5", "E3W5R5", "L5S5", "E5W5"}) {
            Kernel1D[] k = LawsKernels.parse(name);
            Dimensionality d = k.length == 3 ? Dimensionality.THREE_D : Dimensionality.TWO_D;
            for (Pooling pooling : Pooling.values()) {
                double[] fast = RotationPooling.separable(in, dims, k, d, Padding.MIRROR, pooling, f -> { });
                double[] brute = RotationPooling.pool(d, pooling, r -> Convolution.separable(in, dims, r.place(k), BorderExtension.MIRROR), f -> { });
                assertArrayEquals(brute, fast, 1e-12, name + " " + pooling);
            }
        }
    }

    @Test
    void kernelParity() {
        assertEquals(1, LawsKernels.kernel("L5").parity());
        assertEquals(-1, LawsKernels.kernel("E5").parity());
        assertEquals(-1, LawsKernels.kernel("W5").parity());
        assertEquals(0, Kernel1D.centred(1, 1).parity()); // even length: mirroring moves the origin
    }
}
