package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirsad.read.TextFilesTest.gzip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

class JsonFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** One record in the shape of a scraper export (SaudiNewsNet's field names). */
    private static String record(int n) {
        return "{\"source\": \"marsad\", \"url\": \"https://example.org/news/" + n + "\", \"date_extracted\": \"2015-07-2" + (n % 10)
                + " 02:51:32\", \"title\": \"خبر رقم " + n + "\", \"author\": \"الرياض - واس\", \"content\": \"افتتح الوزير اليوم المحطة رقم "
                + n + ".\\n\\nاقرأ أيضاً: خبر آخر\"}";
    }

    @Test
    void readsArrayElementsWithPositionAndLineSpan() throws IOException {
        String json = "[\n" + record(1).replace(", \"", ",\n  \"") + ",\n" + record(2) + "\n]\n";
        Path file = write("export.json", json);

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.pages).hasSize(2);
        Page first = sink.pages.get(0);
        assertThat(first.source()).isEqualTo(new Provenance(file.toString(), 2, 7, 1, -1, "https://example.org/news/1",
                Instant.parse("2015-07-21T02:51:32Z")));
        assertThat(first.metadata()).isEqualTo(new SourceMetadata("خبر رقم 1", null, "marsad", "الرياض - واس"));
        assertThat(first.content()).isEqualTo("افتتح الوزير اليوم المحطة رقم 1.\n\nاقرأ أيضاً: خبر آخر");
        assertThat(first.format()).isEqualTo(Format.TEXT);
        assertThat(first.source().place()).isEqualTo("record 1, lines 2-7");
        assertThat(sink.pages.get(1).source().record()).isEqualTo(2);
        assertThat(sink.pages.get(1).source().fromLine()).isEqualTo(8);
    }

    @Test
    void readsOnePrettyPrintedObject() throws IOException {
        Path file = write("one.json", "{\n  \"headline\": \"عنوان\",\n  \"maintext\": \"النص\",\n  \"date_publish\": \"2023-09-22 10:00:00\"\n}\n");
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo("النص");
            assertThat(p.metadata().title()).isEqualTo("عنوان");
            assertThat(p.metadata().date()).isEqualTo("2023-09-22 10:00:00");
            assertThat(p.source().record()).isEqualTo(1);
            assertThat(p.source().fromLine()).isEqualTo(1);
            assertThat(p.source().toLine()).isEqualTo(5);
        });
    }

    @Test
    void readsJsonLinesAndRejectsOnlyTheBadLine() throws IOException {
        String jsonl = record(1) + "\n" + "{\"title\": \"مكسور\", \"content\": \"نص\n" + record(3) + "\n\n" + record(5) + "\n";
        Path file = write("export.jsonl", jsonl);

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.pages).extracting(p -> p.source().fromLine()).containsExactly(1, 3, 5);
        assertThat(sink.pages).extracting(p -> p.source().record()).containsExactly(1, 3, 5);
        assertThat(sink.pages.get(1).source().toLine()).isEqualTo(3);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.source().fromLine()).isEqualTo(2);
            assertThat(r.reason()).startsWith("invalid JSON: ");
            assertThat(r.source().place()).isEqualTo("line 2");
        });
    }

    @Test
    void rejectsRecordWithoutTextAndGoesOn() throws IOException {
        Path file = write("export.jsonl", "{\"title\": \"عنوان بلا نص\", \"content\": \"  \"}\n[1, 2]\n" + record(3)
                + "\n{\"content\": \"\u00a0\u00a0 -- \u00a0\"}\n");
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.reasons()).containsExactly(
                "no text field (looked for text, content, body, article, maintext, articleBody)",
                "not a JSON object but an array",
                "the text field holds no text (not one letter or digit)");
        assertThat(sink.rejections).extracting(r -> r.source().place()).containsExactly("line 1", "line 2", "line 4");
        assertThat(sink.pages).hasSize(1);
    }

    @Test
    void readsOneLineObjectsInJsonFileAsLines() throws IOException {
        Path file = write("export.json", record(1) + "\n" + "not json\n" + record(3) + "\n");
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).extracting(p -> p.source().fromLine()).containsExactly(1, 3);
        assertThat(sink.reasons()).singleElement().asString().startsWith("invalid JSON");
    }

    @Test
    void rejectsRestOfMalformedArrayAsOneRecord() throws IOException {
        Path file = write("broken.json", "[\n" + record(1) + ",\n" + record(2) + ",\n{\"title\": oops}]");
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).hasSize(2);
        assertThat(sink.reasons()).singleElement().asString()
                .startsWith("invalid JSON: Unrecognized token 'oops'")
                .endsWith("; the rest of the file cannot be read");
        assertThat(sink.rejections.get(0).source().place()).isEqualTo("record 3, line 4");
    }

    @Test
    void rejectsEmptyArrayAsNoRecords() throws IOException {
        assertThat(CollectingSink.read(write("none.json", "[ ]\n")).reasons()).containsExactly("no records in the file");
        assertThat(CollectingSink.read(write("none.jsonl", "\n\n")).reasons()).containsExactly("no records in the file");
    }

    @Test
    void marksHtmlContentAsHtml() throws IOException {
        Path file = write("html.jsonl", "{\"title\": \"خبر\", \"body\": \"<div class=\\\"story\\\"><p>الفقرة الأولى</p><p>الثانية</p></div>\"}\n");
        assertThat(CollectingSink.read(file).pages).singleElement().extracting(Page::format).isEqualTo(Format.HTML);
    }

    @Test
    void warnsAboutCrawlTimeThatIsNotATime() throws IOException {
        Path file = write("odd.jsonl", "{\"text\": \"نص\", \"date_extracted\": \"أمس\", \"date\": \"2015-07-21\"}\n");
        Page page = CollectingSink.read(file).pages.get(0);
        assertThat(page.source().fetched()).isNull();
        assertThat(page.metadata().date()).isEqualTo("2015-07-21");
        assertThat(page.warnings()).containsExactly("crawl time 'أمس' is not a time; left empty");
    }

    @Test
    void readsGzipArray() throws IOException {
        Path file = write("2015-07-21.json.gz", gzip(("[" + record(1) + ", " + record(2) + "]").getBytes(StandardCharsets.UTF_8)));
        assertThat(CollectingSink.read(file).pages).hasSize(2);
    }

    @Test
    void keepsWholeLinesOfTruncatedGzipJsonLines() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            jsonl.append(record(i)).append('\n');
        }
        byte[] gz = gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write("export.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3));

        CollectingSink sink = CollectingSink.read(file);

        int kept = sink.pages.size();
        assertThat(kept).isBetween(50, 399);
        assertThat(sink.pages).extracting(p -> p.source().fromLine()).isEqualTo(java.util.stream.IntStream.rangeClosed(1, kept).boxed().toList());
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.source().fromLine()).isEqualTo(kept + 1);
            assertThat(r.reason()).matches("cut off: the gzip stream is truncated after \\d+ decompressed bytes");
        });
    }

    @Test
    void keepsWholeRecordsOfTruncatedGzipArray() throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 1; i <= 400; i++) {
            json.append(i > 1 ? ",\n" : "").append(record(i));
        }
        byte[] gz = gzip(json.append("\n]").toString().getBytes(StandardCharsets.UTF_8));
        Path file = write("export.json.gz", Arrays.copyOf(gz, gz.length / 2));

        CollectingSink sink = CollectingSink.read(file);

        int kept = sink.pages.size();
        assertThat(kept).isBetween(50, 399);
        assertThat(sink.reasons()).singleElement().asString()
                .matches("cut off: the gzip stream is truncated after \\d+ decompressed bytes; records after it are lost");
        assertThat(sink.rejections.get(0).source().record()).isEqualTo(kept + 1);
    }
}
