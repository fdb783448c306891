// Usage: java -cp "mirsad-app/target/mirsad-app.jar:mirsad-app/target/lib/*" tools/ingest/StoreCpu.java DATA ROUNDS [RECORDS_PER_COMMIT]
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.mirsad.model.Article;
import org.mirsad.store.LedgerKey;
import org.mirsad.store.Store;

/** StoreCpu DATADIR ROUNDS [RECORDS_PER_COMMIT]: the stored articles of run 1 stored again into a fresh store, one
 *  record each, 200 records a transaction (an ingest's --commit-every) unless said; per article for each round: this thread's CPU, the wall time,
 *  the time it waited for a core (/proc/thread-self/schedstat) and the rest (blocked: I/O, locks). */
public class StoreCpu {
    static long runDelay() throws Exception {
        return Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ")[1]);
    }
    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempDirectory("storecpu");
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
        int perCommit = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        for (int r = 0; r < rounds; r++) {
            Path dir = Files.createTempDirectory("storecpu-r");
            long t0 = threads.getCurrentThreadCpuTime(), w0 = System.nanoTime(); long q0 = runDelay();
            try (Store store = Store.open(dir)) {
                long run = store.startRun("ingest", List.of("x"), "t");
                store.recordsPerCommit(perCommit);
                int i = 0;
                for (Article a : articles) {
                    store.storeRecord(new LedgerKey("rec" + i, "h" + i), List.of(a.withDuplicateOf(null)), run);
                    i++;
                }
                store.commitPending();
            }
            long t1 = threads.getCurrentThreadCpuTime(), w1 = System.nanoTime(); long q1 = runDelay();
            System.out.printf("round %d: %d articles, thread %.3f ms/article, wall %.3f ms/article, runqueue %.3f ms/article, blocked %.3f ms/article, load %.1f%n",
                    r, articles.size(), (t1 - t0) / 1e6 / articles.size(), (w1 - w0) / 1e6 / articles.size(), (q1 - q0) / 1e6 / articles.size(), ((w1 - w0) - (t1 - t0) - (q1 - q0)) / 1e6 / articles.size(), os.getSystemLoadAverage());
        }
    }
}
