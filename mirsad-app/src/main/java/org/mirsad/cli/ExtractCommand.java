package org.mirsad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.Mirsad;
import org.mirsad.entities.CorpusNames;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad extract PATH...}: the pipeline without storage, one JSON object per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on files and prints one JSON object per article (JSONL) on stdout.",
                "Rejected input is reported on stderr, naming the file and what is wrong."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - for stdin.")
    List<String> paths;

    @Option(names = "--stream", description = {"Print each article as soon as it is analysed (memory stays flat on huge",
            "inputs), instead of at the end with final duplicate groups, story ids and entity names."})
    boolean stream;

    @Override
    public Integer call() {
        Pipeline pipeline = Mirsad.pipeline();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int[] rejected = {0};
        // Duplicate groups and stories are final only once the whole input is read (a later article
        // can merge two stories), so articles are held until then; --stream prints them at once.
        List<Article> held = new java.util.ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void page(Page page) {
                page.warnings().forEach(w -> System.err.println("mirsad: warning: " + page.source().path() + describe(page.source()) + ": " + w));
                for (Article a : pipeline.extract(page)) {
                    if (stream) {
                        out.println(Json.line(a));
                    } else {
                        held.add(a);
                    }
                }
            }

            @Override
            public void rejected(Rejection r) {
                rejected[0]++;
                System.err.println("mirsad: " + r.source().path() + describe(r.source()) + ": " + r.reason());
            }
        };
        for (String p : paths) {
            Mirsad.read(p, sink);
        }
        // An entity is named as most articles name it (EntityVotes), as the store names it.
        CorpusNames names = new CorpusNames();
        held.forEach(names::count);
        for (Article a : held) {
            out.println(Json.line(names.named(pipeline.settle(a))));
        }
        out.flush();
        return rejected[0] > 0 && rejected[0] == paths.size() ? MirsadCli.BAD_INPUT : MirsadCli.OK;
    }

    private static String describe(Provenance source) {
        return source.place().isEmpty() ? "" : " (" + source.place() + ")";
    }
}
