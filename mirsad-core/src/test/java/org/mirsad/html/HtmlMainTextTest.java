package org.mirsad.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

/** Pages written for these tests in the markup of real Arabic news sites; the expected text beside each. */
class HtmlMainTextTest {

    private final HtmlMainText step = new HtmlMainText();

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlMainTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Page html(String file, String markup) {
        return new Page(Provenance.ofFile(file, (int) markup.lines().count()), Format.HTML, markup, SourceMetadata.NONE,
                List.of());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonld-body", "density-portal", "div-soup", "wordpress-sidebar"})
    void extractsExactlyTheArticleText(String fixture) throws IOException {
        Page page = step.apply(html(fixture + ".html", resource(fixture + ".html")));
        assertThat(page.format()).isEqualTo(Format.TEXT);
        assertThat(page.content()).isEqualTo(resource(fixture + ".expected.txt").strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "jsonld-body|وزراء الطاقة يتفقون على خفض الإنتاج|2025-03-04T09:12:00+03:00|الجزيرة نت|سامر الخطيب"
                    + "|https://www.aljazeera.net/ebusiness/2025/3/4/energy-ministers-cut",
            "density-portal|سيول جارفة تغلق طرقاً في ثلاث محافظات|2025-03-06T14:30:00Z|العربية|null|null",
            "div-soup|ختام القمة الإقليمية ببيان من عشر نقاط|null|null|null|null",
            "wordpress-sidebar|المنتخب يتوج بلقب الكأس بعد ركلات الترجيح|null|هسبريس|يوسف بنعلي"
                    + "|https://www.hespress.com/sport/2025/03/08/final"})
    void fillsMetadataFromTheMarkup(String fixture, String title, String date, String outlet, String author, String url)
            throws IOException {
        Page page = step.apply(html(fixture + ".html", resource(fixture + ".html")));
        assertThat(page.metadata().title()).isEqualTo(title);
        assertThat(page.metadata().date()).isEqualTo(date);
        assertThat(page.metadata().outlet()).isEqualTo(outlet);
        assertThat(page.metadata().author()).isEqualTo(author);
        assertThat(page.source().url()).isEqualTo(url);
    }

    @Test
    void readersRawTitleWithASiteSuffixGivesWayToTheHeadline() throws IOException {
        Page given = new Page(Provenance.ofFile("div-soup.html", 30), Format.HTML, resource("div-soup.html"),
                new SourceMetadata("ختام القمة الإقليمية ببيان من عشر نقاط - صحيفة الأفق", null, null, null), List.of());
        assertThat(step.apply(given).metadata().title()).isEqualTo("ختام القمة الإقليمية ببيان من عشر نقاط");
    }

    @Test
    void whatTheReaderKnewWinsOverTheMarkup() throws IOException {
        var source = new Provenance("crawl.warc", 0, 0, 3, 1200, "https://www.alarabiya.net/x", null);
        Page given = new Page(source, Format.HTML, resource("jsonld-body.html"),
                new SourceMetadata("عنوان من الزاحف", "2025-03-05", null, null), List.of());
        Page page = step.apply(given);
        assertThat(page.metadata().title()).isEqualTo("عنوان من الزاحف");
        assertThat(page.metadata().date()).isEqualTo("2025-03-05");
        assertThat(page.metadata().outlet()).isEqualTo("الجزيرة نت");
        assertThat(page.source().url()).isEqualTo("https://www.alarabiya.net/x");
    }

    /** Small pages: markup, then the text expected, lines separated by '/'. */
    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(delimiter = '|', value = {
            // An Arabic page of short lines only: no block qualifies, the body's text is kept (never empty).
            "<html dir=rtl><body><div>عاجل</div><div>انقطاع الكهرباء</div><div>في العاصمة</div></body></html>"
                    + "|عاجل/انقطاع الكهرباء/في العاصمة",
            // English markup is judged the same way: no language's word list decides.
            "<html><head><title>Floods close roads - Daily</title></head><body><nav><a href=/>Home</a></nav>"
                    + "<article><h1>Floods close roads</h1><p>Flash floods closed main roads in three provinces today.</p>"
                    + "</article></body></html>|Floods close roads/Flash floods closed main roads in three provinces today.",
            // A diacritic-heavy og:title is the same headline as the plain h1, which is kept once.
            "<html><head><meta property='og:title' content='الوَزيرُ يَزورُ المَدينةَ'></head><body><article>"
                    + "<h1>الوزير يزور المدينة</h1><p>زار الوزير المدينة اليوم وتفقد المشاريع الجديدة فيها.</p>"
                    + "</article></body></html>|الوزير يزور المدينة/زار الوزير المدينة اليوم وتفقد المشاريع الجديدة فيها."})
    void extractsSmallPage(String markup, String expected) {
        assertThat(step.apply(html("small.html", markup)).content()).isEqualTo(expected.replace("/", "\n\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "<html><body><script>var a=1;</script></body></html>",
            "\u0000\u0001binary<<>>"})
    void emptyOrOddMarkupGivesATextPageWithoutFailing(String markup) {
        Page page = step.apply(html("odd.html", markup));
        assertThat(page.format()).isEqualTo(Format.TEXT);
        assertThat(page.content()).doesNotContain("var a");
    }

    @Test
    void textPagesPassUntouched() {
        Page text = Page.text(Provenance.ofFile("a.txt", 1), "<p>نص</p>");
        assertThat(step.apply(text)).isSameAs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jsonld-body, Al Jazeera", "density-portal, Al Arabiya", "wordpress-sidebar, Hespress",
            "div-soup, "})
    void pipelineNamesTheOutletOfAnHtmlPage(String fixture, String outlet) throws IOException {
        List<Article> articles = Mirsad.pipeline().extract(html(fixture + ".html", resource(fixture + ".html")));
        assertThat(articles).isNotEmpty();
        assertThat(articles.get(0).outlet()).isEqualTo(outlet);
    }
}
