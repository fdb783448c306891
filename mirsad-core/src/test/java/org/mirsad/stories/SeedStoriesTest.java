package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;

/** The seed pages' stories (expected.json): Karabakh A, D, E, G; Russia–North Korea B, F; C; H. */
class SeedStoriesTest {

    /** The seed articles that are no duplicate, as segmented articles (headline, paragraphs), by id. */
    static Map<String, Article> seedArticles() throws IOException {
        Path seeds = SharedData.require("seeds/expected.json").getParent();
        JsonNode expected = Json.mapper().readTree(seeds.resolve("expected.json").toFile());
        Map<String, Article> articles = new LinkedHashMap<>();
        for (JsonNode e : expected.get("articles")) {
            if (e.has("duplicate_of")) {
                continue;
            }
            List<String> lines = Files.readAllLines(seeds.resolve(e.get("file").asText()), StandardCharsets.UTF_8);
            int from = e.get("lines").get(0).asInt();
            int to = e.get("lines").get(1).asInt();
            List<Block> blocks = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (!lines.get(i).isBlank()) {
                    blocks.add(Block.paragraph(lines.get(i).strip()));
                }
            }
            String id = e.get("id").asText();
            articles.put(id, Article.segmented(id, Provenance.ofFile(e.get("file").asText(), lines.size()),
                    lines.get(from - 1).strip(), null, blocks, List.of(), null));
        }
        return articles;
    }

    @Test
    void reproducesTheSeedStoryPartition() throws IOException {
        Map<String, Article> articles = seedArticles();
        if (System.getenv("STORY_DEBUG") != null) {
            StoryClusterer c = new StoryClusterer();
            articles.forEach((id, a) -> c.place(id, 0L, StoryTerms.of(a), Set.of(), null));
            for (String x : articles.keySet()) {
                StringBuilder sb = new StringBuilder(x + ":");
                for (String y : articles.keySet()) {
                    sb.append(String.format(" %s=%.2f", y, c.cosine(x, y)));
                }
                System.out.println(sb);
            }
        }
        StoryStage stage = new StoryStage();
        Map<String, String> story = new LinkedHashMap<>();
        List<Article> placed = new ArrayList<>();
        articles.values().forEach(a -> placed.add(stage.apply(a)));
        placed.forEach(a -> story.put(a.id(), stage.settle(a).story()));

        assertThat(story.get("D")).isEqualTo(story.get("A"));
        assertThat(story.get("E")).isEqualTo(story.get("A"));
        assertThat(story.get("G")).isEqualTo(story.get("A"));
        assertThat(story.get("F")).isEqualTo(story.get("B"));
        assertThat(story.get("B")).isNotEqualTo(story.get("A"));
        assertThat(story.get("C")).isNotIn(story.get("A"), story.get("B"));
        assertThat(story.get("H")).isNotIn(story.get("A"), story.get("B"), story.get("C"));
    }

    @Test
    void samePartitionInAnyOrder() throws IOException {
        Map<String, Article> articles = seedArticles();
        Set<Set<String>> first = null;
        Random random = new Random(7);
        for (int round = 0; round < 12; round++) {
            List<Article> order = new ArrayList<>(articles.values());
            Collections.shuffle(order, random);
            StoryStage stage = new StoryStage();
            Map<String, String> story = new LinkedHashMap<>();
            order.stream().map(stage::apply).toList().forEach(a -> story.put(a.id(), stage.settle(a).story()));
            Map<String, Set<String>> members = new HashMap<>();
            story.forEach((id, s) -> members.computeIfAbsent(s, k -> new HashSet<>()).add(id));
            Set<Set<String>> partition = new HashSet<>(members.values());
            if (first == null) {
                first = partition;
            }
            assertThat(partition).as("order %s", order.stream().map(Article::id).toList()).isEqualTo(first);
        }
        assertThat(first).hasSize(4);
    }
}
