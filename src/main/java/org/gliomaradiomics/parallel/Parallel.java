package org.gliomaradiomics.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Parallel loops with deterministic results, on the calling code's {@link Threads} budget. Work is cut into pieces
 * that do not depend on the thread count ({@link #CHUNKS} for reductions), each piece writes disjoint output or
 * its own partial result, and partial results are merged by the caller in index order. A failure is rethrown as
 * the original exception of the lowest failing index.
 */
public final class Parallel {
    /** Chunks for reductions: enough to keep a few cores busy, few enough to merge cheaply. */
    public static final int CHUNKS = 16;

    private Parallel() {}

    /** Processes tasks [from, to); {@code worker} (0..workers-1) indexes per-worker scratch buffers. */
    public interface RangeBody {
        void run(int from, int to, int worker) throws Exception;
    }

    /** A loop body that may throw a checked exception. */
    @FunctionalInterface
    public interface IndexBody<E extends Exception> {
        void run(int i) throws E;
    }

    /**
     * {@link #forEach} for a body that throws a checked exception: the exception of the lowest failing index is
     * rethrown as it was (not wrapped), like a failure of {@link #forEach}.
     */
    @SuppressWarnings("unchecked")
    public static <E extends Exception> void forEachChecked(int n, IndexBody<E> body) throws E {
        try {
            forEach(n, i -> {
                try {
                    body.run(i);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure f) {
            throw (E) f.getCause();
        }
    }

    /** Carries a body's checked exception through the loop. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }

    /** Runs {@code body} for 0..n-1; the body must write only to locations owned by its index. */
    public static void forEach(int n, IntConsumer body) {
        map(n, i -> {
            body.accept(i);
            return null;
        });
    }

    /** {@code f(0..n-1)}, computed in parallel, in index order. */
    public static <T> List<T> map(int n, IntFunction<T> f) {
        AtomicReferenceArray<Object> out = new AtomicReferenceArray<>(n);
        Throwable[] failures = new Throwable[n];
        IntConsumer safe = i -> {
            try {
                out.set(i, f.apply(i));
            } catch (RuntimeException | Error e) {
                failures[i] = e;
            }
        };
        ForkJoinPool pool = Threads.pool();
        if (n <= 1 || pool != null && (pool.getParallelism() == 1 || otherWorkWaits(pool))) {
            for (int i = 0; i < n; i++) safe.accept(i);
        } else if (pool == null) {
            IntStream.range(0, n).parallel().forEach(safe); // the common pool (no budget open): it has spare threads
        } else {
            new SharedLoop(n, safe).run(pool);
        }
        for (Throwable t : failures) {
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
        }
        List<T> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T t = (T) out.get(i);
            result.add(t);
        }
        return result;
    }

    /**
     * A loop on the pool of {@link Threads#pool} (the budget's, or the pool a worker runs in) whose indices the calling
     * worker and helper tasks claim one at a time. A budget pool has
     * no spare threads (a blocked worker is not replaced), and there ForkJoinPool's joins of nested parallel streams
     * could park every worker while tasks still waited in a queue: a 2-thread extraction hung for ever so (a family's
     * loop inside the families' loop). Here the caller waits only for indices already claimed, which are running on
     * other workers and finish, since those workers in turn wait only for loops nested deeper; never for a task still
     * in a queue. A helper that starts after the loop is done finds no index left and returns. An outside caller (not
     * a worker) runs no index itself, so the loop runs on the budget's threads only.
     */
    private static final class SharedLoop {
        private final int n;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger(), completed = new AtomicInteger();
        private volatile Thread waiter;

        SharedLoop(int n, IntConsumer body) {
            this.n = n;
            this.body = body;
        }

        void run(ForkJoinPool pool) {
            boolean worker = ForkJoinTask.inForkJoinPool();
            int helpers = Math.min(pool.getParallelism(), n) - (worker ? 1 : 0);
            List<ForkJoinTask<?>> forked = new ArrayList<>(helpers); // a worker's own, to take back if never started
            for (int k = 0; k < helpers; k++) {
                ForkJoinTask<?> helper = ForkJoinTask.adapt(this::claimAndRun);
                if (worker) forked.add(helper.fork());
                else pool.execute(helper);
            }
            if (worker) {
                claimAndRun();
                for (ForkJoinTask<?> helper : forked) helper.tryUnfork(); // not started: it need not run at all
            }
            awaitAll();
        }

        /** Runs unclaimed indices until none is left; {@code body} records its own failures and never throws. */
        private void claimAndRun() {
            for (int i; (i = next.getAndIncrement()) < n; ) {
                try {
                    body.accept(i);
                } finally {
                    if (completed.incrementAndGet() == n) {
                        Thread t = waiter;
                        if (t != null) LockSupport.unpark(t);
                    }
                }
            }
        }

        private void awaitAll() {
            waiter = Thread.currentThread();
            boolean interrupted = false;
            while (completed.get() < n) {
                LockSupport.park(this);
                if (Thread.interrupted()) interrupted = true; // keep waiting: the indices are running; re-set below
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the calling worker should run its loop alone: top-level work ({@link #submit}ted cases of a batch) is
     * still queued, so every worker of the budget has a task of its own and splitting this one would only add
     * overhead, and memory for the cases a blocked worker leaves half done. The last cases of a batch, once the
     * queue is empty, split their loops over the idle workers again.
     */
    private static boolean otherWorkWaits(ForkJoinPool pool) {
        return ForkJoinTask.inForkJoinPool() && pool.hasQueuedSubmissions();
    }

    /**
     * Splits [0, n) into {@code workers} contiguous blocks (fewer when n is smaller) run in parallel; checked
     * exceptions of the body come back wrapped in an IllegalStateException.
     */
    public static void forRange(int n, int workers, RangeBody body) {
        int w = Math.max(1, Math.min(workers, n));
        forEach(w, k -> {
            try {
                body.run(chunkStart(n, w, k), chunkStart(n, w, k + 1), k);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /**
     * Starts {@code f(0..n-1)} on the budget and returns their futures in index order, for a caller that consumes
     * each result in order while the later ones are still running (a batch writing its journal).
     */
    public static <T> List<Future<T>> submit(int n, IntFunction<T> f) {
        ForkJoinPool pool = Threads.pool();
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            ForkJoinTask<T> task = ForkJoinTask.adapt(() -> f.apply(index));
            if (ForkJoinTask.inForkJoinPool()) futures.add(task.fork());
            else futures.add((pool == null ? ForkJoinPool.commonPool() : pool).submit(task));
        }
        return futures;
    }

    /** Start of chunk {@code c} of {@code chunks} when splitting {@code n} items. */
    public static int chunkStart(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    /** Worker count for per-worker scratch: the calling code's budget. */
    public static int workers() {
        return Threads.current().count();
    }
}
