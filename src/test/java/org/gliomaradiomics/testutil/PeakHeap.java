package org.gliomaradiomics.testutil;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/** Peak heap of one piece of work, for benchmarks. */
public final class PeakHeap {
    private PeakHeap() {}

    /** {peak heap used during one run, heap used before it (after a GC: the inputs)} in MB. The peak is the sum of
     * the memory pools' peaks (reset after the GC): an upper bound, as pools may peak at different times. */
    public static double[] megabytes(Runnable r) {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) pools.add(p);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        for (MemoryPoolMXBean p : pools) p.resetPeakUsage();
        r.run();
        long peak = 0;
        for (MemoryPoolMXBean p : pools) peak += p.getPeakUsage().getUsed();
        return new double[] {peak / 1048576.0, before / 1048576.0};
    }
}
