package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.text.ArabicNormalizer;

/**
 * Acceptance: every segmentation fact of ../shared/seeds/expected.json (article instances, headline
 * starts, counts of paragraphs, captions and subheadings, first paragraphs, ledes, subheading texts,
 * line ranges, and noise never in an article's text). Skips where ../shared is absent.
 */
class SeedSegmentationTest {

    private static final Pattern SITE_MARKER = Pattern.compile("(^|\\s)TT(\\s|$)");

    private static JsonNode expected;
    private static List<Article> articles;

    @BeforeAll
    static void segmentSeeds() throws IOException {
        Path json = SharedData.require("seeds/expected.json");
        expected = new ObjectMapper().readTree(json.toFile());
        PageSegmenter segmenter = new PageSegmenter();
        articles = new ArrayList<>();
        try (var files = Files.list(json.getParent())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                articles.addAll(segmenter.segment(Page.text(Provenance.ofFile(f.toString(), (int) text.lines().count()), text)));
            }
        }
    }

    @Test
    void findsEveryArticleInstance() {
        assertThat(articles).hasSize(expected.get("articles").size());
    }

    @Test
    void everyArticleHasItsExpectedShape() {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode e : expected.get("articles")) {
            String id = e.get("id").asText();
            Article a = find(e);
            soft.assertThat(a).as(id + ": article with headline " + e.get("headline_starts").asText()).isNotNull();
            if (a == null) {
                continue;
            }
            soft.assertThat(a.paragraphs()).as(id + " paragraphs").hasSize(e.get("paragraphs").asInt());
            soft.assertThat(a.captions()).as(id + " captions").hasSize(e.get("captions").asInt());
            soft.assertThat(a.subheads()).as(id + " subheads").hasSize(e.get("subheads").asInt());
            soft.assertThat(a.source().lines()).as(id + " lines")
                    .containsExactly(e.get("lines").get(0).asInt(), e.get("lines").get(1).asInt());
            if (e.has("first_paragraph_starts")) {
                soft.assertThat(norm(a.paragraphs().get(0))).as(id + " first paragraph")
                        .startsWith(norm(e.get("first_paragraph_starts").asText()));
            }
            if (e.has("lede_starts")) {
                soft.assertThat(norm(a.lede())).as(id + " lede").startsWith(norm(e.get("lede_starts").asText()));
            }
            if (e.has("subhead_texts")) {
                List<String> want = new ArrayList<>();
                e.get("subhead_texts").forEach(s -> want.add(norm(s.asText())));
                soft.assertThat(a.subheads().stream().map(SeedSegmentationTest::norm).toList()).as(id + " subhead texts")
                        .containsExactlyElementsOf(want);
            }
        }
        soft.assertAll();
    }

    @Test
    void noNoiseInAnyArticleText() {
        SoftAssertions soft = new SoftAssertions();
        for (Article a : articles) {
            List<String> parts = new ArrayList<>(List.of(a.headline(), a.lede() == null ? "" : a.lede()));
            parts.addAll(a.paragraphs());
            parts.addAll(a.subheads());
            String text = norm(String.join(" ", parts));
            for (JsonNode n : expected.get("noise_never_in_article_text")) {
                String noise = n.asText();
                boolean found = noise.equals("TT") ? SITE_MARKER.matcher(text).find() : text.contains(norm(noise));
                soft.assertThat(found).as(a.headline() + " holds noise " + noise).isFalse();
            }
        }
        soft.assertAll();
    }

    private static Article find(JsonNode e) {
        String file = e.get("file").asText();
        String head = norm(e.get("headline_starts").asText());
        return articles.stream()
                .filter(a -> Path.of(a.source().path()).getFileName().toString().equals(file))
                .filter(a -> norm(a.headline()).startsWith(head))
                .findFirst().orElse(null);
    }

    private static String norm(String s) {
        return ArabicNormalizer.normalize(s == null ? "" : s).replaceAll("\\s+", " ").strip();
    }
}
