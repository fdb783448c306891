package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.json.Json;
import org.mirsad.store.Store;
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
                StorySummary s = StoredData.story(store, row.id());
                if (s == null) {
                    continue;
                }
                if (json) {
                    out.println(Json.line(s));
                } else {
                    out.printf("%s  %4d article%s  %s  %d outlet%s  %s%n", s.id(), s.articles(), s.articles() == 1 ? " " : "s",
                            StoryCommand.span(s), s.outlets().size(), s.outlets().size() == 1 ? " " : "s", s.title());
                }
            }
        }
        out.flush();
        return MirsadCli.OK;
    }
}
