package org.mirsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.json.Json;

class BenchCorpusTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"title\":\"أمطار غزيرة على جدة\",\"content\":\"شهدت جدة أمطاراً غزيرة اليوم وأعلن الدفاع المدني حالة التأهب في الأحياء كلها\",\"url\":\"https://sabq.org/a/1\",\"source\":\"sabq\"}",
                "{\"title\":\"no text here\"}",
                "{\"title\":\"ارتفاع أسعار النفط\",\"content\":\"ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج\",\"date_extracted\":\"2015-07-21 10:00:00\"}",
                "{\"title\":\"الثالث\",\"content\":\"خبر ثالث لا يدخل حين يكون الحد اثنين\"}") + "\n", StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void limitCountsReadRecordsAndReplicasFollowTheOriginals() throws Exception {
        BenchCorpus c = BenchCorpus.write(corpus(), 2, 3, dir.resolve("out.jsonl"));
        assertThat(c.records()).isEqualTo(6);
        assertThat(c.skipped()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(c.file(), StandardCharsets.UTF_8)) {
            lines.add(Json.mapper().readTree(l));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("url").asText()).isEqualTo("https://sabq.org/a/1");
        assertThat(lines.get(0).get("source").asText()).isEqualTo("sabq");
        assertThat(lines.get(1).get("date_extracted").asText()).startsWith("2015-07-21T10:00");
        assertThat(lines.get(2).get("url").asText()).isEqualTo("https://sabq.org/a/1#copy-1");
        assertThat(lines.get(4).get("url").asText()).isEqualTo("https://sabq.org/a/1#copy-2");
        assertThat(lines.get(1).has("url")).isFalse();
    }

    @Test
    void skipAndFirstCopyChooseOtherRecordsThanTheTimedOnes() throws Exception {
        // the readers deliver three records (the second line has no text): skip the first, take one, as copy 2
        BenchCorpus c = BenchCorpus.write(corpus(), 1, 1, 2, 1, dir.resolve("out.jsonl"));
        assertThat(c.records()).isEqualTo(1);
        List<String> lines = Files.readAllLines(c.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode record = Json.mapper().readTree(lines.get(0));
        assertThat(record.has("url")).isFalse();
        // the record as copy 2 edits it: here two words of the title swapped
        assertThat(record.get("title").asText()).isEqualTo(Perturbation.apply("ارتفاع أسعار النفط", 2, 0))
                .isNotEqualTo("ارتفاع أسعار النفط");
        assertThat(record.get("date_extracted").asText()).startsWith("2015-09-29T10:00"); // 2 × 35 days later

        BenchCorpus asIs = BenchCorpus.write(corpus(), 2, 5, 0, 1, dir.resolve("rest.jsonl"));
        assertThat(asIs.records()).isEqualTo(1);
        assertThat(Json.mapper().readTree(Files.readAllLines(asIs.file(), StandardCharsets.UTF_8).get(0))
                .get("content").asText()).isEqualTo("خبر ثالث لا يدخل حين يكون الحد اثنين");
    }

    @Test
    void copiesTakeTheFirstRecordsCopyAfterCopyUpToTheTotal() throws Exception {
        // the readers deliver three records: the first two, as copy 1, then copy 2's first one (five in all would be
        // three copies; three stop inside the second)
        BenchCorpus c = BenchCorpus.copies(corpus(), 2, 3, 1, dir.resolve("warm.jsonl"));
        assertThat(c.records()).isEqualTo(3);
        List<String> urls = new ArrayList<>();
        for (String l : Files.readAllLines(c.file(), StandardCharsets.UTF_8)) {
            urls.add(Json.mapper().readTree(l).path("url").asText("none"));
        }
        assertThat(urls).containsExactly("https://sabq.org/a/1#copy-1", "none", "https://sabq.org/a/1#copy-2");

        assertThat(BenchCorpus.copies(corpus(), 2, 1, 1, dir.resolve("one.jsonl")).records()).isEqualTo(1);
        assertThat(BenchCorpus.copies(corpus(), 2, 4, 1, dir.resolve("two.jsonl")).records()).isEqualTo(4);
    }

    @Test
    void textsAreTitleAndContent() throws Exception {
        BenchCorpus c = BenchCorpus.write(corpus(), 1, 1, dir.resolve("out.jsonl"));
        List<String> texts = new ArrayList<>();
        c.forEachText(texts::add);
        assertThat(texts).containsExactly(
                "أمطار غزيرة على جدة\n\nشهدت جدة أمطاراً غزيرة اليوم وأعلن الدفاع المدني حالة التأهب في الأحياء كلها");
    }
}
