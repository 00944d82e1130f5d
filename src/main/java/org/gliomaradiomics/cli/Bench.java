package org.gliomaradiomics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;

/**
 * {@code bench}: the speed figures of issue 21, measured on this jar as a user runs it (each run a fresh JVM, timed
 * whole): one case whole process and {@code --help}, with and without the class-data-sharing archive; the marginal
 * cost per case in a batch of N copies of a BraTS-size case for IBSI and PyRadiomics conventions, and the batch
 * throughput of 2 threads against 1 (steady state: marginal between batches of N and 3N copies, so the JIT warm-up
 * every run pays once is left out; and whole run); the peak memory of voxel maps; gzip NIfTI reading against zcat. CPU time is
 * the figure to compare on a shared machine, so the load average is printed with it. A command-line tool only: it
 * times the jar's processes, which means nothing inside Fiji.
 */
final class Bench {
    private static final String USAGE = """
        Usage: java -jar glioma-radiomics.jar bench [--copies N] [--runs R] [--rounds K] [--long L] [--label L] [--no-maps]
        Times this jar in fresh JVMs (run from the project folder: it uses test-images/brain1) and prints the figures
        of the README's speed table. Every run starts through the launcher beside the jar (glioma-radiomics: its CDS
        archive and JVM options), as a user runs it, except the one figure marked plain java -jar.
        --copies: cases in the smaller batch runs (default 10); --runs: repeats of the one-case runs, medians printed
        (default 5); --rounds: how many times the 1- and N-copy batches run on 1 thread, alternately, for the
        marginal per case, and the 3N-copy batches on 1 and on 2 threads for the in-run thread figure (default 3);
        --label: the region of the synthetic 200x200x162 case (default 2, the oedema, about 120k voxels);
        --no-maps: skip the voxel maps (the slowest part); --long: also time L-copy batches on 1 and on 2
        threads, K rounds alternately, over their second half (default: not run).
        "Marginal per case": the wall and CPU time a batch of N copies takes beyond a batch of 1, per extra case (the
        JVM start and the first case cancel out; the JIT's warm-up of the next cases does not): medians of K
        rounds, then each round's wall figure.
        Threads: batches of N and 3N copies (N = --copies) run on 1 and on 2 threads. "Steady-state throughput" is the
        2N cases between the two sizes divided by the difference of their wall times: what a long batch gains from a
        second thread, without the JVM start, class loading and JIT warm-up that every run pays once (they dominate
        a batch of 10 copies). "Whole run" divides the wall times of the 3N-copy batches. "CPU per case, 2
        threads / 1" compares the marginal CPU time of a case: above 1 when two cases at once slow each other
        (memory, garbage collection, the JIT competing with the workers); it depends less on other jobs' load.
        "In-run steady state" times cases N+1 to 3N inside each 3N-copy run, from the moments the child reports them
        done, so the JVM start, the first cases' slow code and run-to-run differences of start-up are left out
        (the compiler's later work is not); the median ratio of K rounds, run
        alternately, is the figure least moved by other jobs on a shared machine. "The machine's ceiling" runs two
        1-thread batches at once in separate JVMs: they share only the cores' caches and memory, so their throughput
        over one batch alone bounds what a second thread can give on this machine. "Long batch" times cases L/2+1
        to L inside L-copy runs: a cohort's steady state, once the JIT compiler has done its work, which a 1-thread
        run gets from the idle core and a 2-thread run takes from its workers during the first hundred cases or so.
        It also prints the marginal per case between the 1-copy batch and the L-copy ones on 1 thread: the cost of
        a case in a cohort of L, the JIT's warm-up spread over L - 1 cases instead of N - 1.
        Takes about 3-5 minutes on 2 cores with the defaults.
        """;

    /** The heap the voxel maps of the bench region must run in (issue 21). */
    static final int MAPS_HEAP_MB = 250;

    private final PrintStream out;
    private final Path jar;
    private final Path work;
    /** How children start unless a figure says otherwise: through the launcher beside the jar when there is one. */
    private final Start usual;

    /**
     * How a child JVM starts: through the launcher script (its CDS archive and its JVM options, exactly as a user
     * runs it) when {@code launcher} is set, else plain {@code java -jar}; {@code options} are the bench's own JVM
     * options on top.
     */
    record Start(Path launcher, List<String> options) {
        Start with(String option) {
            List<String> more = new ArrayList<>(options);
            more.add(option);
            return new Start(launcher, more);
        }
    }

