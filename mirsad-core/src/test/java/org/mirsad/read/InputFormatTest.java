package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

    @ParameterizedTest
    @CsvSource({
        "page.txt, TEXT", "PAGE.TXT, TEXT", "page.txt.gz, TEXT",
        "page.html, HTML", "page.htm, HTML", "page.HTM.gz, HTML",
        "export.json, JSON", "export.jsonl, JSON", "export.ndjson.gz, JSON", "2015-07-21.json.gz, JSON",
        "crawl.warc, WARC", "crawl.warc.gz, WARC", "crawl.wet, WARC", "crawl.wet.gz, WARC",
    })
    void knowsFormatByName(String name, InputFormat format) {
        assertThat(InputFormat.byName(name)).contains(format);
    }

    @ParameterizedTest
    @CsvSource({"page", "page.dat", "page.gz", "notes.md", "archive.tar.gz"})
    void leavesUnknownNamesToSniffing(String name) {
        assertThat(InputFormat.byName(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WARC/1.1|WARC",
        "WARC/1.0|WARC",
        "<!DOCTYPE html><html lang=ar>|HTML",
        "  <html dir='rtl'>|HTML",
        "<!-- saved page --><html>|HTML",
        "{\"title\": \"خبر\"}|JSON",
        "[{\"title\": \"خبر\"}]|JSON",
        "\uFEFF{\"title\": \"خبر\"}|JSON",
        "الرياض - واس|TEXT",
        "<b>not a page</b> just bold text|TEXT",
        "|TEXT",
    })
    void sniffsFormatFromFirstBytes(String head, InputFormat format) {
        byte[] bytes = head == null ? new byte[0] : head.getBytes(StandardCharsets.UTF_8);
        assertThat(InputFormat.sniff(bytes, bytes.length)).isEqualTo(format);
    }
}
