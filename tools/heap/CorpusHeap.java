// Heap of the corpus stages over a stream (docs/performance.md, "Heap"), run against the built jars:
// java -Xmx1g -cp "mirsad-app/target/lib/*" tools/heap/CorpusHeap.java OUT.jsonl 20000 [THREADS]
// THREADS (default 0: all on the calling thread) analyse pages ahead, as ingest does (at most 256 pages
// in flight), the input read on a thread of its own; the corpus stages always place the articles on
// the calling thread, in input order.
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mirsad.Mirsad;
import org.mirsad.dates.DateStage;
import org.mirsad.dedup.DedupStage;
import org.mirsad.html.HtmlMainText;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.outlets.OutletSignatures;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.stories.StoryStage;

/** Live heap of the corpus stages (dedup, stories) as articles stream through: segment, dates, dedup, stories. */
public class CorpusHeap {
    static long[] n;
    static long every;
    static long t0 = System.nanoTime();
    static Pipeline p;

    public static void main(String[] args) throws Exception {
        every = Long.parseLong(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        p = Pipeline.builder(new PageSegmenter()).pageStep(new HtmlMainText()).pageStep(new OutletSignatures())
                .stage(new DateStage()).stage(new DedupStage()).stage(new StoryStage()).build();
        n = new long[] {0, every};
        if (threads == 0) {
            Mirsad.read(args[0], new RecordSink() {
                public void page(Page page) {
                    placeAll(p.analyse(page));
                }
                public void rejected(Rejection r) { }
            });
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            BlockingQueue<Future<List<Article>>> ahead = new ArrayBlockingQueue<>(256);
            Future<List<Article>> end = CompletableFuture.completedFuture(null);
            Thread reader = new Thread(() -> {
                Mirsad.read(args[0], new RecordSink() {
                    public void page(Page page) {
                        put(ahead, pool.submit(() -> p.analyseToPlace(page)));
                    }
                    public void rejected(Rejection r) { }
                });
                put(ahead, end);
            });
            reader.start();
            for (Future<List<Article>> f = ahead.take(); f != end; f = ahead.take()) {
                placeAll(f.get());
            }
            pool.shutdown();
        }
        p.stages().stream().filter(s -> s instanceof StoryStage).forEach(s -> ((StoryStage) s).clusterer().settle());
        System.gc();
        System.out.printf("end %d articles  live %.1f MB  %.0f s  cpu %.0f s%n", n[0],
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0, (System.nanoTime() - t0) / 1e9,
                cpuSeconds());
    }

    static void put(BlockingQueue<Future<List<Article>>> ahead, Future<List<Article>> f) {
        try {
            ahead.put(f);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void placeAll(List<Article> articles) {
        for (Article a : articles) {
            p.place(a);
            n[0]++;
        }
        if (n[0] >= n[1]) {
            n[1] += every;
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("%d articles  live %.1f MB  %.0f s  cpu %.0f s%n", n[0], used / 1048576.0,
                    (System.nanoTime() - t0) / 1e9, cpuSeconds());
        }
    }

    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
