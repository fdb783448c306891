package org.mirsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.export.ExportTable;
import org.mirsad.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mirsad export}: a table of the data directory as JSONL or CSV, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes one table of a data directory as JSONL or CSV (columns: docs/data-model.md).",
                "The SQLite database (DIR/mirsad.db) can also be queried directly with any SQL tool."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-data",
            description = "Data directory. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--what", paramLabel = "TABLE", defaultValue = "articles",
            description = "articles, sources, entities, mentions, quotes, events or stories. Default: ${DEFAULT-VALUE}")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or csv. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportTable table = parse(ExportTable.class, what, "--what");
        Exporter.Format f = parse(Exporter.Format.class, format, "--format");
        if (!Files.isRegularFile(data.resolve(org.mirsad.store.Store.DATABASE_FILE))) {
            throw new UserInputException(data + ": no Mirsad data here; run 'mirsad ingest --data " + data + " PATH' first");
        }
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long rows = Exporter.export(data, table, f, w);
            if (out != null) {
                System.err.println("mirsad: " + rows + " " + table.name().toLowerCase() + " written to " + out);
            }
        }
        return MirsadCli.OK;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase());
        }
        throw new UserInputException(option + " must be one of " + allowed + ", not '" + value + "'");
    }
}
