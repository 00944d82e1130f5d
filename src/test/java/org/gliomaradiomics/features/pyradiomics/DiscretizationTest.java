package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bin edges by hand, following numpy.arange / numpy.histogram / numpy.digitize. */
class DiscretizationTest {
    @Test
    void fixedWidthEdgesSitOnMultiplesOfTheWidth() {
        double[] e = org.gliomaradiomics.preprocess.Discretiser.widthEdges(468, 1266, 25);
        assertEquals(450, e[0], 0); // brain1: first edge 450
        assertEquals(1, org.gliomaradiomics.preprocess.Discretiser.digitize(468, e));
        assertEquals(2, org.gliomaradiomics.preprocess.Discretiser.digitize(475, e)); // a multiple of w opens a new bin
        assertEquals(33, org.gliomaradiomics.preprocess.Discretiser.digitize(1266, e)); // brain1: 33 levels
        double[] neg = org.gliomaradiomics.preprocess.Discretiser.widthEdges(-1024, 0, 25);
        assertEquals(-1025, neg[0], 0); // floor modulo: -1024 % 25 = 1 in Python
        assertEquals(1, org.gliomaradiomics.preprocess.Discretiser.digitize(-1024, neg));
    }

    @Test
    void fixedCountPutsTheMaximumInTheLastBinAndEdgeValuesInTheUpperBin() {
        double[] e = org.gliomaradiomics.preprocess.Discretiser.countEdges(468, 1266, 64);
        assertEquals(12.46875, e[1] - e[0], 1e-12);
        assertEquals(64, org.gliomaradiomics.preprocess.Discretiser.digitize(1266, e));
        assertEquals(2, org.gliomaradiomics.preprocess.Discretiser.digitize(468 + 12.46875, e));
        assertEquals(1, org.gliomaradiomics.preprocess.Discretiser.digitize(480, e));
    }
}
