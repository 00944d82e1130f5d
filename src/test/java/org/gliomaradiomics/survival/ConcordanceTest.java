package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConcordanceTest {

    /**
     * Times 2, 4, 6+, 8 with risks 4, 3, 3, 1: comparable pairs (2,4) (2,6) (2,8) (4,6) (4,8); the pair (4,6) is
     * tied in risk (1/2): C = 4.5/5. Adding an event at 4 with risk 0: it is not comparable with the other
     * time-4 event, discordant with 6 and 8, and concordant as the later member of (2,4'): C = 5.5/8.
     */
    @Test
    void harrellByHand() {
        assertEquals(0.9, Concordance.harrell(new double[] {2, 4, 6, 8}, new boolean[] {true, true, false, true},
            new double[] {4, 3, 3, 1}), 1e-15);
        assertEquals(5.5 / 8, Concordance.harrell(new double[] {2, 4, 6, 8, 4},
            new boolean[] {true, true, false, true, true}, new double[] {4, 3, 3, 1, 0}), 1e-15);
    }

    /**
     * An event at 3 and a censoring at 3 (risks 2 and 1): R's survival::concordance counts the pair, the censored
     * subject outliving the event. Pairs: (1,3) (1,3+) (1,5) concordant, (3,3+) concordant, (3,5) concordant:
     * C = 5/5; with risk 1 at 3+ raised to 3 the pair (3,3+) is discordant: 4/5. Two events at 3 stay not
     * comparable. The older convention leaves (3,3+) out: 4/4 and 4/4.
     */
    @Test
    void eventAndCensoringAtTheSameTime() {
        double[] t = {1, 3, 3, 5};
        boolean[] e = {true, true, false, true};
        assertEquals(1.0, Concordance.harrell(t, e, new double[] {4, 2, 1, 0}), 1e-15);
        assertEquals(0.8, Concordance.harrell(t, e, new double[] {4, 2, 3, 0}), 1e-15);
        assertEquals(1.0, Concordance.harrell(t, e, new double[] {4, 2, 3, 0}, Concordance.TiedTimes.NOT_COMPARABLE), 1e-15);
        // both at 3 are events: (1,3) (1,3') (1,5) (3,5) (3',5) all concordant, (3,3') not comparable
        assertEquals(1.0, Concordance.harrell(t, new boolean[] {true, true, true, true}, new double[] {4, 2, 3, 0}), 1e-15);
    }

    /**
     * Times 1, 2+, 3, 4 with risks 4, 1, 2, 3. Censoring KM: G = 1 before 2, 2/3 from 2 on. Pairs from time 1
     * (weight 1) are all concordant (3 pairs); the pair (3, 4) has weight 1/G(3−)² = 9/4 and is discordant:
     * Uno's C = 3 / (3 + 9/4) = 4/7, Harrell's C = 3/4.
     */
    @Test
    void unoByHand() {
        double[] t = {1, 2, 3, 4};
        boolean[] e = {true, false, true, true};
        double[] r = {4, 1, 2, 3};
        assertEquals(4.0 / 7, Concordance.uno(t, e, r, 10), 1e-15);
        assertEquals(0.75, Concordance.harrell(t, e, r), 1e-15);
        assertEquals(1.0, Concordance.uno(t, e, r, 2.5), 1e-15);   // τ = 2.5 keeps only the pairs from time 1
    }

    /** Without censoring the IPCW AUC is the Mann-Whitney AUC of cases (T ≤ t) against controls (T > t). */
    @Test
    void timeDependentAucByHand() {
        double[] t = {1, 2, 3, 4, 5, 6};
        boolean[] e = {true, true, true, true, true, true};
        double[] r = {6, 2, 5, 3, 4, 1};
        assertArrayEquals(new double[] {7.0 / 9}, Concordance.timeDependentAuc(t, e, r, 3), 1e-15);
        // censoring at 2 (4 at risk): G = 3/4 from 2 on; cases 1 (weight 1) and 3 (weight 4/3) against controls 4, 5
        double[] t2 = {1, 2, 3, 4, 5};
        boolean[] e2 = {true, false, true, true, true};
        double[] r2 = {5, 9, 1, 3, 2};
        assertEquals(3.0 / 7, Concordance.timeDependentAuc(t2, e2, r2, 3.5)[0], 1e-15);
    }
}
