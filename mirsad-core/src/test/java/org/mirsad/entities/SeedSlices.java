package org.mirsad.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.SharedData;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;

/**
 * The seed articles of ../shared/seeds/expected.json, cut from their pages by line range (until the
 * segmenter lands): first non-blank line the headline, every other non-blank line a paragraph. Page
 * noise stays in, which only makes the test harder. Skips when ../shared is absent.
 */
final class SeedSlices {

    private SeedSlices() {
    }

    static JsonNode expected() throws IOException {
        return new ObjectMapper().readTree(SharedData.require("seeds/expected.json").toFile());
    }

    static Map<String, Article> articles() throws IOException {
        JsonNode exp = expected();
        Path seeds = SharedData.require("seeds");
        Map<String, Article> out = new LinkedHashMap<>();
        for (JsonNode a : exp.get("articles")) {
            List<String> lines = Files.readAllLines(seeds.resolve(a.get("file").asText()), StandardCharsets.UTF_8);
            int from = a.get("lines").get(0).asInt();
            int to = a.get("lines").get(1).asInt();
            List<String> text = new ArrayList<>();
            for (String l : lines.subList(from - 1, Math.min(to, lines.size()))) {
                if (!l.isBlank()) {
                    text.add(l.strip());
                }
            }
            List<Block> blocks = text.subList(1, text.size()).stream().map(Block::paragraph).toList();
            out.put(a.get("id").asText(), Article.segmented(a.get("id").asText(), null, text.get(0), null, blocks,
                    List.of(), null));
        }
        return out;
    }
}
