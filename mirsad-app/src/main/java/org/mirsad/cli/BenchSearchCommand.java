package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.SampleQueries;
import org.mirsad.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad bench-search}: a bounded load test of the search API on loopback. Starts a server on
 * the data directory (port 0), runs a fixed number of requests from a fixed number of concurrent
 * clients, and prints latency percentiles and errors. Queries are words of the index's own headlines.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = {"Load test: N concurrent clients send a fixed number of /api/search requests to a server",
                "on loopback; prints p50/p90/p99/max latency, throughput and errors."})
final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 200;

    @Option(names = "--requests", paramLabel = "N", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests = 4000;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "Stop after this long (default: ${DEFAULT-VALUE}).")
    int deadline = 300;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || requests < clients || deadline < 1) {
            throw new UserInputException("need --clients >= 1, --requests >= --clients and --deadline >= 1");
        }
        List<String> queries = queries();
        if (queries.isEmpty()) {
            throw new UserInputException("no articles in " + data + " to take queries from (ingest some first)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Server server = Server.start(data, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            long[] latencies = new long[requests];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch done = new CountDownLatch(clients);
            long deadlineAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadline);
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadlineAt;
                             i = next.getAndIncrement()) {
                            String q = queries.get(i % queries.size());
                            URI uri = URI.create(server.url() + "api/search?limit=10&q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    if (errorSamples.size() < 3) {
                                        errorSamples.add(r.statusCode() + " " + r.body());
                                    }
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 3) {
                                    errorSamples.add(e.toString());
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            latencies[i] = System.nanoTime() - t0;
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await(deadline + 60L, TimeUnit.SECONDS);
            pool.shutdownNow();
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sent = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
            out.printf("bench-search: %d clients, %d requests sent of %d, %d errors, %.1f s, %.0f requests/s%n",
                    clients, sent.length, requests, errors.get(), seconds, sent.length / seconds);
            out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (%d distinct queries, %d documents)%n",
                    pct(sent, 50), pct(sent, 90), pct(sent, 99), sent.length == 0 ? 0 : sent[sent.length - 1] / 1e6,
                    queries.size(), documents());
            errorSamples.forEach(e -> out.println("  error: " + e.substring(0, Math.min(200, e.length()))));
            out.flush();
            return errors.get() == 0 && sent.length == requests ? MirsadCli.OK : MirsadCli.INTERNAL_ERROR;
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** One- and two-word queries from the headlines of the index, in a fixed order. */
    private List<String> queries() throws IOException {
        try (ArticleSearcher s = SearchCommand.openIndex(data, Duration.ofSeconds(30))) {
            return SampleQueries.fromHeadlines(s, 300, true);
        }
    }

    private long documents() throws IOException {
        return org.mirsad.index.LuceneArticleIndex.committedDocs(data);
    }
}
