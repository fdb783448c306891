package org.mirsad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.ingest.CorpusState;
import org.mirsad.ingest.Ingest;
import org.mirsad.ingest.IngestListener;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.ingest.IngestSummary;
import org.mirsad.model.ArticleId;
import org.mirsad.store.Store;

/**
 * POST /api/ingest: keeps the uploaded file under {@code DIR/uploads/} (named by a hash of its
 * content, never by the client: no path from a request reaches the file system) and runs the
 * ingest on it, like {@code mirsad ingest} (ledger, dedup, stories, store and index). The same
 * content uploaded again is the same file, so the ledger adds nothing new. One upload at a time.
 */
final class Ingester {

    /** The client's file name only chooses the reader, by extension. */
    static final Pattern NAME = Pattern.compile("[\\w.-]{1,100}\\.(txt|html?|jsonl?|gz|warc|wet)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    static final String UPLOADS = "uploads";

    private final ServerOptions options;

    Ingester(ServerOptions options) {
        this.options = options;
    }

    boolean enabled() {
        return options.ingestToken() != null;
    }

    String token() {
        return options.ingestToken();
    }

    synchronized IngestSummary ingest(String name, byte[] body) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.endsWith(".warc.gz") ? ".warc.gz" : lower.endsWith(".jsonl.gz") ? ".jsonl.gz"
                : lower.endsWith(".json.gz") ? ".json.gz" : lower.substring(lower.lastIndexOf('.'));
        Path dir = options.dataDir().resolve(UPLOADS);
        Files.createDirectories(dir);
        Path file = dir.resolve(ArticleId.hash(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)) + ext);
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile(dir, "upload-", ".part");
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Store store = Store.open(options.dataDir());
             LuceneArticleIndex index = LuceneArticleIndex.open(options.dataDir());
             CorpusState corpus = CorpusState.open(options.dataDir(), store)) {
            Ingest ingest = new Ingest(store, index, corpus.pipeline(), corpus, IngestOptions.defaults("server"),
                    IngestListener.SILENT);
            return ingest.run(List.of(file.toString()));
        }
    }
}
