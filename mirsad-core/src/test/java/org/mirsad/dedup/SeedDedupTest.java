package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

/**
 * The seed pages' articles, cut at the line ranges of expected.json (raw lines: the segmenter's
 * cleaning is not needed for this check): A and A′ form one group, nothing else is a duplicate.
 */
class SeedDedupTest {

    @Test
    void seedArticleAAndItsCopyFormTheOnlyGroup() throws IOException {
        Path expected = SharedData.require("seeds/expected.json");
        JsonNode root = Json.mapper().readTree(expected.toFile());
        DedupStage stage = new DedupStage();
        Map<String, Article> byLabel = new HashMap<>();
        List<Article> out = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            Path file = expected.resolveSibling(a.path("file").asText());
            Article article = slice(file, a.path("lines").get(0).asInt(), a.path("lines").get(1).asInt());
            Article deduped = stage.apply(article);
            byLabel.put(a.path("id").asText(), deduped);
            out.add(deduped);
        }
        assertThat(out).hasSize(9);
        Article a = byLabel.get("A");
        Article a2 = byLabel.get("A2");
        assertThat(a.id()).isNotEqualTo(a2.id());
        String canonical = a.id().compareTo(a2.id()) < 0 ? a.id() : a2.id();
        assertThat(List.of(a, a2)).extracting(Article::duplicateOf).containsExactlyInAnyOrder(null, canonical);
        assertThat(out).filteredOn(x -> x.duplicateOf() != null).hasSize(1);
    }

    private static Article slice(Path file, int from, int to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(from - 1, to);
        String headline = null;
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (headline == null) {
                headline = line.strip();
            } else {
                blocks.add(Block.paragraph(line.strip()));
            }
        }
        Provenance source = Provenance.ofFile(file.toString(), 0).withLines(from, to);
        return Article.segmented(ArticleId.of(source, headline), source, headline, null, blocks, List.of(),
                SourceMetadata.NONE);
    }
}
