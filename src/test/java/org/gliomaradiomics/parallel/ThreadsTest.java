package org.gliomaradiomics.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One budget for a whole run: nested loops share it and never run on more threads than it allows. */
class ThreadsTest {
    @Test
    void nestedLoopsStayWithinTheBudget() throws Exception {
        for (int budget : new int[] {1, 2, 3}) {
            Set<Thread> used = ConcurrentHashMap.newKeySet();
            AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
            new Threads(budget).call(() -> {
                Parallel.forEach(6, c -> Parallel.forEach(40, i -> { // cases outside, voxels inside
                    used.add(Thread.currentThread());
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep();
                    running.decrementAndGet();
                }));
                return null;
            });
            assertTrue(used.size() <= budget, used.size() + " threads for a budget of " + budget);
            assertTrue(most.get() <= budget, most.get() + " bodies at once for a budget of " + budget);
            if (budget > 1) assertTrue(most.get() > 1, "a budget of " + budget + " ran one body at a time");
        }
    }

    /** A batch with more cases than threads runs each case's loops on its own worker while cases wait in the queue. */
    @Test
    void queuedCasesKeepEachWorkerOnACaseOfItsOwn() throws Exception {
        int cases = 6;
        List<Set<Thread>> threadsOfCase = new java.util.ArrayList<>();
        for (int c = 0; c < cases; c++) threadsOfCase.add(ConcurrentHashMap.newKeySet());
        java.util.concurrent.CountDownLatch submitted = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger forked = new AtomicInteger(); // pieces of loops of the first two cases forked for other workers
        List<Integer> sums = new Threads(2).call(() -> {
            List<java.util.concurrent.Future<Integer>> futures = Parallel.submit(cases, c -> {
                try {
                    submitted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                int[] values = new int[40];
                Parallel.forEach(values.length, i -> {
                    threadsOfCase.get(c).add(Thread.currentThread());
                    forked.accumulateAndGet(c < 2 ? java.util.concurrent.ForkJoinTask.getQueuedTaskCount() : 0, Math::max);
                    sleep();
                    values[i] = c * i;
                });
                return java.util.Arrays.stream(values).sum();
            });
            submitted.countDown(); // every case is in the queue before the first loop starts
            List<Integer> out = new java.util.ArrayList<>();
            for (var f : futures) out.add(f.get());
            return out;
        });
        for (int c = 0; c < cases; c++) assertEquals(c * 780, sums.get(c)); // c * (0 + 1 + ... + 39)
        // the first two cases started with four more queued: each ran on one worker alone, without splitting its loop
        assertEquals(0, forked.get(), "loops of cases were split while other cases waited");
        assertEquals(1, threadsOfCase.get(0).size(), "case 0 was split while cases waited");
        assertEquals(1, threadsOfCase.get(1).size(), "case 1 was split while cases waited");
        Set<Thread> all = ConcurrentHashMap.newKeySet();
        threadsOfCase.forEach(all::addAll);
        assertTrue(all.size() <= 2, all.size() + " threads for a budget of 2");
    }

    /** A run started inside another run's loops (a command called from a command) adds no threads to its budget. */
    @Test
    void aBudgetOpenedInsideAnotherSharesIt() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
        List<Integer> inner = new Threads(2).call(() -> Parallel.map(4, c -> {
            try {
                return new Threads(8).call(() -> { // asks for more than the enclosing budget
                    Parallel.forEach(20, i -> {
                        used.add(Thread.currentThread());
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep();
                        running.decrementAndGet();
                    });
                    return Threads.current().count();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertEquals(List.of(2, 2, 2, 2), inner);
        assertTrue(used.size() <= 2, used.size() + " threads for an enclosing budget of 2");
        assertTrue(most.get() <= 2, most.get() + " bodies at once for an enclosing budget of 2");
        // the policy: the first request set, else the host's setting, else all cores
        assertEquals(3, Threads.decide(() -> 5, 0, 3, 4).count());
        assertEquals(5, Threads.decide(() -> 5, 0, -1).count());
        assertEquals(Runtime.getRuntime().availableProcessors(), Threads.decide(() -> 0).count());
    }

    @Test
    void theBudgetIsVisibleInsideItsLoops() throws Exception {
        assertEquals(List.of(3, 3, 3), new Threads(3).call(() -> Parallel.map(3, i -> Threads.current().count())));
        assertEquals(1, Threads.serial().call(() -> Parallel.workers()));
        assertEquals(Runtime.getRuntime().availableProcessors(), Threads.of(0).count());
    }

    @Test
    void mapKeepsIndexOrderAndRethrowsTheFirstFailureAsItIs() throws Exception {
        assertEquals(List.of(0, 1, 4, 9, 16), new Threads(2).call(() -> Parallel.map(5, i -> i * i)));
        IllegalArgumentException first = new IllegalArgumentException("case 2");
        for (int budget : new int[] {1, 4}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Threads(budget).call(() ->
                Parallel.map(8, i -> {
                    if (i == 2) throw first;
                    if (i == 6) throw new IllegalArgumentException("case 6");
                    return i;
                })));
            assertSame(first, e);
        }
    }

    @Test
    void forEachCheckedRethrowsTheFirstCheckedFailureUnwrapped() {
        java.io.IOException first = new java.io.IOException("slice 3");
        for (int budget : new int[] {1, 4}) {
            java.io.IOException e = assertThrows(java.io.IOException.class, () -> new Threads(budget).call(() -> {
                Parallel.forEachChecked(8, i -> {
                    if (i == 3) throw first;
                    if (i == 5) throw new java.io.IOException("slice 5");
                });
                return null;
            }));
            assertSame(first, e);
        }
    }

    @Test
    void forRangeCoversEveryIndexOnceWithOneWorkerIndexPerBlock() {
        int[] hits = new int[101];
        int[] owner = new int[101];
        Parallel.forRange(101, 4, (from, to, worker) -> {
            for (int i = from; i < to; i++) {
                hits[i]++;
                owner[i] = worker;
            }
        });
        for (int i = 0; i < hits.length; i++) assertEquals(1, hits[i], "index " + i);
        assertEquals(0, owner[0]);
        assertEquals(3, owner[100]);
    }

    /**
     * Loops nested three deep with uneven bodies, run many times on a budget of 2 and 3: every run must finish. With
     * ForkJoinPool's own joins of nested parallel streams on a pool without spare threads, both workers could park
     * while tasks still waited in a queue (a 2-thread extraction hung so: families outside, a family's planes
     * inside).
     */
    @Test
    void deeplyNestedLoopsAlwaysFinish() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            for (int budget : new int[] {2, 3}) {
                for (int run = 0; run < 300; run++) {
                    long total = new Threads(budget).call(() -> {
                        List<Long> outer = Parallel.map(11, f -> {
                            long[] planes = new long[7 + f];
                            Parallel.forEach(planes.length, z -> {
                                long[] rows = new long[5];
                                Parallel.forEach(rows.length, y -> rows[y] = spin((f * 31 + z * 7 + y) % 13) + y);
                                planes[z] = java.util.Arrays.stream(rows).sum();
                            });
                            return java.util.Arrays.stream(planes).sum();
                        });
                        return outer.stream().mapToLong(Long::longValue).sum();
                    });
                    assertEquals(expectedNestedTotal(), total);
                }
            }
        });
    }

    /** The nested loops' total computed serially. */
    private static long expectedNestedTotal() {
        long total = 0;
        for (int f = 0; f < 11; f++)
            for (int z = 0; z < 7 + f; z++)
                for (int y = 0; y < 5; y++) total += spin((f * 31 + z * 7 + y) % 13) + y;
        return total;
    }

    /** A body of uneven length (k thousand steps) with a result, so that the JIT cannot drop it. */
    private static long spin(int k) {
        long x = k;
        for (int i = 0; i < 1000 * k; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x & 0xFF;
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
