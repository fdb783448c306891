package org.mirsad.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mirsad.Mirsad;
import org.mirsad.SharedData;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;

/**
 * Acceptance on the seed pages: the outlet and the agencies of every article of expected.json,
 * through the default pipeline. An article the segmenter does not (yet) find with its expected line
 * range is skipped with a message: outlets and agencies are only defined on a correctly cut article.
 */
class SeedOutletsAgenciesTest {

    static Stream<JsonNode> expectedArticles() throws IOException {
        Path expected = SharedData.require("seeds/expected.json");
        JsonNode root = new ObjectMapper().readTree(expected.toFile());
        List<JsonNode> out = new ArrayList<>();
        root.get("articles").forEach(a -> {
            var copy = a.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).set("agencies", root.get("agencies").get(a.get("id").asText()));
            out.add(copy);
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: article {0}")
    @MethodSource("expectedArticles")
    void outletAndAgenciesOfSeedArticle(JsonNode e) throws IOException {
        Path file = SharedData.require("seeds/" + e.get("file").asText());
        String text = Files.readString(file);
        Page page = Page.text(Provenance.ofFile(file.toString(), (int) text.lines().count()), text);
        int from = e.get("lines").get(0).asInt();
        int to = e.get("lines").get(1).asInt();
        Article article = Mirsad.pipeline().extract(page).stream()
                .filter(a -> a.source().fromLine() == from && a.source().toLine() == to)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(article != null, "skipped: the segmenter does not yet cut article " + e.get("id").asText()
                + " as lines " + from + "-" + to);
        String outlet = e.get("outlet").isNull() ? null : e.get("outlet").asText();
        assertThat(article.outlet()).as("outlet of %s", e.get("id").asText()).isEqualTo(outlet);
        if (e.hasNonNull("agencies")) {
            List<String> agencies = new ArrayList<>();
            e.get("agencies").forEach(n -> agencies.add(n.asText()));
            assertThat(article.agencies()).as("agencies of %s", e.get("id").asText()).containsExactlyElementsOf(agencies);
        }
    }
}
