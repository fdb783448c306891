package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.eval.DedupBenchmark;
import org.mirsad.eval.DedupEvaluation;
import org.mirsad.eval.SaudiNewsNet;
import org.mirsad.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mirsad eval dedup}: recall, precision and F1 of duplicate groups on SaudiNewsNet against an
 * exact brute-force reference; with {@code --replicate N}, throughput and memory on N edited copies.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Duplicate detection against the exact reference: all pairs with word 5-gram Jaccard >= 0.8",
                "(recall), pairs inside Mirsad's groups with Jaccard >= 0.5 (precision), F1.",
                "With --replicate N: throughput and memory of the dedup stage on the corpus copied N times",
                "with random small edits."})
final class EvalDedupCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "../shared/data/news/saudinewsnet",
            description = "SaudiNewsNet .json.gz file or folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threshold", defaultValue = "0.7", description = "Estimated Jaccard threshold (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--containment", defaultValue = "0.95",
            description = "Containment threshold for truncated copies; above 1 turns it off (default: ${DEFAULT-VALUE}).")
    double containment;

    @Option(names = "--min-length-ratio", defaultValue = "0.5",
            description = "Containment only when the shorter has at least this share of the longer's shingles (default: ${DEFAULT-VALUE}).")
    double minLengthRatio;

    @Option(names = "--shingle", defaultValue = "5", description = "Words per shingle (default: ${DEFAULT-VALUE}).")
    int shingle;

    @Option(names = "--hashes", defaultValue = "128", description = "MinHash functions (default: ${DEFAULT-VALUE}).")
    int hashes;

    @Option(names = "--bands", defaultValue = "32", description = "LSH bands; must divide --hashes (default: ${DEFAULT-VALUE}).")
    int bands;

    @Option(names = "--replicate", paramLabel = "N", description = "Benchmark instead: the corpus copied N times with random edits.")
    Integer replicate;

    @Option(names = "--seed", defaultValue = "17", description = "Random seed for the shuffled order and the edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(corpus)) {
            throw new UserInputException("--corpus " + corpus + ": no such file or directory");
        }
        DedupConfig config;
        try {
            config = new DedupConfig(shingle, hashes, bands, threshold, containment, minLengthRatio);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        if (replicate != null && replicate < 1) {
            throw new UserInputException("--replicate must be at least 1, was " + replicate);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = SaudiNewsNet.read(corpus);
        if (articles.isEmpty()) {
            throw new UserInputException("--corpus " + corpus + ": no articles (expected SaudiNewsNet .json.gz files)");
        }
        out.printf(Locale.ROOT, "corpus: %s (%,d articles); %s%n", corpus, articles.size(), config);
        if (replicate != null) {
            PrintWriter err = spec.commandLine().getErr();
            DedupBenchmark.Result r = DedupBenchmark.run(articles, replicate, config, seed, n -> {
                if (n % 100_000 < 10_000) {
                    err.printf(Locale.ROOT, "mirsad: %,d articles through dedup%n", n);
                    err.flush();
                }
            });
            out.printf(Locale.ROOT, "benchmark: %,d articles (%d copies, random edits), %,d joined an earlier "
                    + "article's group%n", r.articles(), replicate, r.joined());
            out.printf(Locale.ROOT, "throughput: %,.0f articles per CPU second (%.1f s CPU, one thread); "
                            + "%,.0f articles/s wall clock (%.1f s, machine shared)%n", r.articlesPerCpuSecond(),
                    r.cpuSeconds(), r.articlesPerSecond(), r.seconds());
            out.printf(Locale.ROOT, "memory: index arrays %,d bytes (%.0f bytes/article); heap growth %,d bytes "
                            + "(%.0f bytes/article)%n", r.indexBytes(), (double) r.indexBytes() / r.articles(),
                    r.heapBytes(), (double) r.heapBytes() / r.articles());
        } else {
            DedupEvaluation.Result r = DedupEvaluation.run(articles, config, 0.8, 0.5, seed);
            out.printf(Locale.ROOT, "reference: %,d pairs with word 5-gram Jaccard >= 0.8 (exact, brute force)%n",
                    r.referencePairs());
            out.printf(Locale.ROOT, "mirsad: %,d groups, %,d duplicates, %,d pairs inside groups%n", r.groups(),
                    r.duplicates(), r.groupPairs());
            out.printf(Locale.ROOT, "recall %.4f (%,d/%,d)  precision %.4f (%,d/%,d with Jaccard >= 0.5)  F1 %.4f%n",
                    r.recall(), r.referencePairsFound(), r.referencePairs(), r.precision(), r.groupPairsAboveFloor(),
                    r.groupPairs(), r.f1());
            out.printf("same groups in file order and shuffled (seed %d): %s%n", seed,
                    r.sameGroupsShuffled() ? "yes" : "NO");
        }
        out.flush();
        return MirsadCli.OK;
    }
}
