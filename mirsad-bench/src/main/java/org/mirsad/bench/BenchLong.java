package org.mirsad.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Does the JIT settle? The extract phase of {@code mirsad bench} ({@link ExtractRun}: all cores, the corpus
 * stages in input order) over a long input, cold, with one line per span of {@code WINDOW} articles: the
 * articles per CPU second of the whole process in that span and who spent the CPU (the workers, the calling
 * thread, the C2 and C1 compilers, the collector), the JIT's own compile time (its MXBean, all compiler
 * threads, wall) and the code cache in use. A crawl of millions sees the last lines; the bench's 20,000
 * records the first.
 *
 * <pre>{@code java [FLAGS] -cp mirsad-bench/target/benchmarks.jar org.mirsad.bench.BenchLong CORPUS [LIMIT (20000)] [REPLICATE (5)] [WINDOW (5000)] [THREADS]}</pre>
 *
 * The input is the bench's ({@code --limit LIMIT --replicate REPLICATE}): copies after the first are the same
 * records with about one word in 25 edited, so the word caches have seen most of their words (the stages'
 * own work is a little cheaper there than on new text; the JIT's is what this measures).
 */
public final class BenchLong {

    private BenchLong() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BenchLong CORPUS [LIMIT (20000)] [REPLICATE (5)] [WINDOW (5000)] [THREADS (all cores)]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        long limit = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        int replicate = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long window = args.length > 3 ? Long.parseLong(args[3]) : 5_000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("mirsad-bench-long");
        try {
            BenchCorpus input = BenchCorpus.write(corpus, limit, replicate, work.resolve("input.jsonl"));
            System.out.printf("%d records (%d × %d), windows of %d articles, %d threads, JVM flags %s%n", input.records(),
                    limit, replicate, window, threads, ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println("articles  art/CPU-s  CPU-s  workers  main  C2  C1  GC  other  (µs an article)"
                    + "  | JIT compile ms (MXBean)  code cache MB");
            long[] done = {0};
            long[] compiled = {compileMillis()};
            ExtractRun.Result total = ExtractRun.run(input, threads, window, w -> {
                done[0] += w.articles();
                long ms = compileMillis();
                System.out.println(line(done[0], w) + String.format("  | %6d  %6.1f", ms - compiled[0], codeCacheMb()));
                compiled[0] = ms;
            });
            System.out.println("whole run:");
            System.out.println(line(total.articles(), total) + String.format("  | %6d  %6.1f", compileMillis(), codeCacheMb()));
        } finally {
            Bench.delete(work);
        }
    }

    /** One window: its articles per CPU second and its CPU by group of threads, in µs an article. */
    private static String line(long done, ExtractRun.Result r) {
        double[] groups = new double[6]; // workers, main, C2, C1, GC, other
        for (Map.Entry<String, Double> e : r.byThread().entrySet()) {
            groups[group(e.getKey())] += e.getValue();
        }
        StringBuilder s = new StringBuilder(String.format("%8d  %9.0f  %5.1f", done, r.articles() / r.cpuSeconds(), r.cpuSeconds()));
        for (double g : groups) {
            s.append(String.format("  %5.0f", g * 1e6 / r.articles()));
        }
        return s.toString();
    }

    /** Threads by role: the extract pool, the calling thread, the two compilers, the collector, the rest. */
    static int group(String thread) {
        if (thread.startsWith("mirsad-bench-ex")) {
            return 0;
        } else if (thread.equals("main") || thread.equals("java")) { // the launcher's main thread keeps the name "java"
            return 1;
        } else if (thread.startsWith("C2 ")) {
            return 2;
        } else if (thread.startsWith("C1 ")) {
            return 3;
        } else if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return 4;
        }
        return 5;
    }

    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double codeCacheMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP && pool.getName().startsWith("CodeHeap")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / 1024.0 / 1024.0;
    }
}