    private static final Start PLAIN = new Start(null, List.of());
    private static final Path SHELL = Path.of("/bin/sh");
    private int copies = 10;
    private int runs = 5;
    private int rounds = 3;
    private int longCopies = 0;
    private String label = "2";
    private boolean maps = true;

    /** One child run: wall and CPU seconds, peak resident MB (NaN when the platform does not tell). */
    record Run(double wall, double cpu, double peakMb, double[] caseDone) {
        Run(double wall, double cpu, double peakMb) {
            this(wall, cpu, peakMb, new double[0]);
        }

        /** Seconds per case between the completions of cases {@code from} and {@code to} (1-based), timed from the
         * child's progress lines as they arrive; NaN when the child did not report both. */
        double secondsPerCase(int from, int to) {
            if (to >= caseDone.length || Double.isNaN(caseDone[from]) || Double.isNaN(caseDone[to])) return Double.NaN;
            return (caseDone[to] - caseDone[from]) / (to - from);
        }
    }

    private static final java.util.regex.Pattern CASES_DONE = java.util.regex.Pattern.compile("cases (\\d+)/(\\d+)");

    private Bench(PrintStream out, Path jar, Path work) {
        this.out = out;
        this.jar = jar;
        this.work = work;
        Path script = jar.resolveSibling("glioma-radiomics");
        // The launcher takes JVM options in JAVA_OPTS, split at spaces: a work folder with a space runs plain java.
        boolean usable = Files.isRegularFile(script) && Files.isExecutable(SHELL) && !work.toString().matches(".*\\s.*");
        this.usual = usable ? new Start(script, List.of()) : PLAIN;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path jar;
        try {
            jar = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            jar = null;
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            err.println("error: bench: run it from the packaged jar (java -jar target/glioma-radiomics.jar bench)");
            return 2;
        }
        Path brain1 = Path.of("test-images", "brain1");
        if (!Files.isRegularFile(brain1.resolve("brain1_image.nrrd"))) {
            err.println("error: bench: " + brain1.toAbsolutePath() + " not found: run bench from the project folder");
            return 2;
        }
        Path work;
        try {
            work = Files.createTempDirectory("glioma-radiomics-bench");
        } catch (IOException e) {
            err.println("error: bench: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
        Bench bench = new Bench(out, jar, work);
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    out.print(USAGE);
                    return 0;
                }
                if (a.equals("--no-maps")) bench.maps = false;
                else if (i + 1 < args.length && a.equals("--copies")) bench.copies = positive(a, args[++i], 2);
                else if (i + 1 < args.length && a.equals("--runs")) bench.runs = positive(a, args[++i], 1);
                else if (i + 1 < args.length && a.equals("--rounds")) bench.rounds = positive(a, args[++i], 1);
                else if (i + 1 < args.length && a.equals("--long")) bench.longCopies = positive(a, args[++i], 4);
                else if (i + 1 < args.length && a.equals("--label")) bench.label = args[++i];
                else throw new IllegalArgumentException("unknown or incomplete option '" + a + "'");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: bench: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            bench.all(brain1);
            return 0;
        } catch (Exception e) {
            err.println("error: bench: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(work);
        }
    }

    private static int positive(String option, String text, int min) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number of at least " + min);
    }

