package org.mirsad.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.bench.Bench;
import org.mirsad.bench.BenchReport;
import org.mirsad.bench.SearchLatency;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mirsad bench}: Mirsad's throughput beside plain Lucene's, heap and search latency, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, on the same records: Mirsad's extract (all cores) and ingest (SQLite + Lucene,",
                "into a temporary data directory), plain Lucene's ArabicAnalyzer tokenisation and one-thread",
                "indexing, the ratios, the peak heap, and search latency over the index ingest built.",
                "Figures vary with the machine and its load; the ratios are what compare."})
final class BenchCommand implements Callable<Integer> {

    /** The default corpus, under the project's shared folder. */
    static final String SAUDI_NEWS_NET = "shared/data/news/saudinewsnet";

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = {"File or directory of any input format. Default: ../shared/data/news/saudinewsnet",
                    "when present (from here or the project), else the demo corpus."})
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N records of the corpus. Default: all.")
    long limit = Long.MAX_VALUE;

    @Option(names = "--replicate", paramLabel = "K", defaultValue = "1",
            description = {"Use the records K times: once as they are, K-1 times with a few words edited",
                    "(seeded, the same on every run). Default: ${DEFAULT-VALUE}"})
    int replicate;

    @Option(names = "--warmup", paramLabel = "N",
            description = {"Before the timed extract, run extract untimed over N records: edited copies of the",
                    "records, a second copy past their number (reported as the cold start), so that the",
                    "timed run measures the steady rate of a long crawl rather than the JIT compiling",
                    "Mirsad's code (0: time it cold). Default and most: two copies of the records, at most "
                            + Bench.DEFAULT_WARMUP + " records."})
    long warmup = Bench.DEFAULT_WARMUP;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for extract and ingest. Default: all cores.")
    Integer threads;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--search-only", paramLabel = "DIR",
            description = {"Measure search latency only, over the index of data directory DIR (no extract, no",
                    "ingest): the fixed query set, first page of 10 hits with facets and snippets."})
    Path searchOnly;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || replicate < 1 || threads != null && threads < 1) {
            throw new UserInputException("--limit, --replicate and --threads must be at least 1");
        }
        if (warmup < 0) {
            throw new UserInputException("--warmup must be 0 or more");
        }
        if (searchOnly != null) {
            return searchOnly();
        }
        if (corpus != null && !Files.exists(corpus)) {
            throw new UserInputException("corpus " + corpus + ": no such file or directory");
        }
        Path input = corpus != null ? corpus : defaultCorpus();
        PrintWriter err = spec.commandLine().getErr();
        Bench bench = new Bench(threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                step -> {
                    err.println("mirsad bench: " + step);
                    err.flush();
                });
        BenchReport report;
        try {
            report = bench.run(input, limit, replicate, warmup);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(report));
        } else {
            print(report, out);
        }
        out.flush();
        return MirsadCli.OK;
    }

    private int searchOnly() throws java.io.IOException {
        SearchCommand.openIndex(searchOnly, java.time.Duration.ofSeconds(1)).close(); // a clear message when absent
        SearchLatency.Result r = SearchLatency.run(searchOnly);
        long docs = LuceneArticleIndex.committedDocs(searchOnly);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("index", searchOnly.toString());
            m.put("documents", docs);
            m.put("search_queries", r.searches());
            m.put("search_p50_ms", r.p50());
            m.put("search_p99_ms", r.p99());
            m.put("search_max_ms", r.max());
            m.put("search_cpu_p50_ms", r.cpuP50());
            m.put("search_cpu_p99_ms", r.cpuP99());
            out.println(Json.line(m));
        } else {
            out.printf("mirsad bench: search over %s (%d documents): p50 %.2f ms  p99 %.2f ms  max %.2f ms;"
                    + " CPU time p50 %.2f ms  p99 %.2f ms  (%d searches)%n", searchOnly, docs, r.p50(), r.p99(),
                    r.max(), r.cpuP50(), r.cpuP99(), r.searches());
        }
        out.flush();
        return MirsadCli.OK;
    }

    /** SaudiNewsNet under a {@code shared} folder beside the working directory or the project, or null. */
    static Path defaultCorpus() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: the working directory alone
        }
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve(SAUDI_NEWS_NET);
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        return null;
    }

    private static void print(BenchReport r, PrintWriter out) {
        out.printf("mirsad bench: %s, %d records x%d, %d articles, %d cores, Java %s, max heap %d MB%n",
                r.corpus(), r.records() / r.replicate(), r.replicate(), r.articles(), r.cores(), r.javaVersion(),
                r.maxHeapMb());
        out.printf("  extract            %10.0f articles/s  %8.0f per core  %8.0f per CPU second%n",
                r.extractArticlesPerS(), r.extractArticlesPerSPerCore(), r.extractArticlesPerCpuS());
        if (r.extractWarmupRecords() > 0) {
            out.printf("  extract, cold      %10.0f articles/s  %8.0f per CPU second  (the untimed warm-up, an edited"
                            + " copy of the first %d records)%n",
                    r.extractWarmupArticlesPerS(), r.extractWarmupArticlesPerCpuS(), r.extractWarmupRecords());
        }
        out.printf("  ingest             %10.0f articles/s  (SQLite + Lucene, %.1f s)%n",
                r.ingestArticlesPerS(), r.ingestSeconds());
        out.printf("  Lucene tokenise    %10.0f docs/s      (ArabicAnalyzer, one thread)%n", r.luceneTokenizeDocsPerS());
        out.printf("  Lucene index       %10.0f docs/s      (one thread, body stored, %.1f s)%n",
                r.luceneIndexDocsPerS(), r.luceneIndexSeconds());
        out.printf("  ratios             ingest / Lucene index %.2f;  extract per core / Lucene tokenise %.2f%n",
                r.ingestVsLuceneIndex(), r.extractPerCoreVsLuceneTokenize());
        out.printf("  heap               peak %d MB, live peak after GC %d MB%n", r.heapPeakMb(), r.heapLivePeakMb());
        out.printf("  search             p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d searches)%n",
                r.searchP50Ms(), r.searchP99Ms(), r.searchMaxMs(), r.searchQueries());
    }
}
