package org.mirsad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mirsad.html.HtmlMainText;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.outlets.OutletStage;
import org.mirsad.outlets.OutletTable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** The demo corpus that {@code mirsad demo} ingests: listed, small, well-formed in every format. */
class DemoCorpusContentTest {

    private static final String DIR = "/org/mirsad/demo/corpus/";

    static List<String> listing() throws IOException {
        try (InputStream in = DemoCorpusContentTest.class.getResourceAsStream("/org/mirsad/demo/corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = DemoCorpusContentTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as("%s is listed in corpus.txt but missing", name).isNotNull();
            return in.readAllBytes();
        }
    }

    static Stream<String> htmlPages() throws IOException {
        return listing().stream().filter(n -> n.endsWith(".html"));
    }

    @Test
    void listingNamesBetween24And32PagesUnder300KilobytesInEveryFormat() throws IOException {
        List<String> files = listing();
        long size = 0;
        for (String f : files) {
            size += bytes(f).length;
        }
        assertThat(size).isLessThan(300 * 1024);
        long pages = files.stream().filter(f -> f.endsWith(".txt") || f.endsWith(".html")).count()
                + jsonlRecords().size() + warcTextRecords();
        assertThat(pages).isBetween(24L, 32L);
        assertThat(files).anyMatch(f -> f.endsWith(".txt")).anyMatch(f -> f.endsWith(".html"))
                .anyMatch(f -> f.endsWith(".jsonl")).anyMatch(f -> f.endsWith(".warc"));
    }

    @Test
    void everyTextPageIsValidUtf8AndNotEmpty() throws IOException {
        for (String f : listing()) {
            if (f.endsWith(".warc")) {
                continue;
            }
            String text = decode(f);
            assertThat(text.isBlank()).as(f).isFalse();
        }
    }

    @Test
    void jsonlRecordsCarryTheScraperFields() throws IOException {
        List<JsonNode> records = jsonlRecords();
        assertThat(records).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode r : records) {
            assertThat(r.fieldNames()).toIterable().contains("title", "content", "url", "date", "source");
            assertThat(OutletTable.standard().byUrl(r.get("url").asText())).as(r.get("url").asText()).isPresent();
        }
    }

    @Test
    void warcHoldsHtmlResponsesAndATextConversion() throws IOException {
        List<String> kinds = new ArrayList<>();
        try (WarcReader reader = new WarcReader(Channels.newChannel(
                DemoCorpusContentTest.class.getResourceAsStream(DIR + "24_crawl_sample.warc")))) {
            for (WarcRecord r : reader) {
                kinds.add(r.type());
                if (r instanceof WarcResponse resp) {
                    assertThat(resp.http().status()).isEqualTo(200);
                    assertThat(resp.http().contentType().base()).isEqualTo(MediaType.HTML.base());
                    String html = new String(resp.http().body().stream().readAllBytes(), StandardCharsets.UTF_8);
                    Page page = new HtmlMainText().apply(new Page(new Provenance("24_crawl_sample.warc", 0, 0, 1, 0,
                            resp.target(), null), Format.HTML, html, SourceMetadata.NONE, List.of()));
                    assertThat(page.content()).contains("\n\n").doesNotContain("ملفات تعريف الارتباط", "أخبار ذات صلة");
                }
                if (r instanceof WarcConversion c) {
                    assertThat(new String(c.body().stream().readAllBytes(), StandardCharsets.UTF_8)).contains("الساحل");
                }
            }
        }
        assertThat(kinds).containsExactly("warcinfo", "request", "response", "request", "response", "conversion");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void htmlPageGivesItsArticleTextWithoutFurnitureAndAnOutlet(String name) throws IOException {
        Page page = new HtmlMainText().apply(new Page(Provenance.ofFile(name, 0), Format.HTML, decode(name),
                SourceMetadata.NONE, List.of()));
        assertThat(page.content().split("\n\n")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.content()).doesNotContain("الأكثر قراءة", "ملفات تعريف الارتباط", "جميع الحقوق محفوظة",
                "اقرأ أيضاً", "مقالات ذات صلة", "أخبار ذات صلة", "شارك");
        var article = org.mirsad.model.Article.segmented("x", page.source(), page.metadata().title(), null, List.of(),
                List.of(), page.metadata());
        if (!name.contains("oldsite")) {
            assertThat(new OutletStage().apply(article).outlet()).as(name).isNotNull();
        }
    }

    private static String decode(String name) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(name))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8", e);
        }
    }

    private static List<JsonNode> jsonlRecords() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String f : listing()) {
            if (f.endsWith(".jsonl")) {
                for (String line : decode(f).lines().filter(l -> !l.isBlank()).toList()) {
                    out.add(m.readTree(line));
                }
            }
        }
        return out;
    }

    private static long warcTextRecords() throws IOException {
        long n = 0;
        try (WarcReader reader = new WarcReader(Channels.newChannel(
                DemoCorpusContentTest.class.getResourceAsStream(DIR + "24_crawl_sample.warc")))) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcResponse || r instanceof WarcConversion) {
                    n++;
                }
            }
        }
        return n;
    }
}