    private void all(Path brain1) throws Exception {
        out.printf("# glioma-radiomics bench, %s, %s, %s %s, %d cores, java %s%s%n", LocalDate.now(), host(),
            System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"), usual.launcher() == null ? ", no launcher beside the jar: every run is plain java -jar" : "");
        out.println("figure\twall s\tCPU s\tpeak MB\tload average");
        String[] one = {"extract", "--image", brain1.resolve("brain1_image.nrrd").toString(), "--mask",
            brain1.resolve("brain1_label.nrrd").toString(), "--format", "wide", "--out", work.resolve("one.csv").toString()};
        if (usual.launcher() != null) print("brain1 extract, whole process, launcher (median of " + runs + ")", median(usual, one));
        print("brain1 extract, whole process, plain java -jar (median of " + runs + ")", median(PLAIN, one));
        print("--help, whole process" + (usual.launcher() == null ? "" : ", launcher") + " (median of " + runs + ")", median(usual, "--help"));

        Path synth = work.resolve("synth");
        child(usual, "synth-case", "--seed", "7", "--size", "200,200,162", "--spacing", "1,1,1", "--out", synth.toString());
        Path image = synth.resolve("synth-7_t1ce.nii.gz"), mask = synth.resolve("synth-7_seg.nii.gz");
        long roi = roiVoxels(image, mask);
        out.printf("# synthetic BraTS-size case: 200x200x162 at 1 mm, label %s = %d voxels; batches of %d copies%n", label, roi, copies);
        int large = 3 * copies;
        for (String conventions : List.of("ibsi", "pyradiomics")) {
            Run single = batch(image, mask, 1, conventions, 1);
            Run serial = batch(image, mask, copies, conventions, 1);
            Run serialLarge = batch(image, mask, large, conventions, 1);
            Run parallel = batch(image, mask, copies, conventions, 2);
            Run parallelLarge = batch(image, mask, large, conventions, 2);
            shortMarginal(conventions, image, mask, single, serial);
            print(conventions + ": batch of " + copies + ", 1 thread", serial);
            print(conventions + ": batch of " + large + ", 1 thread", serialLarge);
            print(conventions + ": batch of " + copies + ", 2 threads", parallel);
            print(conventions + ": batch of " + large + ", 2 threads", parallelLarge);
            Run marginal1 = marginal(serial, serialLarge, large - copies), marginal2 = marginal(parallel, parallelLarge, large - copies);
            if (marginal1.wall() > 0 && marginal2.wall() > 0)
                out.printf("%s: steady-state throughput, cases %d to %d: 1 thread %.2f, 2 threads %.2f cases/s\t%.2fx\t\t\t%s%n", conventions,
                    copies + 1, large, 1 / marginal1.wall(), 1 / marginal2.wall(), marginal1.wall() / marginal2.wall(), load());
            else // other jobs' load changed between the runs more than the extra cases cost
                out.printf("%s: steady-state throughput\tnot measurable: a batch of %d ran no longer than one of %d (load changed; use more --copies)\t\t\t%s%n",
                    conventions, large, copies, load());
            out.printf("%s: whole run of %d copies, 2 threads / 1 thread\t%.2fx%n", conventions, large, serialLarge.wall() / parallelLarge.wall());
            out.printf("%s: CPU per case, 2 threads / 1 thread, cases %d to %d\t%.2f%n", conventions, copies + 1, large,
                marginal2.cpu() / marginal1.cpu());
            inRunThreads(conventions, image, mask, serialLarge, parallelLarge);
            if (longCopies > 0) longBatchThreads(conventions, image, mask, single);
        }
        if (maps) {
            Path dir = work.resolve("maps");
            print("voxel maps (GLCM, radius 1), brain1 (4,137 voxels)", child(usual, "feature-maps", "--image", one[2], "--mask", one[4],
                "--out-dir", dir.toString()));
            String[] region = {"feature-maps", "--image", image.toString(), "--mask", mask.toString(), "--label", label, "--out-dir", dir.toString()};
            print("voxel maps (GLCM, radius 1), synthetic label " + label + " (" + roi + " voxels)", child(usual, region));
            // The peak resident memory above is what the JVM's default heap sizing lets the heap grow to; the heap the
            // maps need is the smallest -Xmx that runs them, checked here against the target.
            Start capped = usual.with("-Xmx" + MAPS_HEAP_MB + "m");
            String what = "voxel maps, the same region, heap capped at -Xmx" + MAPS_HEAP_MB + "m";
            try {
                print(what, child(capped, region));
            } catch (IllegalStateException e) {
                out.printf("%s\tfails: %s%n", what, e.getMessage());
            }
        }
        gzipReading(image);
    }

    /**
     * The marginal per case between batches of 1 and N copies on 1 thread, {@link #rounds} rounds alternately (the
     * first round reuses the runs already made): the median, and each round's wall time, as one run of each varies by
     * up to a fifth on a shared machine.
     */
    private void shortMarginal(String conventions, Path image, Path mask, Run single, Run serial) throws Exception {
        List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Run one = round == 0 ? single : batch(image, mask, 1, conventions, 1);
            Run many = round == 0 ? serial : batch(image, mask, copies, conventions, 1);
            Run marginal = marginal(one, many, copies - 1);
            wall.add(marginal.wall());
            cpu.add(marginal.cpu());
        }
        printMarginal(conventions, copies, wall, cpu);
    }

