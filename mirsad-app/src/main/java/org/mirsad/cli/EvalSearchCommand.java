package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.SampleQueries;
import org.mirsad.search.VariantEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval-search}: what the spelling-variant fallbacks do to the precision of ordinary queries. */
@Command(name = "eval-search", mixinStandardHelpOptions = true,
        description = {"Runs the words of the index's headlines as queries with and without the spelling-variant",
                "fallbacks (consonant skeletons, entity ids) and prints how many results they add and how often",
                "an article only they found enters the first page of a word that has a full page of exact matches."})
final class EvalSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--words", paramLabel = "N", description = "Words to try at most (default: ${DEFAULT-VALUE}).")
    int maxWords = 500;

    @Option(names = "--page", paramLabel = "N", description = "First-page size (default: ${DEFAULT-VALUE}).")
    int page = 10;

    @Override
    public Integer call() throws Exception {
        if (maxWords < 1 || page < 1 || page > 100) {
            throw new UserInputException("--words must be at least 1 and --page between 1 and 100");
        }
        try (ArticleSearcher s = SearchCommand.openIndex(data, Duration.ofSeconds(60))) {
            List<String> words = SampleQueries.fromHeadlines(s, 2000, false);
            words = words.subList(0, Math.min(maxWords, words.size()));
            VariantEvaluation.Result r = VariantEvaluation.run(s, words, page);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("eval-search: %d headline words as queries%n", r.queries());
            out.printf("  results without fallbacks %d, with %d (+%.1f%%); %d words found more%n", r.exactTotal(),
                    r.variantTotal(), 100.0 * (r.variantTotal() - r.exactTotal()) / Math.max(1, r.exactTotal()),
                    r.widened());
            out.printf("  words with a full first page (%d) of exact matches: %d; pages changed by a fallback: %d "
                    + "(%.1f%%); fallback-only articles on those pages: %d of %d (%.2f%%)%n", page, r.fullPages(),
                    r.intrudedPages(), 100.0 * r.intrudedPages() / Math.max(1, r.fullPages()), r.intruders(),
                    r.fullPages() * page, 100.0 * r.intruders() / Math.max(1, r.fullPages() * page));
            out.printf("  first pages where a fallback-only article ranks above an exact match: %d of %d words%n",
                    r.inversions(), r.queries());
            out.flush();
        }
        return MirsadCli.OK;
    }
}
