// Heap of the corpus stages over a stream (docs/performance.md, "Heap"), run against the built jars:
// java -Xmx1g -cp "mirsad-app/target/lib/*" tools/heap/CorpusHeap.java OUT.jsonl 20000
import java.lang.management.ManagementFactory;
import java.util.List;
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
    public static void main(String[] args) {
        long every = Long.parseLong(args[1]);
        Pipeline p = Pipeline.builder(new PageSegmenter()).pageStep(new HtmlMainText()).pageStep(new OutletSignatures())
                .stage(new DateStage()).stage(new DedupStage()).stage(new StoryStage()).build();
        long[] n = {0, every};
        long t0 = System.nanoTime();
        Mirsad.read(args[0], new RecordSink() {
            public void page(Page page) {
                for (Article a : p.analyse(page)) {
                    p.place(a);
                    n[0]++;
                }
                if (n[0] >= n[1]) {
                    n[1] += every;
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    System.out.printf("%d articles  live %.1f MB  %.0f s%n", n[0], used / 1048576.0, (System.nanoTime() - t0) / 1e9);
                }
            }
            public void rejected(Rejection r) { }
        });
        p.stages().stream().filter(s -> s instanceof StoryStage).forEach(s -> ((StoryStage) s).clusterer().settle());
        System.gc();
        System.out.printf("end %d articles  live %.1f MB  %.0f s%n", n[0],
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0, (System.nanoTime() - t0) / 1e9);
    }
}
