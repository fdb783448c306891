package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.json.Json;
import org.mirsad.search.Fixtures;

class SearchCommandTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void index() throws Exception {
        Fixtures.index(data, Fixtures.corpus());
    }

    static List<JsonNode> jsonl(String out) throws Exception {
        List<JsonNode> hits = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                hits.add(Json.mapper().readTree(line));
            }
        }
        return hits;
    }

    @Test
    void printsOneJsonObjectPerHit() throws Exception {
        CliRun r = CliRun.of("search", "--data", data.toString(), "--json", "بوتن");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> hits = jsonl(r.out());
        assertThat(hits).extracting(h -> h.path("id").asText()).containsExactly("g", "f");
        for (String field : List.of("id", "headline", "outlet", "date", "story", "score", "snippet", "carried_by")) {
            assertThat(hits.get(0).has(field)).as(field).isTrue();
        }
    }

    @Test
    void returnsDuplicatedArticleOnce() throws Exception {
        CliRun r = CliRun.of("search", "--data", data.toString(), "--json", "--limit", "50", "الكرملين");
        List<JsonNode> hits = jsonl(r.out());
        assertThat(hits).filteredOn(h -> h.path("headline").asText().startsWith("الكرملين يسعى")).hasSize(1)
                .allSatisfy(h -> assertThat(h.path("carried_by").asInt()).isEqualTo(2));
    }

    @Test
    void printsForPeopleWithCarriedBy() {
        CliRun r = CliRun.of("search", "--data", data.toString(), "الكرملين", "يسعى");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("1 article\n").contains("carried by 2 copies");
    }

    @Test
    void namesTheMissingIndex(@TempDir Path empty) {
        CliRun r = CliRun.of("search", "--data", empty.toString(), "x");
        assertThat(r.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains("no index in " + empty).doesNotContain("Exception");
    }

    @Test
    void explainsBadQueriesAndOptions() {
        CliRun bad = CliRun.of("search", "--data", data.toString(), "headline:(");
        assertThat(bad.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(bad.err()).startsWith("mirsad: cannot read the query:");
        CliRun sort = CliRun.of("search", "--data", data.toString(), "--sort", "size", "x");
        assertThat(sort.err()).contains("--sort must be 'relevance' or 'date', not 'size'");
        CliRun filter = CliRun.of("search", "--data", data.toString(), "--filter", "colour=red", "x");
        assertThat(filter.err()).contains("unknown filter 'colour'");
    }
}
