package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;

/** Acceptance: every entity group of the seeds is one id in every listed article (as check-seeds.py holds it). */
class SeedEntitiesTest {

    @Test
    void everySeedEntityIsOneIdInEveryListedArticle() throws Exception {
        Map<String, Article> articles = SeedSlices.articles();
        EntityStage stage = new EntityStage();
        Map<String, List<Entity>> found = new java.util.HashMap<>();
        articles.forEach((id, a) -> found.put(id, stage.apply(a).entities()));
        if (System.getenv("MIRSAD_SHOW") != null) {
            found.forEach((id, es) -> es.forEach(e -> System.out.println(id + "\t" + e)));
        }
        StringBuilder problems = new StringBuilder();
        for (JsonNode group : SeedSlices.expected().get("entities")) {
            Set<String> ids = new HashSet<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode art : group.get("articles")) {
                for (Entity e : found.get(art.asText())) {
                    for (JsonNode v : group.get("variants")) {
                        if (contains(e, v.asText())) {
                            ids.add(e.id());
                            seen.add(art.asText());
                        }
                    }
                }
            }
            if (ids.size() != 1 || seen.size() != group.get("articles").size()) {
                problems.append(group.get("canonical").asText()).append(": in ").append(seen).append(", ids ")
                        .append(ids).append('\n');
            }
        }
        assertThat(problems.toString()).isEmpty();
    }

    /** check-seeds.py's rule: a variant equals or is inside a mention or the canonical name (its light normalisation). */
    private static boolean contains(Entity e, String variant) {
        String v = light(variant);
        for (String m : e.mentions()) {
            if (light(m).contains(v)) {
                return true;
            }
        }
        return light(e.canonical()).contains(v);
    }

    private static String light(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        t = t.replaceAll("[\u064B-\u0652\u0640]", "").replace('\u06A9', '\u0643').replace('\u06CC', '\u064A');
        return t.replaceAll("\\s+", " ").strip();
    }
}
