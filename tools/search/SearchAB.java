import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/**
 * CPU time per search of two builds of Mirsad over the same index, interleaved in one JVM: each build in its own
 * class loader, both search each query in turn (who goes first alternates), so that the load of a shared machine
 * weighs on both alike. Two warm-up rounds, then ROUNDS rounds of the query file; prints p50/p90/p99/mean.
 *
 * <pre>
 * java tools/search/SearchAB.java DATA_DIR QUERIES ROUNDS LIB_DIR A.jar B.jar
 * java tools/search/SearchAB.java DATA_DIR QUERIES ROUNDS LIB_DIR A.jar A.jar@OTHER_DATA_DIR   (two indexes)
 * java tools/search/SearchAB.java /tmp/s/data1m mirsad-app/src/main/resources/org/mirsad/bench/queries.txt 8 \
 *     mirsad-app/target/lib /tmp/before/mirsad-app.jar mirsad-app/target/mirsad-app.jar
 * </pre>
 */
public class SearchAB {
    static Object[] open(String jarAt, String lib, Path data) throws Exception {
        // JAR@DATA: this build over another index (the same build over two indexes compares the indexes)
        String jar = jarAt.contains("@") ? jarAt.substring(0, jarAt.indexOf('@')) : jarAt;
        if (jarAt.contains("@")) data = Path.of(jarAt.substring(jarAt.indexOf('@') + 1));
        List<URL> urls = new ArrayList<>(); urls.add(Path.of(jar).toUri().toURL());
        try (var s = Files.list(Path.of(lib))) { for (Path p : s.toList()) urls.add(p.toUri().toURL()); }
        ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> as = cl.loadClass("org.mirsad.search.ArticleSearcher");
        Object searcher = as.getMethod("open", Path.class, java.time.Duration.class).invoke(null, data, java.time.Duration.ofSeconds(60));
        Class<?> rq = cl.loadClass("org.mirsad.search.SearchRequest");
        Method of = rq.getMethod("of", String.class, int.class);
        Method search = as.getMethod("search", rq);
        return new Object[] {searcher, of, search};
    }
    static void run(Object[] s, String q) throws Exception { ((Method) s[2]).invoke(s[0], ((Method) s[1]).invoke(null, q, 10)); }
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]);
        List<String> qs = Files.readAllLines(Path.of(a[1])).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        int rounds = Integer.parseInt(a[2]);
        String lib = a[3];
        Object[][] v = {open(a[4], lib, data), open(a[5], lib, data)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String q : qs) { run(v[0], q); run(v[1], q); }
        for (String q : qs) { run(v[0], q); run(v[1], q); }
        long[][] all = new long[2][qs.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) for (String q : qs) {
            for (int i = 0; i < 2; i++) {
                int x = (r + k) % 2 == 0 ? i : 1 - i; // alternate who goes first
                long c0 = mx.getCurrentThreadCpuTime(); run(v[x], q); all[x][k] = mx.getCurrentThreadCpuTime() - c0;
            }
            k++;
        }
        for (int i = 0; i < 2; i++) {
            long[] t = all[i].clone(); Arrays.sort(t); long sum = 0; for (long x : t) sum += x;
            System.out.printf("%s CPU p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  mean %.2f ms  (%d searches)%n", a[4 + i],
                    t[t.length / 2] / 1e6, t[(int) (t.length * 0.9)] / 1e6, t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6, sum / 1e6 / t.length, t.length);
        }
    }
}
