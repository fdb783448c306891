package org.mirsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.read.FetchTime;
import org.mirsad.read.SaudiNewsNetFiles;

/**
 * The SaudiNewsNet corpus (parallelfold/SaudiNewsNet: gzip files of a JSON array of {source, url,
 * date_extracted, title, author, content}) as segmented articles: the title is the headline, each
 * line of the content a paragraph. For evaluation only; the product reads JSON through its readers.
 */
public final class SaudiNewsNet {

    private SaudiNewsNet() {
    }

    /** Every article of a {@code .json.gz} file or of every such file in a directory, in file-name order. */
    public static List<Article> read(Path path) throws IOException {
        List<Article> out = new ArrayList<>();
        forEach(path, (record, article) -> out.add(article));
        return out;
    }

    /** The same articles streamed, each with the record it came from (bounded memory). */
    public static void forEach(Path path, BiConsumer<JsonNode, Article> handler) throws IOException {
        for (Path f : SaudiNewsNetFiles.files(path)) {
            SaudiNewsNetFiles.forEach(f, r -> handler.accept(r.fields(), article(r.file(), r.number(), r.fields())));
        }
    }

    /** {@code date_extracted} is the crawl time: the page's fetch time, as the JSON reader takes it. */
    private static Article article(Path file, int record, JsonNode n) {
        String url = n.path("url").asText(null);
        Provenance source = new Provenance(file.toString(), record, record, record, -1, url,
                FetchTime.parse(n.path("date_extracted").asText(null)));
        String title = n.path("title").asText("").strip();
        List<Block> blocks = new ArrayList<>();
        for (String line : n.path("content").asText("").split("\n")) {
            if (!line.isBlank()) {
                blocks.add(Block.paragraph(line.strip()));
            }
        }
        Article a = Article.segmented(ArticleId.of(source, title), source, title, null, blocks, List.of(),
                SourceMetadata.NONE);
        return a.withOutlet(n.path("source").asText(null));
    }
}
