package org.mirsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.json.Json;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.BadQueryException;
import org.mirsad.search.Hit;
import org.mirsad.search.SearchBackend;
import org.mirsad.search.SearchRequest;
import org.mirsad.search.Searcher;
import org.mirsad.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad search QUERY}: searches the index of a data directory. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the articles of a data directory (Arabic-aware: spellings, clitics, variants).",
                "Query syntax: words (all must match), \"a phrase\", field:value (headline, lede, body, captions,",
                "quotes, speaker, outlet, agency, entity, story, event), date:2023-09 or date:[2023-09-01 TO 2023-09-30].",
                "Duplicates are collapsed: one hit per article, with the number of outlets that carried it."})
final class SearchCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined. Empty: all.")
    List<String> words = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show, 1-100 (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--sort", paramLabel = "relevance|date", description = "Order (default: ${DEFAULT-VALUE}).")
    String sort = "relevance";

    @Option(names = "--filter", paramLabel = "DIM=VALUE",
            description = "Only articles with this facet value (outlet, month, day, entity, story, event, agency).")
    Map<String, String> filters = new LinkedHashMap<>();

    @Option(names = "--json", description = "One JSON object per hit (JSONL).")
    boolean json;

    @picocli.CommandLine.Mixin
    ClusterOption cluster = new ClusterOption();

    @Override
    public Integer call() throws IOException {
        URI url = cluster.cluster();
        SearchResults results;
        try (Searcher searcher = url == null ? openIndex(data, TIMEOUT) : SearchBackend.installed().searcher(url, TIMEOUT)) {
            Map<String, List<String>> f = new LinkedHashMap<>();
            filters.forEach((k, v) -> f.put(k, List.of(v)));
            results = searcher.search(new SearchRequest(String.join(" ", words), f, sortOf(sort), limit, offset));
        } catch (BadQueryException | SearchBackend.UnreachableException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        if (json) {
            results.hits().forEach(h -> out.println(Json.line(h)));
        } else {
            printForPeople(out, results);
        }
        out.flush();
        return MirsadCli.OK;
    }

    /** The searcher of data directory {@code data}, or a user error naming it when it has no index. */
    static ArticleSearcher openIndex(Path data, Duration timeout) throws IOException {
        if (!Files.isDirectory(data.resolve(LuceneArticleIndex.FOLDER))) {
            throw new UserInputException("no index in " + data + " (run 'mirsad ingest --data " + data
                    + " FILES...' first)");
        }
        try {
            return ArticleSearcher.open(data, timeout);
        } catch (IllegalStateException noIndex) {
            throw new UserInputException(noIndex.getMessage() + " (run 'mirsad ingest --data " + data
                    + " FILES...' first)");
        }
    }

    static SearchRequest.Sort sortOf(String s) {
        return switch (s) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new UserInputException("--sort must be 'relevance' or 'date', not '" + s + "'");
        };
    }

    private static void printForPeople(PrintWriter out, SearchResults r) {
        out.println(r.total() + (r.totalExact() ? "" : "+") + " article" + (r.total() == 1 ? "" : "s") + (r.timedOut() ? " (time limit: partial)" : ""));
        int n = 0;
        for (Hit h : r.hits()) {
            out.println();
            out.println(++n + ". " + h.headline());
            out.println("   " + (h.outlet() == null ? "unknown outlet" : h.outlet()) + " · "
                    + (h.date() == null ? "undated" : h.date())
                    + (h.carriedBy() > 1 ? " · carried by " + h.carriedBy() + " copies " + h.outlets() : "")
                    + " · " + h.id());
            if (!h.snippet().isEmpty()) {
                out.println("   " + h.snippet().replace('\n', ' '));
            }
        }
    }
}
