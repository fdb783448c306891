package org.mirsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.SearchRequest;

/**
 * Search latency over the index an ingest built: a fixed set of queries ({@code queries.txt}: words,
 * names, phrases and field filters a monitoring desk asks), first once to warm up, then
 * {@link #ROUNDS} times, one at a time, first page of ten hits with facets and snippets as the API
 * serves it.
 */
final class SearchLatency {

    static final int ROUNDS = 10;
    private static final String QUERIES = "queries.txt";

    /** Latencies in milliseconds. */
    record Result(int searches, double p50, double p99, double max) {
    }

    private SearchLatency() {
    }

    /** The fixed query set, one query a line, '#' lines skipped. */
    static List<String> queries() {
        try (InputStream in = SearchLatency.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUERIES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(Path dataDir) throws IOException {
        List<String> queries = queries();
        long[] nanos = new long[queries.size() * ROUNDS];
        try (ArticleSearcher searcher = ArticleSearcher.open(dataDir, Duration.ofSeconds(30))) {
            for (String q : queries) {
                searcher.search(SearchRequest.of(q, 10));
            }
            int i = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    searcher.search(SearchRequest.of(q, 10));
                    nanos[i++] = System.nanoTime() - t0;
                }
            }
        }
        Arrays.sort(nanos);
        return new Result(nanos.length, percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    }

    /** The nearest-rank percentile of sorted values, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
