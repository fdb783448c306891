package org.mirsad.dates;

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
import org.junit.jupiter.api.Test;
import org.mirsad.Mirsad;
import org.mirsad.SharedData;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.Rejection;
import org.mirsad.model.SourceMetadata;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;
import org.mirsad.text.ArabicNormalizer;

/**
 * The seed facts of expected.json: through the default pipeline, and on articles this test cuts from
 * the seed pages at the lines EXPECTED.md gives (photo-credit lines are captions, the site marker TT
 * is dropped, the rest is body), so the date logic is held apart from the segmenter's.
 */
class SeedDatesTest {

    private static final Pattern CREDIT = Pattern.compile(".*\\((أ\\.ب|رويترز|أرشيفية - رويترز)\\)\\s*$");

    @Test
    void seedArticlesGetTheirDatesAndWeekdays() throws IOException {
        Path seeds = SharedData.require("seeds/expected.json").getParent();
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        int checks = 0;
        for (JsonNode e : expected.get("articles")) {
            Article a = cut(seeds.resolve(e.get("file").asText()), e.get("lines").get(0).asInt(),
                    e.get("lines").get(1).asInt(), SourceMetadata.NONE);
            PubDate d = PublicationDates.of(a);
            String id = e.get("id").asText();
            if (e.hasNonNull("date")) {
                assertThat(d.value()).as(id).hasToString(e.get("date").asText());
                assertThat(d.evidence()).as(id).isNotBlank();
                checks++;
            }
            for (JsonNode bad : e.path("date_must_not_be")) {
                assertThat(String.valueOf(d.value())).as(id).isNotEqualTo(bad.asText());
                checks++;
            }
            if (e.hasNonNull("weekday")) {
                assertThat(d.weekday()).as(id).isNotNull();
                assertThat(d.weekday().name()).as(id).isEqualToIgnoringCase(e.get("weekday").asText());
                checks++;
            }
        }
        assertThat(checks).isGreaterThanOrEqualTo(11);
    }

    /** The same facts through the whole default pipeline (page segmenter, then every stage). */
    @Test
    void seedFactsHoldThroughTheDefaultPipeline() throws IOException {
        Path seeds = SharedData.require("seeds/expected.json").getParent();
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        Pipeline pipeline = Mirsad.pipeline();
        List<Article> got = new ArrayList<>();
        Mirsad.read(seeds.toString(), new RecordSink() {
            @Override
            public void page(Page page) {
                got.addAll(pipeline.extract(page));
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        });
        for (JsonNode e : expected.get("articles")) {
            String file = e.get("file").asText();
            String head = ArabicNormalizer.normalize(e.get("headline_starts").asText());
            Article a = got.stream().filter(x -> x.source().path().endsWith(file)
                    && ArabicNormalizer.normalize(x.headline()).startsWith(head)).findFirst().orElseThrow();
            String id = e.get("id").asText();
            if (e.hasNonNull("date")) {
                assertThat(a.date().value()).as(id).hasToString(e.get("date").asText());
            }
            for (JsonNode bad : e.path("date_must_not_be")) {
                assertThat(String.valueOf(a.date().value())).as(id).isNotEqualTo(bad.asText());
            }
            if (e.hasNonNull("weekday")) {
                assertThat(String.valueOf(a.date().weekday())).as(id).isEqualToIgnoringCase(e.get("weekday").asText());
            }
        }
    }

    /** Seed G once the segmenter has moved its publication line into the metadata. */
    @Test
    void seedGFromTheSegmentersMetadata() throws IOException {
        Path g = SharedData.require("seeds/004_b7c2ae510c672f79.txt");
        String line2 = Files.readAllLines(g, StandardCharsets.UTF_8).get(1);
        String value = line2.substring(line2.indexOf(':') + 1).strip();
        Article a = cut(g, 3, 10, new SourceMetadata(null, value, null, null));
        PubDate d = PublicationDates.of(a);
        assertThat(d.value()).hasToString("2023-09-22");
        assertThat(d.weekday()).hasToString("FRIDAY");
        assertThat(d.evidence()).contains("September 2023");
    }

    static Article cut(Path file, int from, int to, SourceMetadata meta) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(from - 1, to);
        String headline = lines.get(0).strip();
        List<Block> blocks = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        for (String raw : lines.subList(1, lines.size())) {
            String l = raw.strip().replaceFirst("^•\\s*", "");
            if (l.isEmpty() || l.equals("TT") || l.equals(headline)) {
                continue;
            }
            if (CREDIT.matcher(l).matches()) {
                if (captions.stream().noneMatch(c -> c.text().equals(l))) {
                    captions.add(new Caption(l, null));
                }
            } else {
                blocks.add(Block.paragraph(l));
            }
        }
        return Article.segmented("seed", Provenance.ofFile(file.toString(), to).withLines(from, to), headline, null,
                blocks, captions, meta);
    }
}
