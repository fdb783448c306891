package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirsad.read.TextDecoderTest.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.SourceMetadata;

class HtmlFilesTest {

    @TempDir
    Path dir;

    private static final String OPEN_GRAPH_PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <title>وزير المياه يفتتح محطة تحلية | مرصد الأخبار</title>
            <meta property="og:title" content="وزير المياه يفتتح محطة تحلية جديدة">
            <meta property="og:site_name" content="مرصد الأخبار">
            <meta property="og:url" content="https://example.org/og/123">
            <meta property="article:published_time" content="2023-09-19T08:30:00+03:00">
            <meta name="author" content="الدمام - سعيد الحربي">
            <link rel="canonical" href="https://example.org/news/123">
            </head>
            <body><article><h1>وزير المياه يفتتح محطة تحلية جديدة</h1>
            <p>افتتح وزير المياه صباح اليوم الثلاثاء محطة تحلية جديدة.</p>
            <p>اقرأ أيضاً: أسعار النفط ترتفع</p></article></body>
            </html>
            """;

    private static final String LINKED_DATA_PAGE = """
            <html><head>
            <title>انتهاكات لوقف النار.. والطرفان مستعدان للحوار</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "موقع"},
              {"@type": "NewsArticle", "headline": "انتهاكات لوقف النار", "datePublished": "2023-09-22T10:15:00Z",
               "publisher": {"@type": "Organization", "name": "صحيفة الخليج"}, "author": [{"name": "منى السيد"}]}]}
            </script>
            <script type="application/ld+json">{ broken json-ld </script>
            </head><body><p>أبدى الطرفان استعدادهما لمواصلة المحادثات.</p>
            <time datetime="2023-01-01">قبل عام</time></body></html>
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsOpenGraphMetadataAndCanonicalUrl() throws IOException {
        Path file = write("page.html", OPEN_GRAPH_PAGE.getBytes(StandardCharsets.UTF_8));

        Page page = CollectingSink.read(file).pages.get(0);

        assertThat(page.format()).isEqualTo(Format.HTML);
        assertThat(page.content()).isEqualTo(OPEN_GRAPH_PAGE);
        assertThat(page.metadata()).isEqualTo(new SourceMetadata("وزير المياه يفتتح محطة تحلية جديدة",
                "2023-09-19T08:30:00+03:00", "مرصد الأخبار", "الدمام - سعيد الحربي"));
        assertThat(page.source().url()).isEqualTo("https://example.org/news/123");
        assertThat(page.source().fromLine()).isEqualTo(1);
        assertThat(page.source().toLine()).isEqualTo(16);
    }

    @Test
    void readsJsonLdWhenMetaTagsAreMissing() throws IOException {
        Page page = CollectingSink.read(write("ld.htm", LINKED_DATA_PAGE.getBytes(StandardCharsets.UTF_8))).pages.get(0);
        assertThat(page.metadata()).isEqualTo(new SourceMetadata("انتهاكات لوقف النار.. والطرفان مستعدان للحوار",
                "2023-09-22T10:15:00Z", "صحيفة الخليج", "منى السيد"));
        assertThat(page.source().url()).isNull();
    }

    @Test
    void fallsBackToTimeElementAndTitle() {
        HtmlMetadata meta = HtmlMetadata.of("<html><head><title> عنوان الصفحة </title></head><body>"
                + "<time datetime=\"2023-09-20\">أمس</time><meta property=\"og:url\" content=\"https://example.org/x\"></body></html>", "");
        assertThat(meta.metadata()).isEqualTo(new SourceMetadata("عنوان الصفحة", "2023-09-20", null, null));
        assertThat(meta.url()).isEqualTo("https://example.org/x");
    }

    @Test
    void resolvesRelativeCanonicalLinkAgainstTheBase() {
        HtmlMetadata meta = HtmlMetadata.of("<html><head><link rel=canonical href=\"/news/9\"></head></html>", "https://example.org/a/b");
        assertThat(meta.url()).isEqualTo("https://example.org/news/9");
    }

    @Test
    void pageWithoutMetadataHasNone() {
        assertThat(HtmlMetadata.of("<p>فقرة</p>", null)).isEqualTo(new HtmlMetadata(SourceMetadata.NONE, null));
    }

    @Test
    void decodesDeclaredWindows1256() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>عاجل</title></head><body><p>" + Fixtures.PAGE + "</p></body></html>";
        Page page = CollectingSink.read(write("old.html", encode(html, TextDecoder.WINDOWS_1256))).pages.get(0);
        assertThat(page.content()).isEqualTo(html);
        assertThat(page.metadata().title()).isEqualTo("عاجل");
    }

    @Test
    void sniffsUndeclaredIso88596() throws IOException {
        String html = "<html><head><title>خبر</title></head><body><p>" + Fixtures.PLAIN_PAGE + "</p></body></html>";
        Page page = CollectingSink.read(write("old.html", encode(html, TextDecoder.ISO_8859_6))).pages.get(0);
        assertThat(page.content()).isEqualTo(html);
    }

    @Test
    void keepsMinifiedPageOnOneLongLine() throws IOException {
        String html = "<html><body>" + "<p>فقرة طويلة من نص الخبر</p>".repeat(25_000) + "</body></html>";
        CollectingSink sink = CollectingSink.read(write("minified.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.pages).singleElement().extracting(p -> p.content().length()).isEqualTo(html.length());
    }

    @Test
    void keepsMarkupBeforeTheCutOfATruncatedGzip() throws IOException {
        String html = "<html><head><title>عاجل</title></head><body>" + ("<p>" + Fixtures.PAGE + "</p>").repeat(300) + "</body></html>";
        byte[] gz = TextFilesTest.gzip(html.getBytes(StandardCharsets.UTF_8));
        Page page = CollectingSink.read(write("cut.html.gz", java.util.Arrays.copyOf(gz, gz.length / 2))).pages.get(0);
        assertThat(page.metadata().title()).isEqualTo("عاجل");
        assertThat(html).startsWith(page.content());
        assertThat(page.warnings()).singleElement().asString()
                .matches("the gzip stream is truncated after \\d+ decompressed bytes; kept the markup before the cut");
    }

    @Test
    void rejectsEmptyHtmlFile() throws IOException {
        assertThat(CollectingSink.read(write("empty.html", new byte[0])).reasons()).containsExactly("empty file");
    }
}
