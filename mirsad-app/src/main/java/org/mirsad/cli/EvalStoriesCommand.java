package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.eval.SaudiNewsNet;
import org.mirsad.eval.StoryEvaluation;
import org.mirsad.model.Article;
import org.mirsad.stories.StoryClusterer;
import org.mirsad.stories.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval stories}: stories over SaudiNewsNet, with the near-duplicate and order checks. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Runs dates, dedup and stories over SaudiNewsNet and reports the number of stories, their",
                "size distribution, the largest with their titles, whether every near-duplicate pair fell in",
                "one story, and whether a shuffled order gives the same partition."})
final class EvalStoriesCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "../shared/data/news/saudinewsnet",
            description = "SaudiNewsNet .json.gz file or folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles (file-name order).")
    Integer limit;

    @Option(names = "--largest", paramLabel = "N", defaultValue = "20", description = "Largest stories to show (default: ${DEFAULT-VALUE}).")
    int largest;

    @Option(names = "--threshold", paramLabel = "X", description = "Similarity from which two articles are one story (default: the clusterer's).")
    Double threshold;

    @Option(names = "--merge-threshold", paramLabel = "X", description = "Similarity of two stories' centroids from which they merge (default: the clusterer's).")
    Double mergeThreshold;

    @Option(names = "--headlines", paramLabel = "N", defaultValue = "0",
            description = "Under each of the largest stories, N of its headlines spread over its days (default: ${DEFAULT-VALUE}).")
    int headlines;

    @Option(names = "--seed", defaultValue = "17", description = "Seed of the shuffled order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    private StoryClusterer.Options options() {
        StoryClusterer.Options d = StoryClusterer.Options.DEFAULT;
        return threshold == null && mergeThreshold == null ? d
                : new StoryClusterer.Options(d.termsPerArticle(), threshold == null ? d.threshold() : threshold, d.termWeight(), d.decayDays(), d.minSharedTerms(),
                        mergeThreshold == null ? d.mergeThreshold() : mergeThreshold);
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(corpus)) {
            throw new UserInputException("--corpus " + corpus + ": no such file or directory");
        }
        if (limit != null && limit < 1 || largest < 0) {
            throw new UserInputException("--limit must be at least 1 and --largest at least 0");
        }
        List<Article> articles = SaudiNewsNet.read(corpus);
        if (articles.isEmpty()) {
            throw new UserInputException("--corpus " + corpus + ": no articles (expected SaudiNewsNet .json.gz files)");
        }
        if (limit != null && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        StoryEvaluation.Result r = StoryEvaluation.run(articles, options(), largest, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "corpus: %s, %,d articles, %,d canonical (duplicates count once)%n", corpus,
                r.articles(), r.canonical());
        out.printf(Locale.ROOT, "stories: %,d (threshold %.2f)%n", r.stories(), options().threshold());
        out.printf(Locale.ROOT, "stories stage (file order, place and settle): %,d ms CPU, %.0f µs per article%n",
                r.storyNanos() / 1_000_000, r.storyNanos() / 1e3 / r.articles());
        out.println("size (canonical articles) -> stories:");
        r.sizes().forEach((size, n) -> out.printf(Locale.ROOT, "  %-8s %,8d%n", size, n));
        out.printf(Locale.ROOT, "near-duplicate pairs: %,d, split across stories: %,d%n", r.nearDuplicatePairs(),
                r.nearDuplicatePairsSplit());
        out.printf(Locale.ROOT, "shuffled order (seed %d): %s; %,d of %,d same-story pairs kept%n", seed,
                r.sameShuffled() ? "same partition" : "DIFFERENT partition", r.pairsAgreeingShuffled(), r.pairsInStories());
        out.println("largest stories:");
        for (StorySummary s : r.largest()) {
            out.printf(Locale.ROOT, "  %5d  %s  %s  %s%n", s.articles(), s.id(), StoryCommand.span(s), s.title());
            List<StorySummary.Member> members = s.timeline().stream().flatMap(d -> d.articles().stream()).toList();
            for (int i = 0; i < Math.min(headlines, members.size()); i++) {
                out.printf(Locale.ROOT, "           - %s%n", members.get(i * members.size() / Math.min(headlines, members.size())).headline());
            }
        }
        out.flush();
        return MirsadCli.OK;
    }
}
