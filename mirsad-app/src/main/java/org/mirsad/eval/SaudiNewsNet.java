package org.mirsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
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
        for (Path f : SaudiNewsNetFiles.files(path)) {
            SaudiNewsNetFiles.forEach(f, r -> out.add(article(r.file(), r.number(), r.fields())));
        }
        return out;
    }

    private static Article article(Path file, int record, JsonNode n) {
        String url = n.path("url").asText(null);
        Provenance source = new Provenance(file.toString(), record, record, record, -1, url, null);
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
