package org.mirsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad ingest PATH... [--data DIR]}: read, analyse, store and index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files, runs the pipeline, stores articles, provenance and the ledger",
                "under the data directory (SQLite + Lucene) and indexes them for search.",
                "Formats: text, HTML, JSON/JSONL, WARC/WET, and .gz of those; directories are",
                "read recursively; - is standard input. Re-running on the same input stores",
                "nothing new, and an interrupted run resumes where it stopped. The summary adds",
                "up: records read = stored + duplicates + rejected + already ingested.",
                "Exit 0 when the run completed (even with rejected input), 1 when nothing",
                "could be read, 2 on an internal error."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - for stdin.")
    List<String> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-data",
            description = "Data directory (created when absent). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Pipeline threads. Default: all cores.")
    Integer threads;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
            description = "Records between store commits and corpus-state checkpoints. Default: ${DEFAULT-VALUE}")
    int commitEvery;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @picocli.CommandLine.Mixin
    ClusterOption cluster = new ClusterOption();

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1 || commitEvery < 1) {
            throw new UserInputException("--threads and --commit-every must be at least 1");
        }
        IngestOptions options = IngestOptions.defaults(Version.number()).withCommitEvery(commitEvery);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        IngestSummary summary = IngestRun.ingest(data, paths, options, !noProgress, cluster.cluster());
        IngestRun.print(summary, data, json, spec.commandLine().getOut());
        if (summary.nothingRead()) {
            spec.commandLine().getErr().println("mirsad: nothing could be read from " + String.join(", ", paths));
            return MirsadCli.BAD_INPUT;
        }
        return MirsadCli.OK;
    }
}
