package org.gliomaradiomics.features;

/**
 * Co-occurrence counts of one kernel with the list of its non-zero cells, so that adding or removing a pair is
 * O(1) and features iterate the few non-zero cells instead of all Ng^2. A cell is {@code a * ng + b} with levels
 * a, b in 0..ng-1 (symmetric matrices store unordered pairs with a <= b).
 */
public final class CooccurrenceCounts {
    public final int ng;
    public final int[] count;
    /** Non-zero cells, in no particular order: cells[0 .. size). */
    public final int[] cells;
    public int size;
    /** Number of pairs counted. */
    public long pairs;
    /** 1 + position of each cell in {@link #cells}, 0 if absent. */
    private final int[] slot;

    /** @param maxCells most non-zero cells a kernel can have (at most its number of pairs) */
    public CooccurrenceCounts(int ng, int maxCells) {
        this.ng = ng;
        count = new int[ng * ng];
        slot = new int[ng * ng];
        cells = new int[Math.min(ng * ng, maxCells)];
    }

    public void add(int cell) {
        if (count[cell]++ == 0) {
            cells[size] = cell;
            slot[cell] = ++size;
        }
        pairs++;
    }

    public void remove(int cell) {
        if (--count[cell] == 0) {
            int at = slot[cell] - 1, last = cells[--size];
            cells[at] = last;
            slot[last] = at + 1;
            slot[cell] = 0;
        }
        pairs--;
    }

    public void clear() {
        for (int k = 0; k < size; k++) {
            count[cells[k]] = 0;
            slot[cells[k]] = 0;
        }
        size = 0;
        pairs = 0;
    }
}
