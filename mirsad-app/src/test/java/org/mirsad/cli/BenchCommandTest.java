package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.json.Json;

/** {@code mirsad bench} on the demo corpus: every figure present and sane (never a time threshold). */
class BenchCommandTest {

    private static final String DEMO = "src/main/resources/org/mirsad/demo/corpus";

    @TempDir
    Path dir;

    @Test
    void printsEveryFigureAsOneJsonObject() throws Exception {
        CliRun r = CliRun.of("bench", "--corpus", DEMO, "--limit", "20", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("records").asLong()).isEqualTo(20);
        assertThat(j.get("articles").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(j.get("ingest_articles").asLong()).isPositive().isLessThanOrEqualTo(j.get("articles").asLong());
        assertThat(j.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        for (String rate : new String[] {"extract_articles_per_s", "extract_articles_per_s_per_core",
                "extract_articles_per_cpu_s", "ingest_articles_per_s", "lucene_tokenize_docs_per_s",
                "lucene_index_docs_per_s", "ingest_vs_lucene_index", "extract_per_core_vs_lucene_tokenize",
                "search_p50_ms", "search_p99_ms"}) {
            assertThat(j.has(rate)).as(rate).isTrue();
            assertThat(j.get(rate).asDouble()).as(rate).isPositive().isFinite();
        }
        assertThat(j.get("extract_articles_per_s_per_core").asDouble())
                .isCloseTo(j.get("extract_articles_per_s").asDouble() / j.get("cores").asInt(),
                        org.assertj.core.data.Offset.offset(0.01));
        assertThat(j.get("search_p50_ms").asDouble()).isLessThanOrEqualTo(j.get("search_p99_ms").asDouble());
        assertThat(j.get("search_p99_ms").asDouble()).isLessThanOrEqualTo(j.get("search_max_ms").asDouble());
        assertThat(j.get("search_queries").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(j.get("heap_peak_mb").asLong()).isPositive().isLessThanOrEqualTo(j.get("max_heap_mb").asLong());
        assertThat(j.get("corpus").asText()).isEqualTo(DEMO);
        assertThat(r.err()).contains("search latency");
        // the default warm-up is cut to two copies of the records there are
        assertThat(j.get("extract_warmup_records").asLong()).isEqualTo(40);
        assertThat(j.get("extract_warmup_articles_per_s").asDouble()).isPositive().isFinite();
        assertThat(j.get("extract_warmup_articles_per_cpu_s").asDouble()).isPositive().isFinite();
        assertThat(r.err()).contains("warm-up (untimed) on 40 records, edited copies of the 20 timed ones");
    }

    @Test
    void warmupZeroTimesExtractCold() throws Exception {
        CliRun r = CliRun.of("bench", "--corpus", DEMO, "--limit", "5", "--warmup", "0", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("extract_warmup_records").asLong()).isZero();
        assertThat(j.get("extract_warmup_articles_per_s").asDouble()).isZero();
        assertThat(j.get("extract_warmup_articles_per_cpu_s").asDouble()).isZero();
        assertThat(j.get("extract_articles_per_s").asDouble()).isPositive();
        assertThat(r.err()).doesNotContain("warm-up");

        CliRun bad = CliRun.of("bench", "--corpus", DEMO, "--warmup", "-1");
        assertThat(bad.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(bad.err()).contains("--warmup");
    }

    @Test
    void missingCorpusIsBadInputNamingThePath() {
        CliRun r = CliRun.of("bench", "--corpus", dir.resolve("nowhere").toString(), "--json");
        assertThat(r.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains("nowhere: no such file or directory").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void zeroReplicateIsBadInput() {
        CliRun r = CliRun.of("bench", "--corpus", DEMO, "--replicate", "0");
        assertThat(r.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains("--replicate");
    }

    @Test
    void searchOnlyMeasuresAnExistingIndexAndGrowIndexMakesOneLarger() throws Exception {
        Path data = dir.resolve("data");
        org.mirsad.search.Fixtures.index(data, org.mirsad.search.Fixtures.corpus());
        CliRun grow = CliRun.of("grow-index", "--data", data.toString(), "--to", dir.resolve("big").toString(),
                "--copies", "2");
        assertThat(grow.exit()).as(grow.err()).isZero();
        assertThat(grow.out()).contains("x2 = 16 documents");

        CliRun r = CliRun.of("bench", "--search-only", dir.resolve("big").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("documents").asLong()).isEqualTo(16);
        assertThat(j.get("search_queries").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(j.get("search_p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(j.get("search_p99_ms").asDouble());
        assertThat(j.get("search_cpu_p50_ms").asDouble()).isPositive()
                .isLessThanOrEqualTo(j.get("search_cpu_p99_ms").asDouble());

        CliRun none = CliRun.of("bench", "--search-only", dir.resolve("nowhere").toString());
        assertThat(none.exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(none.err()).contains("no index in");
    }
}
