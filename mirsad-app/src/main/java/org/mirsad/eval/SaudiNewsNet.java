package org.mirsad.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

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
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            readFile(f, out);
        }
        return out;
    }

    private static void readFile(Path file, List<Article> out) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": not a JSON array");
            }
            int record = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                record++;
                JsonNode n = Json.mapper().readTree(p);
                out.add(article(file, record, n));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
