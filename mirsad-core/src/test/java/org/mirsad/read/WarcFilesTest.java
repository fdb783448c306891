package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirsad.read.TextDecoderTest.encode;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcFilesTest {

    private static final String URL = "https://example.org/news/123";
    private static final Instant FETCHED = Instant.parse("2023-09-19T06:00:00Z");
    private static final String HTML = "<!DOCTYPE html><html lang=\"ar\"><head><title>وزير المياه يفتتح محطة</title>"
            + "<meta property=\"og:site_name\" content=\"مرصد الأخبار\"></head><body><p>" + Fixtures.PAGE + "</p></body></html>";

    @TempDir
    Path dir;

    /** Writes {@code records} with jwarc and returns each record's offset in the file. */
    private List<Long> write(Path file, WarcCompression compression, List<WarcRecord> records) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        }
        return offsets;
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                    .body(MediaType.parse(contentType), body).build();
            return new WarcResponse.Builder(url).date(FETCHED).body(http).build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<WarcRecord> crawl() throws IOException {
        return List.of(
                new Warcinfo.Builder().filename("crawl.warc").fields(Map.of("software", List.of("test"))).build(),
                new WarcRequest.Builder(URL).date(FETCHED).body(new HttpRequest.Builder("GET", "/news/123").build()).build(),
                response(URL, 200, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8)),
                response("https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                response("https://example.org/unlabelled", 200, "application/octet-stream",
                        "<!doctype html><html><head><title>بلا نوع</title></head></html>".getBytes(StandardCharsets.UTF_8)),
                response("https://example.org/file.bin", 200, "application/octet-stream", new byte[] {1, 2, 3, 0}),
                response("https://example.org/old", 301, "text/html", "<html>moved</html>".getBytes(StandardCharsets.UTF_8)),
                response("https://example.org/legacy", 200, "text/html; charset=windows-1256",
                        encode("<html><body>" + Fixtures.PAGE + "</body></html>", TextDecoder.WINDOWS_1256)),
                new WarcMetadata.Builder().targetURI(URL).body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8)).build(),
                conversion(URL, Fixtures.PAGE));
    }

    private static WarcConversion conversion(String url, String text) {
        return new WarcConversion.Builder().setHeader("WARC-Target-URI", url).date(FETCHED)
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build();
    }

    @Test
    void readsHtmlResponsesAndConversionsAndCountsSkippedRecords() throws IOException {
        Path file = dir.resolve("crawl.warc");
        List<Long> offsets = write(file, WarcCompression.NONE, crawl());
        assertCrawl(CollectingSink.read(file), file, offsets);
    }

    @Test
    void readsGzipWarcWithOffsetsOfItsMembers() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        List<Long> offsets = write(file, WarcCompression.GZIP, crawl());
        assertCrawl(CollectingSink.read(file), file, offsets);
    }

    private static void assertCrawl(CollectingSink sink, Path file, List<Long> offsets) {
        assertThat(sink.reasons()).containsExactly(
                "skipped WARC record: warcinfo",
                "skipped WARC record: request",
                "skipped WARC record: response image/png",
                "skipped WARC record: response application/octet-stream",
                "skipped WARC record: response with HTTP status 301",
                "skipped WARC record: metadata");
        assertThat(sink.rejections).extracting(r -> r.source().record()).containsExactly(1, 2, 4, 6, 7, 9);
        assertThat(sink.rejections).extracting(r -> r.source().offset())
                .containsExactly(offsets.get(0), offsets.get(1), offsets.get(3), offsets.get(5), offsets.get(6), offsets.get(8));
        assertThat(sink.pages).hasSize(4);

        Page html = sink.pages.get(0);
        assertThat(html.format()).isEqualTo(Format.HTML);
        assertThat(html.content()).isEqualTo(HTML);
        assertThat(html.metadata().title()).isEqualTo("وزير المياه يفتتح محطة");
        assertThat(html.metadata().outlet()).isEqualTo("مرصد الأخبار");
        assertThat(html.source().path()).isEqualTo(file.toString());
        assertThat(html.source().url()).isEqualTo(URL);
        assertThat(html.source().fetched()).isEqualTo(FETCHED);
        assertThat(html.source().record()).isEqualTo(3);
        assertThat(html.source().offset()).isEqualTo(offsets.get(2));

        assertThat(sink.pages.get(1).metadata().title()).isEqualTo("بلا نوع");
        assertThat(sink.pages.get(1).source().record()).isEqualTo(5);

        assertThat(sink.pages.get(2).content()).contains(Fixtures.PAGE);
        assertThat(sink.pages.get(2).source().record()).isEqualTo(8);

        Page text = sink.pages.get(3);
        assertThat(text.format()).isEqualTo(Format.TEXT);
        assertThat(text.content()).isEqualTo(Fixtures.PAGE);
        assertThat(text.source().record()).isEqualTo(10);
        assertThat(text.source().offset()).isEqualTo(offsets.get(9));
        assertThat(text.source().url()).isEqualTo(URL);
    }

    @Test
    void readsWetFile() throws IOException {
        Path file = dir.resolve("crawl.wet.gz");
        write(file, WarcCompression.GZIP, List.of(
                new Warcinfo.Builder().filename("crawl.wet.gz").build(),
                conversion("https://example.org/1", Fixtures.PAGE),
                conversion("https://example.org/2", Fixtures.PLAIN_PAGE),
                conversion("https://example.org/3", "  \n")));
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).extracting(Page::content).containsExactly(Fixtures.PAGE, Fixtures.PLAIN_PAGE);
        assertThat(sink.pages).extracting(p -> p.source().url()).containsExactly("https://example.org/1", "https://example.org/2");
        assertThat(sink.reasons()).containsExactly("skipped WARC record: warcinfo", "empty payload");
    }

    @Test
    void readsRecordWithoutDateOrTarget() throws IOException {
        Path file = dir.resolve("bare.warc");
        String text = "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Type: text/plain\r\nContent-Length: "
                + Fixtures.PLAIN_PAGE.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + Fixtures.PLAIN_PAGE + "\r\n\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo(Fixtures.PLAIN_PAGE);
            assertThat(p.source().url()).isNull();
            assertThat(p.source().fetched()).isNull();
            assertThat(p.source().offset()).isZero();
        });
    }

    @Test
    void rejectsMalformedRecordWithItsOffsetAndGoesOn() throws IOException {
        Path file = dir.resolve("broken.warc");
        List<Long> offsets = write(file, WarcCompression.NONE, List.of(
                conversion("https://example.org/1", Fixtures.PAGE),
                conversion("https://example.org/2", Fixtures.PLAIN_PAGE),
                conversion("https://example.org/3", Fixtures.VOWELLED)));
        byte[] bytes = Files.readAllBytes(file);
        int second = offsets.get(1).intValue();
        byte[] garbage = "GARBAGE-NOT-A-HEADER\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, bytes, second, garbage.length);
        Files.write(file, bytes);

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.pages).extracting(Page::content).containsExactly(Fixtures.PAGE, Fixtures.VOWELLED);
        assertThat(sink.pages.get(1).source().offset()).isEqualTo(offsets.get(2));
        assertThat(sink.pages.get(1).source().record()).isEqualTo(3);
        Rejection rejection = sink.rejections.get(0);
        assertThat(sink.rejections).hasSize(1);
        assertThat(rejection.source().offset()).isEqualTo(second);
        assertThat(rejection.source().record()).isEqualTo(2);
        assertThat(rejection.source().place()).isEqualTo("record 2 at offset " + second);
        assertThat(rejection.reason()).startsWith("malformed WARC record: ")
                .endsWith("; reading goes on at offset " + offsets.get(2));
    }

    @Test
    void stopsAtMalformedRecordOnStandardInput() throws IOException {
        Path file = dir.resolve("broken.warc");
        List<Long> offsets = write(file, WarcCompression.NONE, List.of(
                conversion("https://example.org/1", Fixtures.PAGE),
                conversion("https://example.org/2", Fixtures.PLAIN_PAGE)));
        byte[] bytes = Files.readAllBytes(file);
        bytes[offsets.get(1).intValue()] = 'X';
        CollectingSink sink = new CollectingSink();
        Readers.read("-", new java.io.ByteArrayInputStream(bytes), sink, ReadOptions.DEFAULTS);
        assertThat(sink.pages).hasSize(1);
        assertThat(sink.reasons()).singleElement().asString()
                .startsWith("malformed WARC record: ")
                .endsWith("; the rest of the file cannot be read");
    }

    @Test
    void rejectsTruncatedGzipWarcRecord() throws IOException {
        Path file = dir.resolve("cut.warc.gz");
        List<Long> offsets = write(file, WarcCompression.GZIP, List.of(
                conversion("https://example.org/1", Fixtures.PAGE),
                conversion("https://example.org/2", Fixtures.PLAIN_PAGE.repeat(50))));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) (offsets.get(1) + (bytes.length - offsets.get(1)) / 2)));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.pages).extracting(Page::content).containsExactly(Fixtures.PAGE);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.source().record()).isEqualTo(2);
            assertThat(r.source().offset()).isEqualTo(offsets.get(1));
            assertThat(r.reason()).isEqualTo("malformed WARC record: unexpected end of gzip stream; the rest of the file cannot be read");
        });
    }
}
