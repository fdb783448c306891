package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mirsad.demo.DemoCorpus;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.ingest.IngestSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad demo}: the demo corpus (shipped in the jar) into a fresh data directory, then the
 * UI when a {@code serve} command exists, else what to run next.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled demo corpus (messy Arabic news pages in several formats)",
                "into a fresh data directory, prints the summary, then serves the UI (or prints",
                "what to run next)."})
final class DemoCommand implements Callable<Integer> {

    /** Marks a directory the demo made, so that only such a directory is ever wiped. */
    static final String MARKER = ".mirsad-demo";
    static final String CORPUS_FOLDER = "demo-corpus";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-demo-data",
            description = {"Data directory, wiped first (only one the demo made).", "Default: ${DEFAULT-VALUE}"})
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port of the UI. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--no-serve", description = "Ingest and print the summary, but do not start the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        fresh(data);
        // The files one by one, in listing order: the same run every time.
        List<String> corpus = DemoCorpus.extractTo(data.resolve(CORPUS_FOLDER)).stream().map(Path::toString).toList();
        IngestSummary summary = IngestRun.ingest(data, corpus,
                IngestOptions.defaults(Version.number()), true);
        PrintWriter out = spec.commandLine().getOut();
        IngestRun.print(summary, data, false, out);
        CommandLine serve = spec.root().commandLine().getSubcommands().get("serve");
        if (serve != null && !noServe) {
            out.println();
            out.println("Serving the demo at http://127.0.0.1:" + port + "/  (Ctrl-C to stop)");
            out.flush();
            return serve.execute("--data", data.toString(), "--port", Integer.toString(port));
        }
        printNext(out);
        return MirsadCli.OK;
    }

    private void printNext(PrintWriter out) {
        var commands = spec.root().commandLine().getSubcommands();
        String d = data.toString();
        out.println();
        out.println("Next:");
        if (commands.containsKey("serve")) {
            out.println("  ./mirsad serve --data " + d + "                # the UI at http://127.0.0.1:" + port + "/");
        }
        if (commands.containsKey("search")) {
            out.println("  ./mirsad search --data " + d + " 'بوتين'       # full-text search");
        }
        if (commands.containsKey("stories")) {
            out.println("  ./mirsad stories --data " + d + "              # stories and their outlets");
        }
        out.println("  ./mirsad extract " + d + "/" + CORPUS_FOLDER + "          # the pipeline's JSON, one article a line");
        out.println("  sqlite3 " + d + "/mirsad.db 'SELECT outlet, count(*) FROM articles GROUP BY outlet'");
        out.flush();
    }

    /** Empties {@code dir} if the demo made it; refuses any other non-empty directory. */
    static void fresh(Path dir) throws IOException {
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UserInputException(dir + " is not empty and was not made by 'mirsad demo'; the demo wipes"
                            + " its data directory, so choose another --data");
                }
            }
        } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserInputException(dir + " is a file; the demo needs a directory for --data");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by 'mirsad demo'; 'mirsad demo' may wipe this directory\n");
    }
}
