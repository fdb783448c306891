package org.mirsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mirsad.demo.DemoCorpus;

/**
 * {@code mirsad bench}: on one set of records, Mirsad's extract and ingest beside plain Lucene's
 * tokenisation and indexing, then search latency over the index ingest built, with the peak heap of
 * the whole run. Everything it writes goes to a fresh temporary directory, removed at the end.
 */
public final class Bench {

    private static final long MB = 1024 * 1024;

    /**
     * The default warm-up: two edited copies of the timed records, at most this many records in all. In a
     * long run the JIT's compiling falls from ~2.4 ms an article over the first 5,000 articles to ~0.1 ms by
     * 20,000–25,000 and to next to nothing from 25,000–30,000 on (docs/performance.md history 31); 2,000 left
     * the timed phase paying a quarter of its CPU to the compiler, one copy of 20,000 still about a tenth
     * (history 59).
     */
    public static final long DEFAULT_WARMUP = 40_000;

    /** How many edited copies of the timed records a warm-up reads at most. */
    static final int WARMUP_COPIES = 2;

    private final int threads;
    private final Consumer<String> progress;

    /** @param progress told what is being measured (the CLI prints it on stderr) */
    public Bench(int threads, Consumer<String> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Measures on the first {@code limit} records of {@code corpus} (null: the demo corpus shipped in
     * the jar), {@code replicate} times over. Extract is first run untimed over edited copies of the first
     * {@code warmup} records ({@link Perturbation}, copy numbers the timed input does not hold; past the
     * timed records' number, a second copy of them, at most {@link #WARMUP_COPIES} copies), on a
     * pipeline of its own: the JIT compiles Mirsad's stages during the first 20,000–30,000 articles, which
     * a crawl of millions spreads thin but a run of 20,000 does not, and the warm-up's rate is the cold
     * start. The timed run then reads the records themselves, which no pipeline has seen; only what the
     * stages keep per word form (their word caches) carries over, as in a long crawl. Ingest and search,
     * which come after, are warm either way.
     */
    public BenchReport run(Path corpus, long limit, int replicate, long warmup) throws IOException {
        Path work = Files.createTempDirectory("mirsad-bench");
        try (HeapMonitor heap = new HeapMonitor()) {
            String name = corpus == null ? "demo corpus" : corpus.toString();
            if (corpus == null) {
                corpus = work.resolve("demo");
                DemoCorpus.extractTo(corpus);
            }
            progress.accept("writing the bench input from " + name);
            BenchCorpus input = BenchCorpus.write(corpus, limit, replicate, work.resolve("input.jsonl"));
            if (input.records() == 0) {
                throw new IllegalArgumentException(name + " holds no record the readers could read");
            }
            progress.accept("Lucene ArabicAnalyzer over " + input.records() + " records");
            LuceneBaseline.Tokenized tokenized = LuceneBaseline.tokenize(input);
            progress.accept(String.format("  %d docs, %d tokens in %.1f s", tokenized.docs(), tokenized.tokens(),
                    tokenized.seconds()));
            ExtractRun.Result warm = null;
            if (warmup > 0) {
                // copy numbers from `replicate` on: the first the timed input (copies 0 to replicate − 1) does not
                // hold; past the timed records' number, a second copy of them (a copy is read whole before the next)
                long records = Math.min(warmup, WARMUP_COPIES * input.records());
                BenchCorpus first = BenchCorpus.copies(corpus, input.records(), records, replicate, work.resolve("warmup.jsonl"));
                progress.accept(records <= input.records()
                        ? "Mirsad extract warm-up (untimed) on an edited copy of the first " + first.records() + " records"
                        : "Mirsad extract warm-up (untimed) on " + first.records() + " records, edited copies of the "
                                + input.records() + " timed ones");
                warm = ExtractRun.run(first, threads);
                progress.accept(String.format("  %d articles in %.1f s (%.1f CPU s: %s)", warm.articles(), warm.seconds(),
                        warm.cpuSeconds(), ThreadCpu.describe(warm.byThread())));
            }
            progress.accept("Mirsad extract on " + threads + " threads");
            ExtractRun.Result extract = ExtractRun.run(input, threads);
            progress.accept(String.format("  %d articles in %.1f s (%.1f CPU s: %s)", extract.articles(), extract.seconds(),
                    extract.cpuSeconds(), ThreadCpu.describe(extract.byThread())));
            progress.accept("plain Lucene indexing, one thread");
            LuceneBaseline.Indexed indexed = LuceneBaseline.index(input, work.resolve("lucene"));
            progress.accept(String.format("  %d docs in %.1f s", indexed.docs(), indexed.seconds()));
            progress.accept("Mirsad ingest on " + threads + " threads");
            BenchIngest.Result ingest = BenchIngest.run(input, work.resolve("data"), threads);
            progress.accept(String.format("  %d articles in %.1f s", ingest.articles(), ingest.seconds()));
            progress.accept("search latency");
            SearchLatency.Result search = SearchLatency.run(work.resolve("data"));
            double extractRate = extract.articles() / extract.seconds();
            double tokenizeRate = tokenized.docs() / tokenized.seconds();
            double indexRate = indexed.docs() / indexed.seconds();
            double extractRecordsPerCore = extract.pages() / extract.seconds() / threads;
            return new BenchReport(name, replicate, input.records(), extract.articles(), threads,
                    Runtime.version().toString(), Runtime.getRuntime().maxMemory() / MB,
                    warm == null ? 0 : warm.pages(), warm == null ? 0 : round(warm.articles() / warm.seconds()),
                    warm == null ? 0 : round(warm.articles() / warm.cpuSeconds()),
                    round(extract.seconds()), round(extractRate), round(extractRate / threads),
                    round(extract.articles() / extract.cpuSeconds()),
                    round(ingest.seconds()), ingest.articles(), round(ingest.articles() / ingest.seconds()),
                    round(tokenizeRate), round(indexed.seconds()), round(indexRate),
                    round(extractRecordsPerCore / tokenizeRate),
                    round(ingest.records() / ingest.seconds() / indexRate),
                    heap.peakBytes() / MB, heap.livePeakBytes() / MB,
                    search.searches(), round(search.p50()), round(search.p99()), round(search.max()));
        } finally {
            delete(work);
        }
    }

    /** Three significant decimals are more than the noise of any run allows. */
    private static double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : 0;
    }

    /** Deletes a bench's work directory and everything in it (the bench tools of mirsad-bench use it too). */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
