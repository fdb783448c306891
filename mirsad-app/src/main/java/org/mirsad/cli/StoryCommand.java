package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mirsad.json.Json;
import org.mirsad.store.Store;
import org.mirsad.stories.StoryStateFile;
import org.mirsad.stories.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad story ID}: one story with its timeline. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Shows one story: title, dates, outlets, entities, keywords and its timeline (articles",
                "per day, as a bar chart, with their headlines). An id a later merge replaced still works."})
final class StoryCommand implements Callable<Integer> {

    static final char BAR = '\u2588'; // FULL BLOCK

    @Parameters(paramLabel = "ID", description = "The story id (as 'mirsad stories' lists it).")
    String id;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", description = "The story as one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoredData.open(data)) {
            String current = StoryStateFile.resolve(StoryStateFile.in(data), id);
            StorySummary s = StoredData.story(store, current);
            if (s == null) {
                throw new UserInputException("no story " + id + " in " + data + " (see 'mirsad stories --data " + data + "')");
            }
            if (json) {
                out.println(Json.line(s));
            } else {
                print(s, out);
            }
        }
        out.flush();
        return MirsadCli.OK;
    }

    private void print(StorySummary s, PrintWriter out) {
        out.println(s.title());
        out.println("story " + s.id() + (s.id().equals(id) ? "" : " (" + id + " merged into it)"));
        out.printf("%d articles (+%d duplicates)  %s%n", s.articles(), s.duplicates(), span(s));
        out.println("outlets:  " + s.outlets().stream().map(c -> c.name() + " " + c.articles()).collect(Collectors.joining(", ")));
        out.println("entities: " + s.entities().stream().map(c -> c.name() + " " + c.articles()).collect(Collectors.joining(", ")));
        out.println("keywords: " + String.join(", ", s.keywords()));
        out.println("timeline:");
        for (StorySummary.Day d : s.timeline()) {
            out.printf("  %-10s %s %d%n", d.date() == null ? "undated" : d.date(), String.valueOf(BAR).repeat(d.count()), d.count());
            for (StorySummary.Member m : d.articles()) {
                out.printf("             %s  %s%s%n", m.id(), m.headline(), m.outlet() == null ? "" : " (" + m.outlet() + ")");
            }
        }
    }

    /** "first..last" dates of a story, or "undated". */
    static String span(StorySummary s) {
        if (s.firstDate() == null) {
            return "undated";
        }
        return s.firstDate().equals(s.lastDate()) ? s.firstDate().toString() : s.firstDate() + ".." + s.lastDate();
    }
}