    /** The line of a 1-to-n marginal: medians of the rounds' wall and CPU seconds, and each round's wall seconds. */
    private void printMarginal(String conventions, int n, List<Double> wall, List<Double> cpu) {
        out.printf("%s: marginal per case, batches of 1 and %d copies, 1 thread, reading included (medians of %d rounds)\t%.3f\t%.3f\t\t%s (rounds, wall: %s)%n",
            conventions, n, wall.size(), medianOf(wall), medianOf(cpu), load(), each(wall, "%.3f"));
    }

    /**
     * The throughput of 2 threads against 1 inside 3N-copy runs (cases N+1 to 3N), over {@link #rounds} rounds that
     * alternate the thread counts (the first round reuses the runs already made): each round's ratio, and the median.
     */
    private void inRunThreads(String conventions, Path image, Path mask, Run serial, Run parallel) throws Exception {
        int large = 3 * copies;
        List<Double> one = new ArrayList<>(), two = new ArrayList<>(), ratios = new ArrayList<>(), ceilings = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Run a = round == 0 ? serial : batch(image, mask, large, conventions, 1);
            Run b = round == 0 ? parallel : batch(image, mask, large, conventions, 2);
            // The machine's own limit: two independent 1-thread processes side by side share no heap, collector or
            // JIT, only the cores' caches and memory; their throughput over one alone is what 2 threads can reach.
            java.util.concurrent.CompletableFuture<Run> other = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return batch(image, mask, large, conventions, 1, "-side");
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Run c = batch(image, mask, large, conventions, 1), d = other.join();
            double s1 = a.secondsPerCase(copies, large), s2 = b.secondsPerCase(copies, large);
            double sc = c.secondsPerCase(copies, large), sd = d.secondsPerCase(copies, large);
            if (Double.isNaN(s1) || Double.isNaN(s2) || Double.isNaN(sc) || Double.isNaN(sd)) {
                out.printf("%s: in-run steady state\tnot measurable: the batch did not report its cases%n", conventions);
                return;
            }
            one.add(s1);
            two.add(s2);
            ratios.add(s1 / s2);
            ceilings.add(s1 * (1 / sc + 1 / sd));
        }
        out.printf("%s: in-run steady state, cases %d to %d of %d-copy runs, median of %d rounds: 1 thread %.3f s/case, 2 threads %.3f s/case\t%.2fx\t\t\t%s (rounds: %s)%n",
            conventions, copies + 1, large, large, rounds, medianOf(one), medianOf(two), medianOf(ratios), load(), each(ratios, "%.2fx"));
        out.printf("%s: the machine's ceiling: two 1-thread batches side by side (separate JVMs) against one alone, same cases, median of %d rounds\t%.2fx\t\t\t%s (rounds: %s)%n",
            conventions, rounds, medianOf(ceilings), load(), each(ceilings, "%.2fx"));
    }

    /**
     * The throughput of 2 threads against 1 over the second half of {@link #longCopies}-copy runs, {@link #rounds}
     * rounds alternately: a cohort's steady state, after the JIT compiler's work (which a 2-thread run on 2 cores
     * takes from its workers) is done.
     */
    private void longBatchThreads(String conventions, Path image, Path mask, Run single) throws Exception {
        int from = longCopies / 2;
        List<Double> one = new ArrayList<>(), two = new ArrayList<>(), ratios = new ArrayList<>(), wall = new ArrayList<>(), cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Run serial = batch(image, mask, longCopies, conventions, 1);
            double s1 = serial.secondsPerCase(from, longCopies);
            double s2 = batch(image, mask, longCopies, conventions, 2).secondsPerCase(from, longCopies);
            if (Double.isNaN(s1) || Double.isNaN(s2)) {
                out.printf("%s: long batch\tnot measurable: the batch did not report its cases%n", conventions);
                return;
            }
            one.add(s1);
            two.add(s2);
            ratios.add(s1 / s2);
            Run marginal = marginal(single, serial, longCopies - 1);
            wall.add(marginal.wall());
            cpu.add(marginal.cpu());
        }
        // The marginal of a cohort-sized batch: as the 1-to-N figure above, over L copies, so the JIT's warm-up
        // of the first cases is spread over L - 1 instead of N - 1.
        printMarginal(conventions, longCopies, wall, cpu);
        out.printf("%s: long batch, in-run steady state, cases %d to %d of %d-copy runs, median of %d rounds: 1 thread %.3f s/case, 2 threads %.3f s/case\t%.2fx\t\t\t%s (rounds: %s)%n",
            conventions, from + 1, longCopies, longCopies, rounds, medianOf(one), medianOf(two), medianOf(ratios), load(), each(ratios, "%.2fx"));
    }

    /** The rounds' values, each in {@code format}, separated by spaces. */
    private static String each(List<Double> values, String format) {
        StringBuilder each = new StringBuilder();
        for (double v : values) each.append(each.length() == 0 ? "" : " ").append(String.format(format, v));
        return each.toString();
    }

    private static double medianOf(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Wall and CPU seconds per case of the {@code cases} that {@code larger} runs beyond {@code smaller}. */
    private static Run marginal(Run smaller, Run larger, int cases) {
        return new Run((larger.wall() - smaller.wall()) / cases, (larger.cpu() - smaller.cpu()) / cases, Double.NaN);
    }

    /** A batch of {@code n} copies of one case in a fresh JVM. */
    private Run batch(Path image, Path mask, int n, String conventions, int threads) throws Exception {
        return batch(image, mask, n, conventions, threads, "");
    }

    /** The same; {@code tag} names the run's files, so that two runs can go on at once. */
    private Run batch(Path image, Path mask, int n, String conventions, int threads, String tag) throws Exception {
        Path manifest = work.resolve("cases-" + n + tag + ".csv");
        StringBuilder rows = new StringBuilder("ID,Image,Mask,Label\n");
        for (int i = 0; i < n; i++) rows.append("copy").append(i).append(',').append(image).append(',').append(mask).append(',').append(label).append('\n');
        Files.writeString(manifest, rows);
        Path table = work.resolve("batch" + tag + ".csv");
        Files.deleteIfExists(table);
        return taggedChild(usual, tag, "batch-extract", "--manifest", manifest.toString(), "--conventions", conventions,
            "--threads", Integer.toString(threads), "--out", table.toString());
    }

    /**
     * Reading the case's gzip NIfTI (warm, median of 5) against zcat and against bare inflation in this JVM, by wall
     * time, by the reading thread's CPU time (which a loaded machine does not inflate) and by its user CPU time alone:
     * the difference is the kernel's time to hand the volume's array fresh zeroed pages while the heap grows
     * (measured: about 4 ms per MB on this machine, 0.15 s for this volume), which bare inflation into a small buffer
     * never pays, and neither does reading into the recycled storage of the previous volume, as a batch reads.
     */
    private void gzipReading(Path file) throws Exception {
        Volume v = ImageIO.read(file);
        double mb = (double) v.geometry().voxelCount() * v.type().bytes / 1e6;
        Step read = () -> ImageIO.read(file);
        Step inflate = () -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        };
        Step readRecycled = () -> Volume.recycle(ImageIO.read(file));
        double[] readTimes = medianSeconds(read), inflateTimes = medianSeconds(inflate), recycledTimes = medianSeconds(readRecycled);
        out.printf("# gzip NIfTI read: %s, %.1f MB of %s voxels (%.1f MB on disk)%n", file.getFileName(), mb, v.type(), Files.size(file) / 1e6);
        out.printf("read .nii.gz into a volume (warm, MB/s of voxels: wall / thread CPU / thread user CPU)\t%.0f / %.0f / %.0f MB/s%n",
            mb / readTimes[0], mb / readTimes[1], mb / readTimes[2]);
        out.printf("read .nii.gz into the storage of the previous volume, as batch-extract does (warm, MB/s of voxels: wall / thread CPU / thread user CPU)\t%.0f / %.0f / %.0f MB/s%n",
            mb / recycledTimes[0], mb / recycledTimes[1], mb / recycledTimes[2]);
        out.printf("inflate only, java.util.zip (warm: wall / thread CPU / thread user CPU)\t%.0f / %.0f / %.0f MB/s%n",
            mb / inflateTimes[0], mb / inflateTimes[1], mb / inflateTimes[2]);
        double zcat = zcatSeconds(file);
        if (zcat > 0) out.printf("zcat > /dev/null (best of 3, process included)\t%.0f MB/s%n", mb / zcat);
        else out.println("zcat > /dev/null\tzcat not found");
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Medians of 5 warm runs: {wall seconds, the calling thread's CPU seconds, its user CPU seconds}. */
    private static double[] medianSeconds(Step step) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        step.run();
        double[] t = new double[5], cpu = new double[5], user = new double[5];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime(), u0 = threads.getCurrentThreadUserTime();
            step.run();
            user[i] = (threads.getCurrentThreadUserTime() - u0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        Arrays.sort(user);
        return new double[] {t[2], cpu[2], user[2]};
    }

    private static double zcatSeconds(Path file) {
        double best = Double.MAX_VALUE;
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("zcat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) return -1;
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            return best;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Run median(Start start, String... args) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) all.add(child(start, args));
        return new Run(median(all, Run::wall), median(all, Run::cpu), median(all, Run::peakMb));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Runs this jar with {@code args} in a fresh JVM; a failure is an exception naming the command and its error. */
    private Run child(Start start, String... args) throws Exception {
        return taggedChild(start, "", args);
    }

    /** The same; {@code tag} names the child's report and log files, so that two children can run at once. */
    private Run taggedChild(Start start, String tag, String... args) throws Exception {
        Path report = work.resolve("report" + tag + ".txt"), log = work.resolve("child" + tag + ".log");
        Files.deleteIfExists(report);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = new ArrayList<>(start.options());
        jvm.add("-D" + ProcessReport.PROPERTY + "=" + report);
        List<String> cmd = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (start.launcher() != null) {
            // The launcher execs java, so the process timed is the JVM itself.
            cmd.addAll(List.of(SHELL.toString(), start.launcher().toString()));
            builder.environment().put("JAVA", java);
            builder.environment().put("JAVA_OPTS", String.join(" ", jvm));
        } else {
            cmd.add(java);
            cmd.addAll(jvm);
            cmd.addAll(List.of("-jar", jar.toString()));
        }
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = builder.start();
        // The output is read as it comes, so that progress lines ("cases k/n") carry the moment case k was done.
        List<Double> done = new ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             java.io.BufferedWriter logged = Files.newBufferedWriter(log)) {
            for (String line; (line = in.readLine()) != null; ) {
                double at = (System.nanoTime() - t0) / 1e9;
                logged.write(line);
                logged.newLine();
                java.util.regex.Matcher m = CASES_DONE.matcher(line);
                if (m.find()) {
                    int k = Integer.parseInt(m.group(1));
                    while (done.size() <= k) done.add(Double.NaN);
                    done.set(k, at);
                }
            }
        }
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0 || !Files.isRegularFile(report)) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException(args[0] + " failed (exit " + code + "): "
                + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)));
        }
        String[] r = Files.readString(report, StandardCharsets.US_ASCII).trim().split(" ");
        long cpu = Long.parseLong(r[0]), peakKb = Long.parseLong(r[1]);
        return new Run(wall, cpu < 0 ? Double.NaN : cpu / 1e9, peakKb < 0 ? Double.NaN : peakKb / 1024.0,
            done.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void print(String figure, Run r) {
        out.printf("%s\t%.2f\t%s\t%s\t%s%n", figure, r.wall(), Double.isNaN(r.cpu()) ? "" : String.format("%.2f", r.cpu()),
            Double.isNaN(r.peakMb()) ? "" : String.format("%.0f", r.peakMb()), load());
    }

    /** Voxels of the bench's region, counted by label-stats. */
    private long roiVoxels(Path image, Path mask) throws Exception {
        Path stats = work.resolve("label-stats.csv");
        child(usual, "label-stats", "--image", image.toString(), "--mask", mask.toString(), "--out", stats.toString());
        List<String> labels = Arrays.asList(label.replace(" ", "").split(","));
        long n = 0;
        List<String> rows = Files.readAllLines(stats);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            if (labels.contains(cells[0])) n += Long.parseLong(cells[1]);
        }
        return n;
    }

    /** The 1-minute load average (Linux), or "" where the platform does not tell. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String host() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
