package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.ingest.CorpusState;
import org.mirsad.ingest.Ingest;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.ingest.IngestSummary;
import org.mirsad.json.Json;
import org.mirsad.store.RunTotals;
import org.mirsad.store.Store;
import org.mirsad.store.StoreException;

/** Opens a data directory, ingests paths into it and prints the summary: shared by ingest and demo. */
final class IngestRun {

    private IngestRun() {
    }

    static IngestSummary ingest(Path data, List<String> paths, IngestOptions options, boolean progress) throws IOException {
        try (Store store = Store.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data);
             CorpusState corpus = CorpusState.open(data, store);
             ConsoleListener listener = ConsoleListener.forStderr(progress)) {
            Ingest ingest = new Ingest(store, index, corpus.pipeline(), corpus, options, listener);
            return ingest.run(paths);
        } catch (StoreException | LuceneArticleIndex.IndexInUseException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static void print(IngestSummary s, Path data, boolean json, PrintWriter out) {
        if (json) {
            out.println(Json.line(s));
            out.flush();
            return;
        }
        RunTotals t = s.totals();
        out.println("Ingested into " + data + " (run " + s.runId() + ")");
        if (s.reindexed() > 0) {
            out.println(String.format("  re-indexed %d articles an interrupted run had stored", s.reindexed()));
        }
        out.println(line("pages read", t.recordsRead()));
        out.println(line("  stored", t.recordsStored()));
        out.println(line("  duplicates", t.recordsDuplicate()));
        out.println(line("  rejected", t.recordsRejected()));
        out.println(line("  already ingested", t.recordsAlready()));
        out.println(line("articles stored", t.articlesStored()));
        out.println(line("duplicate articles", t.articlesDuplicate()));
        if (!s.rejectedReasons().isEmpty()) {
            out.println("rejected, by reason:");
            for (Map.Entry<String, Long> e : s.rejectedReasons().entrySet()) {
                out.println(String.format("  %8d  %s", e.getValue(), e.getKey()));
            }
        }
        out.flush();
    }

    private static String line(String label, long n) {
        return String.format("%-20s %8d", label, n);
    }
}
