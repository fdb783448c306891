package org.mirsad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mirsad.Mirsad;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.pipeline.Stage;

/**
 * Where the CPU of a whole {@code mirsad extract} goes, one thread: each round reads the records
 * (readers and JSON parsing), analyses them (segmenter and stateless stages), prepares and places them
 * (the corpus stages, a fresh pipeline each round so dedup and stories start empty), then settles and
 * writes each article's JSON line (to a counter, not a file), each phase's thread CPU time printed per
 * article. At the end, the CPU of every thread of the process by name from {@code /proc/self/task}
 * (Linux): what the collector and the JIT spent beside the working thread.
 *
 * <pre>{@code java -cp mirsad-bench/target/benchmarks.jar org.mirsad.bench.ExtractCpu PATH [ROUNDS]}</pre>
 */
public final class ExtractCpu {

    private ExtractCpu() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractCpu PATH [ROUNDS]   (PATH: anything mirsad extract reads)");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // bytes this thread allocated: the garbage the collector's threads then spend their CPU on
        com.sun.management.ThreadMXBean heap = cpu instanceof com.sun.management.ThreadMXBean h ? h : null;
        long[] allocated = new long[6];
        for (int r = 0; r < rounds; r++) {
            Pipeline pipeline = Mirsad.pipeline();
            long t0 = cpu.getCurrentThreadCpuTime();
            allocated[0] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            List<Page> pages = CorpusPages.read(args[0]);
            long t1 = cpu.getCurrentThreadCpuTime();
            allocated[1] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            List<Article> analysed = new ArrayList<>();
            for (Page p : pages) {
                analysed.addAll(pipeline.analyse(p));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            allocated[2] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            for (Article a : analysed) {
                for (Stage s : pipeline.stages()) {
                    if (s instanceof CorpusStage c) {
                        c.prepare(a);
                    }
                }
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            allocated[3] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            List<Article> placed = new ArrayList<>(analysed.size());
            for (Article a : analysed) {
                placed.add(pipeline.place(a));
            }
            long t4 = cpu.getCurrentThreadCpuTime();
            allocated[4] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            long chars = 0;
            for (Article a : placed) {
                chars += Json.line(pipeline.settle(a)).length();
            }
            long t5 = cpu.getCurrentThreadCpuTime();
            allocated[5] = heap == null ? 0 : heap.getCurrentThreadAllocatedBytes();
            int n = Math.max(1, placed.size());
            double total = (t5 - t0) / 1e3 / n;
            System.out.printf("round %d: %d articles (%d JSON chars); µs of CPU per article: read %.0f, analyse %.0f,"
                            + " prepare %.0f, place %.0f, settle+json %.0f; total %.0f = %.0f articles per CPU s%n",
                    r, placed.size(), chars, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n,
                    (t4 - t3) / 1e3 / n, (t5 - t4) / 1e3 / n, total, 1e6 / total);
            if (heap != null) {
                System.out.printf("  KB allocated per article: read %.0f, analyse %.0f, prepare %.0f, place %.0f,"
                                + " settle+json %.0f%n", (allocated[1] - allocated[0]) / 1024.0 / n,
                        (allocated[2] - allocated[1]) / 1024.0 / n, (allocated[3] - allocated[2]) / 1024.0 / n,
                        (allocated[4] - allocated[3]) / 1024.0 / n, (allocated[5] - allocated[4]) / 1024.0 / n);
            }
        }
        threadCpu();
    }

    /** CPU seconds of every thread of this process since it started, by name (Linux only). */
    private static void threadCpu() {
        Map<String, Double> byName = ThreadCpu.now().since(new ThreadCpu(Map.of(), Map.of()), ExtractRun.processCpuNanos() / 1e9);
        if (byName.isEmpty()) {
            return;
        }
        System.out.println("CPU s by thread (whole process):");
        byName.forEach((name, s) -> {
            if (s >= 0.05) {
                System.out.printf("  %-24s %7.2f%n", name, s);
            }
        });
    }
}
