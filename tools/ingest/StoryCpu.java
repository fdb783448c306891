// Usage: java -cp "mirsad-app/target/mirsad-app.jar:mirsad-app/target/lib/*" tools/ingest/StoryCpu.java DATA ROUNDS
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import org.mirsad.model.Article;
import org.mirsad.store.Store;
import org.mirsad.stories.StoryClusterer;
import org.mirsad.stories.StoryStage;

/** StoryCpu DATADIR ROUNDS: the stored articles of run 1 placed in a fresh story clusterer in their stored
 *  order, then settled, ROUNDS times; prints this thread's CPU for placing and for settling (the story
 *  terms are computed before, untimed), the settle's process CPU and wall time (it may take a second
 *  thread) and a digest of every article's story. */
public class StoryCpu {
    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempDirectory("storycpu");
        Files.copy(Paths.get(args[0], "mirsad.db"), copy.resolve("mirsad.db"));
        List<Article> articles = new ArrayList<>();
        try (Store store = Store.open(copy)) {
            List<Store.RowId> page = store.articlesOfRun(1, 0, 1_000_000);
            for (int i = 0; i < page.size(); i += 500) {
                articles.addAll(store.articles(page.subList(i, Math.min(page.size(), i + 500)).stream().map(Store.RowId::id).toList()));
            }
        }
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            StoryStage stage = new StoryStage(new StoryClusterer());
            for (Article a : articles) stage.prepare(a);
            long t0 = threads.getCurrentThreadCpuTime();
            for (Article a : articles) stage.apply(a);
            long t1 = threads.getCurrentThreadCpuTime();
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            long w1 = System.nanoTime();
            long p1 = os.getProcessCpuTime();
            for (Article a : articles) {
                Article s = stage.settle(a);
                md.update((a.id() + " " + s.story() + "\n").getBytes());
            }
            long t2 = threads.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            long p2 = os.getProcessCpuTime();
            System.out.printf("round %d: %d articles, place %.1f µs/article, settle %.1f µs/article (this thread; "
                            + "process %.1f, wall %.1f), load %.1f, stories %s%n",
                    r, articles.size(), (t1 - t0) / 1e3 / articles.size(), (t2 - t1) / 1e3 / articles.size(),
                    (p2 - p1) / 1e3 / articles.size(), (w2 - w1) / 1e3 / articles.size(),
                    os.getSystemLoadAverage(), HexFormat.of().formatHex(md.digest()));
        }
    }
}
