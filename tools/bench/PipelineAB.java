import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time of the stateless stages ({@code Pipeline.analyse}, what {@code StageCpu} times) of two builds of
 * Mirsad over the same pages, interleaved in one JVM: each build in its own class loader, both analyse the
 * same chunk of 50 pages in turn (who goes first alternates), so that the machine's speed, which moves by tens of
 * percent within an hour on a shared virtual machine, weighs on both alike. Separate runs of {@code StageCpu}
 * cannot resolve a change of a few percent here; this can (docs/performance.md, history 59).
 *
 * <p>Round 0 warms both up and is not counted. Per round it prints each build's µs of CPU an article and
 * B's ratio to A; at the end the ratios' median, mean and range. Both builds must give the same number of
 * articles. Each build's {@code mirsad-bench/target/benchmarks.jar} holds everything it needs.
 *
 * <p>With a fifth argument, WARMUP, every page is analysed once only: the first WARMUP pages are round 0 and
 * the rest are split into ROUNDS rounds in order, so that no timed page was seen before. Each round then
 * brings words of its own, as a crawl does, where rounds over the same pages meet only words the tables
 * already hold after the first; this is the measure for a change to what the tables keep (the record
 * table's size, history 67), which rounds over the same pages would flatter.
 *
 * <pre>
 * java tools/bench/PipelineAB.java PATH ROUNDS A/benchmarks.jar B/benchmarks.jar [WARMUP]
 * java tools/bench/PipelineAB.java /tmp/snn3k/snn3k.jsonl 8 \
 *     /work/wt-base/mirsad-bench/target/benchmarks.jar mirsad-bench/target/benchmarks.jar
 * java tools/bench/PipelineAB.java /tmp/snn20k.jsonl 8 A.jar B.jar 10000
 * </pre>
 */
public class PipelineAB {
    private static final int CHUNK = 50;

    /** One build: its pipeline, its analyse method and the pages as its own classes read them. */
    record Build(String jar, Object pipeline, Method analyse, List<?> pages) {
        static Build open(String jar, String path) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object pipeline = cl.loadClass("org.mirsad.Mirsad").getMethod("pipeline").invoke(null);
            Method read = cl.loadClass("org.mirsad.bench.CorpusPages").getDeclaredMethod("read", String.class);
            read.setAccessible(true);
            List<?> pages = (List<?>) read.invoke(null, path);
            Method analyse = pipeline.getClass().getMethod("analyse", cl.loadClass("org.mirsad.model.Page"));
            return new Build(jar, pipeline, analyse, pages);
        }

        /** Analyses pages {@code [from, to)}; returns how many articles they gave. */
        int analyse(int from, int to) throws Exception {
            int articles = 0;
            for (int i = from; i < to; i++) {
                articles += ((List<?>) analyse.invoke(pipeline, pages.get(i))).size();
            }
            return articles;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: java tools/bench/PipelineAB.java PATH ROUNDS A.jar B.jar [WARMUP]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[1]);
        int warmup = args.length == 5 ? Integer.parseInt(args[4]) : -1;
        Build[] builds = {Build.open(args[2], args[0]), Build.open(args[3], args[0])};
        int pages = builds[0].pages().size();
        if (builds[1].pages().size() != pages) {
            throw new IllegalStateException("the two builds read " + pages + " and " + builds[1].pages().size() + " pages");
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        if (warmup >= pages) {
            throw new IllegalArgumentException("the warm-up takes all " + pages + " pages");
        }
        for (int r = 0; r <= rounds; r++) {
            long[] cpu = new long[2];
            int[] articles = new int[2];
            // every page in every round, or (with a warm-up) round r's own share of the pages after it
            int first = warmup < 0 ? 0 : r == 0 ? 0 : warmup + (int) ((long) (pages - warmup) * (r - 1) / rounds);
            int last = warmup < 0 ? pages : r == 0 ? warmup : warmup + (int) ((long) (pages - warmup) * r / rounds);
            for (int from = first, chunk = 0; from < last; from += CHUNK, chunk++) {
                int to = Math.min(last, from + CHUNK);
                for (int k = 0; k < 2; k++) {
                    int x = (r + chunk) % 2 == 0 ? k : 1 - k; // who goes first alternates
                    long start = mx.getCurrentThreadCpuTime();
                    articles[x] += builds[x].analyse(from, to);
                    cpu[x] += mx.getCurrentThreadCpuTime() - start;
                }
            }
            if (articles[0] != articles[1]) {
                throw new IllegalStateException("the two builds gave " + articles[0] + " and " + articles[1] + " articles");
            }
            double a = cpu[0] / 1e3 / articles[0];
            double b = cpu[1] / 1e3 / articles[1];
            System.out.printf("round %d%s: %d articles, A %.0f µs an article, B %.0f, B/A %.3f%n", r,
                    r == 0 ? " (warm-up)" : "", articles[0], a, b, b / a);
            if (r > 0) {
                ratios.add(b / a);
            }
        }
        if (!ratios.isEmpty()) {
            double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("B/A over %d rounds: median %.3f, mean %.3f, range %.3f-%.3f%n  A: %s%n  B: %s%n",
                    sorted.length, sorted[sorted.length / 2], Arrays.stream(sorted).average().orElse(0),
                    sorted[0], sorted[sorted.length - 1], args[2], args[3]);
        }
    }
}
