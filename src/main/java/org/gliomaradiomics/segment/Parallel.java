package org.gliomaradiomics.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks 0..n-1 on a few threads. Each task writes its own disjoint output, so the result does
 * not depend on the thread count or scheduling.
 */
final class Parallel {
    private Parallel() {}

    interface RangeBody {
        /** Processes tasks [from, to); {@code worker} (0..threads-1) indexes per-thread scratch buffers. */
        void run(int from, int to, int worker) throws Exception;
    }

    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Splits [0, n) into contiguous blocks, one per worker. */
    static void forRange(int n, int threads, RangeBody body) {
        int workers = Math.max(1, Math.min(threads, n));
        try {
            if (workers == 1) {
                body.run(0, n, 0);
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "segment-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    int from = (int) ((long) n * w / workers), to = (int) ((long) n * (w + 1) / workers), worker = w;
                    futures.add(pool.submit(() -> {
                        body.run(from, to, worker);
                        return null;
                    }));
                }
                for (Future<?> f : futures) f.get();
            } finally {
                pool.shutdown();
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c.getMessage(), c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
