package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.index.LuceneArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mirsad compact-index}: merges a data directory's search index into a few segments. */
@Command(name = "compact-index", mixinStandardHelpOptions = true,
        description = {"Merges the search index of a data directory into at most N segments (Lucene's force-merge):",
                "a search costs less the fewer segments it reads (docs/performance.md). Worth it after a large",
                "bulk ingest, or for an index written before Mirsad's merge policy; it rewrites what it merges."})
final class CompactIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--segments", paramLabel = "N", defaultValue = "1",
            description = "Segments to keep at most (default: ${DEFAULT-VALUE}).")
    int segments;

    @Override
    public Integer call() throws Exception {
        if (segments < 1) {
            throw new UserInputException("--segments must be at least 1");
        }
        if (!Files.isDirectory(data.resolve(LuceneArticleIndex.FOLDER))) {
            throw new UserInputException("no index in " + data);
        }
        LuceneArticleIndex.Compaction c;
        try {
            c = LuceneArticleIndex.compact(data, segments);
        } catch (LuceneArticleIndex.IndexInUseException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("compact-index: %d segments -> %d in %.1f s (%s)%n", c.segmentsBefore(), c.segmentsAfter(),
                c.seconds(), data);
        out.flush();
        return MirsadCli.OK;
    }
}
