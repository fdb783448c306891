package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.bench.IndexGrower;
import org.mirsad.index.LuceneArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mirsad grow-index}: a K-times larger search index from an ingested one, for scale runs of search. */
@Command(name = "grow-index", mixinStandardHelpOptions = true,
        description = {"Writes a search index K times the size of a data directory's, for measuring search at scale:",
                "each article once as it is and K-1 times with a few words edited, ids and story ids suffixed",
                "#copy-k and dates moved past the source's span. Only the Lucene index is written."})
final class GrowIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory to copy from (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "New data directory to write.")
    Path to;

    @Option(names = "--copies", paramLabel = "K", required = true, description = "Copies of every article.")
    int copies;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads. Default: all cores.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (copies < 1 || threads != null && threads < 1) {
            throw new UserInputException("--copies and --threads must be at least 1");
        }
        if (!Files.isDirectory(data.resolve(LuceneArticleIndex.FOLDER))) {
            throw new UserInputException("no index in " + data);
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexGrower.Result r;
        try {
            r = IndexGrower.grow(data, to, copies,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(), step -> {
                        err.println("mirsad grow-index: " + step);
                        err.flush();
                    });
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("grow-index: %d articles x%d = %d documents in %.1f s (%.0f docs/s) into %s%n", r.articles(),
                copies, r.written(), r.seconds(), r.written() / r.seconds(), to);
        out.flush();
        return MirsadCli.OK;
    }
}
