package org.mirsad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mirsad.Mirsad;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;

/**
 * POST /api/ingest: runs the pipeline on one uploaded file and adds its articles to the index.
 * One upload at a time (the index has one writer). The file name only chooses the reader (by
 * extension); the upload is written to a temporary file, never under a name the client chose.
 */
final class Ingester {

    /** Extensions the readers know; anything else is refused before reading. */
    static final Pattern NAME = Pattern.compile("[\\w.-]{1,100}\\.(txt|html?|jsonl?|gz|warc|wet)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

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

    /** What one upload gave. */
    record Result(String file, int pages, int articles, List<String> rejected) {
    }

    synchronized Result ingest(String name, byte[] body) throws IOException {
        String suffix = name.substring(name.indexOf('.'));
        Path tmp = Files.createTempFile("mirsad-upload-", suffix);
        try {
            Files.write(tmp, body);
            Pipeline pipeline = Mirsad.pipeline();
            List<Article> articles = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            int[] pages = {0};
            Mirsad.read(tmp.toString(), new RecordSink() {
                @Override
                public void page(Page page) {
                    pages[0]++;
                    articles.addAll(pipeline.extract(page));
                }

                @Override
                public void rejected(Rejection r) {
                    rejected.add(r.reason());
                }
            });
            try (LuceneArticleIndex index = LuceneArticleIndex.open(options.dataDir())) {
                for (Article a : articles) {
                    index.add(a);
                }
                index.commit();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new Result(name, pages[0], articles.size(), rejected);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
