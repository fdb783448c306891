package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.json.Json;
import org.mirsad.store.Store;
import org.mirsad.store.StoredStories;
import org.mirsad.stories.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad stories}: the stories of a data directory, largest and most recent first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories of a data directory, largest first (canonical articles: duplicates",
                "count once), then the most recent: id, articles, dates, outlets and title.",
                "'mirsad story ID' shows one with its timeline."})
final class StoriesCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Stories to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per story (JSONL), timeline included.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1, was " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoredData.open(data)) {
            for (Store.StoryRow row : store.stories(limit)) {
                if (!json && row.title() != null && row.outlets() != null) {
                    // The stories table holds the summary already (written at ingest, emptied when the story changed).
                    print(out, row.id(), row.articles(), span(row.firstDate(), row.lastDate()), row.outlets(), row.title());
                    continue;
                }
                // An empty title: sum the story up and fill its row in, so the next listing reads it.
                StorySummary s = row.title() == null ? StoredStories.refresh(store, row.id()) : StoredData.story(store, row.id());
                if (s == null) {
                    continue;
                }
                if (json) {
                    out.println(Json.line(s));
                } else {
                    print(out, s.id(), s.articles(), StoryCommand.span(s), s.outlets().size(), s.title());
                }
            }
        }
        out.flush();
        return MirsadCli.OK;
    }

    private static void print(PrintWriter out, String id, int articles, String span, int outlets, String title) {
        out.printf("%s  %4d article%s  %s  %d outlet%s  %s%n", id, articles, articles == 1 ? " " : "s", span, outlets,
                outlets == 1 ? " " : "s", title);
    }

    /** "first..last" as {@link StoryCommand#span} writes it, from the stored ISO dates. */
    static String span(String first, String last) {
        if (first == null) {
            return "undated";
        }
        return first.equals(last) ? first : first + ".." + last;
    }
}
