package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Quote;
import org.mirsad.quotes.QuoteStage;

/** Acceptance: every seed quotation is found with its speaker (as check-seeds.py holds it). */
class SeedQuotesTest {

    private static final Map<String, List<String>> SPEAKER_WORDS = Map.of(
            "Dmitry Peskov", List.of("بيسكوف", "peskov"), "Donald Trump", List.of("ترامب", "trump"));

    @Test
    void everySeedQuoteHasItsSpeaker() throws Exception {
        EntityStage entities = new EntityStage();
        QuoteStage quotes = new QuoteStage();
        Map<String, List<Quote>> found = new HashMap<>();
        for (Map.Entry<String, Article> e : SeedSlices.articles().entrySet()) {
            found.put(e.getKey(), quotes.apply(entities.apply(e.getValue())).quotes());
        }
        if (System.getenv("MIRSAD_SHOW") != null) {
            found.forEach((id, qs) -> qs.forEach(q -> System.out.println(id + "\t" + q)));
        }
        StringBuilder problems = new StringBuilder();
        for (JsonNode q : SeedSlices.expected().get("quotes")) {
            String speaker = q.get("speaker").asText();
            List<String> want = SPEAKER_WORDS.getOrDefault(speaker, List.of(speaker));
            boolean ok = found.get(q.get("article").asText()).stream()
                    .filter(x -> x.text().contains(q.get("starts").asText()))
                    .anyMatch(x -> want.stream().anyMatch(w -> (x.speaker() + " " + x.speakerEntity()).toLowerCase().contains(w)));
            if (!ok) {
                problems.append(q.get("article").asText()).append(": ").append(q.get("starts").asText()).append('\n');
            }
        }
        assertThat(problems.toString()).isEmpty();
    }
}
