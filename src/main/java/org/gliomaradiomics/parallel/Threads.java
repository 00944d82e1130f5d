package org.gliomaradiomics.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The thread budget of a run: how many cores its parallel loops may use in total. The front end decides it once with
 * {@link #decide} (a command's own threads option, {@code --threads N}, Fiji's thread setting; in a Spark task the
 * job's {@code --task-threads}, else the task's cores) and opens it around the work with {@link #open()}; every {@link Parallel} loop below, however deeply nested, then runs on that budget's one pool.
 * A batch of cases therefore spreads over the cores across cases and a single case uses them inside, never more
 * threads than the budget. The pool never adds threads beyond the budget (no compensation threads when a worker
 * waits for nested work: it helps with that work instead). Results never depend on the budget: loops cut their
 * work independently of the thread count and merge in index order.
 *
 * <p>A budget opened inside another one shares it (nested runs never add threads). Without an open budget (a
 * library caller) loops use the JVM's common pool, i.e. all cores.
 */
public record Threads(int count) {
    private static final ThreadLocal<ForkJoinPool> OPEN = new ThreadLocal<>();
    /** Makes the workers of budget pools (and tells them from other pools: the common pool, a test runner's). */
    private static final ForkJoinPool.ForkJoinWorkerThreadFactory WORKERS = Threads::worker;
    /** Numbers the workers of this JVM's budgets, for profiles and thread dumps. */
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

    public Threads {
        if (count < 1) throw new IllegalArgumentException("thread count must be at least 1: " + count);
    }

    /** {@code requested} threads, or all available cores when it is 0 or negative. */
    public static Threads of(int requested) {
        return requested > 0 ? new Threads(requested) : available();
    }

    /**
     * The one policy for a run's budget: the first explicit request that is set ({@code > 0}), in the order the front
     * end ranks them (a command's own threads option, then {@code --threads}; a Spark job's {@code --task-threads}),
     * else the host's setting when it has one ({@code > 0}: ImageJ's thread setting, a Spark task's cores), else all
     * cores. The host is asked only when no request is set (ImageJ's classes cost seconds to load on the command line).
     */
    public static Threads decide(IntSupplier host, int... requests) {
        for (int r : requests) if (r > 0) return new Threads(r);
        return of(host.getAsInt());
    }

    public static Threads available() {
        return new Threads(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static Threads serial() {
        return new Threads(1);
    }

    /** The budget of the calling code: its pool's, else the open budget, else all cores. */
    public static Threads current() {
        ForkJoinPool pool = pool();
        return pool != null ? new Threads(pool.getParallelism()) : available();
    }

    /** The pool parallel loops of the calling thread run in, or null for the common pool. */
    static ForkJoinPool pool() {
        if (ForkJoinTask.inForkJoinPool()) return ForkJoinTask.getPool();
        return OPEN.get();
    }

    /**
     * Makes this the budget of the calling thread's parallel loops until the scope is closed; the calling thread
     * itself keeps running the work (ImageJ's per-thread state, such as a macro's images, stays where it is).
     */
    public Scope open() {
        ForkJoinPool previous = OPEN.get();
        ForkJoinPool enclosing = pool();
        if (enclosing != null && enclosing.getFactory() == WORKERS) {
            // a run inside a run (a command started from another one's loops, a library call inside a budget) shares
            // the enclosing budget: a second pool would add its threads to the enclosing ones
            OPEN.set(enclosing);
            return new Scope(enclosing, previous, false);
        }
        ForkJoinPool pool = new ForkJoinPool(count, WORKERS, null, false,
            count, count, 1, p -> true, 30, TimeUnit.SECONDS);
        OPEN.set(pool);
        return new Scope(pool, previous, true);
    }

    /** Runs {@code work} in this budget (tests and callers without a scope of their own). */
    public <T> T call(Callable<T> work) throws Exception {
        try (Scope s = open()) {
            return work.call();
        }
    }

    private static ForkJoinWorkerThread worker(ForkJoinPool pool) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        // numbered here: the pool index is not assigned until the thread runs, so every worker would be "radiomics-0"
        t.setName("radiomics-" + WORKER_NUMBER.getAndIncrement());
        t.setDaemon(true);
        return t;
    }

    /** An open budget; closing it restores the previous one and ends its threads (if it started them). */
    public static final class Scope implements AutoCloseable {
        private final ForkJoinPool pool;
        private final ForkJoinPool previous;
        private final boolean owned;

        private Scope(ForkJoinPool pool, ForkJoinPool previous, boolean owned) {
            this.pool = pool;
            this.previous = previous;
            this.owned = owned;
        }

        @Override
        public void close() {
            if (previous == null) OPEN.remove();
            else OPEN.set(previous);
            if (owned) pool.shutdownNow();
        }
    }
}
