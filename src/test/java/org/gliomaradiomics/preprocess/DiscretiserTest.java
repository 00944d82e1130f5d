package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscretiserTest {
    @Test
    void fixedBinNumberByHand() {
        double[] v = {0, 2.5, 5, 7.4, 10, 99};
        boolean[] m = {true, true, true, true, true, false};
        // min 0, max 10, Ng 4: floor(4 x / 10) + 1, max -> 4, outside the mask -> 0
        Discretiser.Levels l = Discretiser.fixedBinNumber(v, m, 4);
        assertArrayEquals(new int[] {1, 2, 3, 3, 4, 0}, l.levels());
        assertEquals(4, l.ng());
    }

    @Test
    void fixedBinNumberOfConstantRoiIsOne() {
        assertArrayEquals(new int[] {1, 1}, Discretiser.fixedBinNumber(new double[] {3, 3}, new boolean[] {true, true}, 8).levels());
    }

    @Test
    void fixedBinSizeByHand() {
        double[] v = {-500, -476, -475, 400};
        boolean[] m = {true, true, true, true};
        // floor((x + 500) / 25) + 1: 0 -> 1, 24/25 -> 1, 25/25 -> 2, 900/25 -> 37
        Discretiser.Levels l = Discretiser.fixedBinSize(v, m, 25, -500);
        assertArrayEquals(new int[] {1, 1, 2, 37}, l.levels());
        assertEquals(37, l.ng());
        assertThrows(IllegalArgumentException.class, () -> Discretiser.fixedBinSize(new double[] {-501}, new boolean[] {true}, 25, -500));
    }

    @Test
    void asIsKeepsIntegerLevels() {
        Discretiser.Levels l = Discretiser.asIs(new double[] {1, 4, 6, 9}, new boolean[] {true, true, true, false});
        assertArrayEquals(new int[] {1, 4, 6, 0}, l.levels());
        assertEquals(6, l.ng());
        assertThrows(IllegalArgumentException.class, () -> Discretiser.asIs(new double[] {1.5}, new boolean[] {true}));
    }

    /** PyRadiomics' bin edges by hand, following numpy.arange / numpy.histogram / numpy.digitize. */
    @Test
    void fixedWidthEdgesSitOnMultiplesOfTheWidth() {
        double[] e = Discretiser.widthEdges(468, 1266, 25);
        assertEquals(450, e[0], 0); // brain1: first edge 450
        assertEquals(1, Discretiser.digitize(468, e));
        assertEquals(2, Discretiser.digitize(475, e)); // a multiple of w opens a new bin
        assertEquals(33, Discretiser.digitize(1266, e)); // brain1: 33 levels
        double[] neg = Discretiser.widthEdges(-1024, 0, 25);
        assertEquals(-1025, neg[0], 0); // floor modulo: -1024 % 25 = 1 in Python
        assertEquals(1, Discretiser.digitize(-1024, neg));
    }

    @Test
    void fixedCountPutsTheMaximumInTheLastBinAndEdgeValuesInTheUpperBin() {
        double[] e = Discretiser.countEdges(468, 1266, 64);
        assertEquals(12.46875, e[1] - e[0], 1e-12);
        assertEquals(64, Discretiser.digitize(1266, e));
        assertEquals(2, Discretiser.digitize(468 + 12.46875, e));
        assertEquals(1, Discretiser.digitize(480, e));
    }

    @Test
    void numpyEdgesSpanTheMaskedValuesOnly() {
        double[] v = {468, 475, 1266, 9999};
        boolean[] m = {true, true, true, false};
        // width 25: edges 450, 475, ..., as brain1; the unmasked 9999 neither widens the range nor gets a level
        Discretiser.Levels w = Discretiser.numpyEdges(v, m, null, 25);
        assertArrayEquals(new int[] {1, 2, 33, 0}, w.levels());
        assertEquals(33, w.ng());
        // 64 bins of 12.46875 from 468: 475 still in the first, the maximum in the last
        Discretiser.Levels c = Discretiser.numpyEdges(v, m, 64, 25);
        assertArrayEquals(new int[] {1, 1, 64, 0}, c.levels());
        assertEquals(64, c.ng());
    }

    /** Levels by edges equal digitize (the binary search) value by value: width and count edges, values on edges,
     * outside them, NaN and signed zeros, and edges with repeats and uneven steps, where the guess is far off. */
    @Test
    void levelsByEdgesEqualDigitizeValueByValue() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[][] edgeSets = {Discretiser.widthEdges(-1024.5, 3071, 25), Discretiser.countEdges(0.1, 0.7, 64),
            Discretiser.widthEdges(-3, 4, 0.1), {-2, 0, 0, 0, 1, 5, 100, 100.5}, {-0.0, 0.0, 1}, {3, 3}, {1, Double.NaN, 2}, {7}, {}};
        for (double[] edges : edgeSets) {
            double[] values = new double[5000];
            boolean[] mask = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                mask[i] = i % 7 != 0;
                values[i] = switch (edges.length == 0 ? 2 : i % 5) {
                    case 0 -> edges[random.nextInt(edges.length)]; // on an edge
                    case 1 -> new double[] {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}[random.nextInt(5)];
                    default -> edges.length > 0 && Double.isFinite(edges[0]) && Double.isFinite(edges[edges.length - 1])
                        ? random.nextDouble(edges[0] - 10, edges[edges.length - 1] + 10) : random.nextDouble(-5, 5);
                };
            }
            int[] levels = Discretiser.byEdges(values, mask, edges).levels();
            for (int i = 0; i < values.length; i++)
                assertEquals(mask[i] ? Discretiser.digitize(values[i], edges) : 0, levels[i],
                    "value " + values[i] + " of " + edges.length + " edges");
        }
    }
}
