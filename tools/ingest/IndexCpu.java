// Usage: java -cp "mirsad-app/target/mirsad-app.jar:mirsad-app/target/lib/*" tools/ingest/IndexCpu.java DATA ROUNDS
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.store.Store;

/** IndexCpu DATADIR ROUNDS: the stored articles of run 1 indexed into a fresh index on this thread, commit
 *  included, ROUNDS times; prints this thread's and the process's CPU per article for each round. */
public class IndexCpu {
    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempDirectory("idxcpu");
        Files.copy(Paths.get(args[0], "mirsad.db"), copy.resolve("mirsad.db"));
        List<Article> articles = new ArrayList<>();
        try (Store store = Store.open(copy)) {
            List<Store.RowId> page = store.articlesOfRun(1, 0, 100_000);
            for (int i = 0; i < page.size(); i += 500) {
                articles.addAll(store.articles(page.subList(i, Math.min(page.size(), i + 500)).stream().map(Store.RowId::id).toList()));
            }
        }
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            Path dir = Files.createTempDirectory("idxcpu-r");
            long t0 = threads.getCurrentThreadCpuTime(), p0 = os.getProcessCpuTime(), w0 = System.nanoTime();
            try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
                for (Article a : articles) index.add(a);
                index.commit();
            }
            long t1 = threads.getCurrentThreadCpuTime(), p1 = os.getProcessCpuTime(), w1 = System.nanoTime();
            System.out.printf("round %d: %d articles, thread %.3f ms/article, process %.3f ms/article, wall %.3f ms/article, load %.1f%n",
                    r, articles.size(), (t1 - t0) / 1e6 / articles.size(), (p1 - p0) / 1e6 / articles.size(),
                    (w1 - w0) / 1e6 / articles.size(), os.getSystemLoadAverage());
        }
    }
}
