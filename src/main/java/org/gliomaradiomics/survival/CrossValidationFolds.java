package org.gliomaradiomics.survival;

import java.util.SplittableRandom;

/** Seeded K-fold assignment stratified by event status (events and censored subjects dealt out separately). */
final class CrossValidationFolds {
    private CrossValidationFolds() {}

    /** Fold number (0..k−1) of each of the given subjects, in the order given. */
    static int[] assign(boolean[] event, int k, long seed) {
        int n = event.length;
        if (k < 2 || k > n) throw new IllegalArgumentException("cannot make " + k + " folds from " + n + " subjects");
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[n];
        int counter = 0;
        for (boolean status : new boolean[] {true, false}) {
            int m = 0;
            for (boolean e : event) if (e == status) m++;
            int[] members = new int[m];
            for (int i = 0, c = 0; i < n; i++) if (event[i] == status) members[c++] = i;
            for (int i = m - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = members[i]; members[i] = members[j]; members[j] = tmp;
            }
            for (int member : members) fold[member] = counter++ % k;
        }
        return fold;
    }
}
