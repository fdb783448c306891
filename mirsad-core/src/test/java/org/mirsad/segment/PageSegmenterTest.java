package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Caption;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

/** Pages written for these tests in the messy style of crawl text (not copied from any source). */
class PageSegmenterTest {

    private final PageSegmenter segmenter = new PageSegmenter();

    @Test
    void collapsesRepeatedCaption() throws IOException {
        List<Article> articles = segment("two-articles-with-site-marker.txt");
        assertThat(articles).hasSize(2);
        Article book = articles.get(0);
        assertThat(book.headline()).isEqualTo("افتتاح معرض الكتاب في الرباط بمشاركة «أربعين» دولة");
        assertThat(book.captions()).containsExactly(new Caption("زوار يتجولون بين أجنحة المعرض في يومه الأول", "أ.ف.ب"));
        assertThat(book.paragraphs()).hasSize(3).allSatisfy(p -> assertThat(p).doesNotContain("زوار يتجولون", "TT"));
        assertThat(book.paragraphs().get(0)).startsWith("افتُتح، اليوم (الخميس)");
        assertThat(book.source().lines()).containsExactly(1, 18);
    }

    @Test
    void startsANewArticleAfterBlankLinesAndKeepsCaptionsBetweenParagraphs() throws IOException {
        Article storm = segment("two-articles-with-site-marker.txt").get(1);
        assertThat(storm.headline()).startsWith("عاصفة رملية تضرب جنوب البلاد");
        assertThat(storm.captions()).extracting(Caption::credit).containsExactly("أرشيفية - رويترز", "د.ب.أ");
        assertThat(storm.subheads()).containsExactly("تحذيرات للمزارعين");
        assertThat(storm.paragraphs()).hasSize(4);
        assertThat(storm.source().lines()).containsExactly(22, 42);
        assertThat(storm.lede()).isNull();
    }

    @Test
    void splitsGluedSubhead() throws IOException {
        Article truce = segment("glued-and-read-also.txt").get(0);
        assertThat(truce.subheads()).containsExactly("تبادل للأسرى", "مخاوف من خروقات");
        assertThat(truce.paragraphs()).hasSize(6)
                .contains("من جهته، أعلن الصليب الأحمر أنه سيشرف على عملية تبادل للأسرى خلال الأيام المقبلة.",
                        "في سياق متصل، حذرت منظمات محلية من خروقات محتملة في الأحياء الشرقية.");
        assertThat(truce.source().lines()).containsExactly(1, 8);
    }

    @Test
    void keepsTheDateLineAsideForTheDatesStage() throws IOException {
        Article truce = segment("glued-and-read-also.txt").get(0);
        assertThat(truce.sourceMetadata().date()).isEqualTo("3rd, March 2024 GMT");
        assertThat(truce.fullText()).doesNotContain("تاريخ النشر");
    }

    @Test
    void keepsReadAlsoArticle() throws IOException {
        List<Article> articles = segment("glued-and-read-also.txt");
        assertThat(articles).hasSize(2);
        Article visit = articles.get(1);
        assertThat(visit.headline()).isEqualTo("وزير الخارجية يزور العاصمة لبحث ملف المياه");
        assertThat(visit.paragraphs()).hasSize(3).first().asString().startsWith("يصل وزير الخارجية");
        assertThat(visit.subheads()).containsExactly("ملف المياه على الطاولة");
        assertThat(visit.source().lines()).containsExactly(12, 17);
        assertThat(visit.sourceMetadata().date()).isNull();
        for (Article a : articles) {
            assertThat(a.fullText()).doesNotContain("مادة إعلانية", "كلمات دلالية", "اقرأ أيضا", "تابع أحدث الأخبار",
                    "المصدر:");
        }
    }

    @Test
    void dropsTeaserList() throws IOException {
        List<Article> articles = segment("teaser-list.txt");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).headline()).startsWith("ارتفاع أسعار الذهب");
        assertThat(articles.get(0).paragraphs()).hasSize(2);
        assertThat(articles.get(0).fullText()).doesNotContain("النفط يتراجع", "اخترنا لك");
    }

    @Test
    void bulletCaptionWithIndentedRepeatIsOneCaptionAndTheLineBeforeItTheLede() {
        String page = String.join("\n",
                "الحكومة تعلن خطة جديدة للنقل العام",
                "",
                "وزير النقل يؤكد أن الخطة تشمل خطوط حافلات جديدة في خمس مدن خلال العام المقبل.",
                "",
                "  •  وزير النقل خلال المؤتمر الصحافي",
                "    وزير النقل خلال المؤتمر الصحافي",
                "",
                "أعلنت الحكومة، اليوم الأحد، خطة جديدة للنقل العام تمتد ثلاث سنوات.",
                "",
                "وقال الوزير إن التمويل مؤمن بالكامل.");
        Article a = segmenter.segment(Page.text(Provenance.ofFile("bullet.txt", 10), page)).get(0);
        assertThat(a.lede()).startsWith("وزير النقل يؤكد");
        assertThat(a.captions()).containsExactly(new Caption("وزير النقل خلال المؤتمر الصحافي", null));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.fullText()).doesNotContain("•");
    }

    @Test
    void emptyPageHasNoArticles() {
        assertThat(segmenter.segment(Page.text(Provenance.ofFile("empty.txt", 0), ""))).isEmpty();
        assertThat(segmenter.segment(Page.text(Provenance.ofFile("blank.txt", 3), "\n  \n\t\n"))).isEmpty();
    }

    @Test
    void nonArabicPageIsSegmentedTheSameWay() {
        String page = "Storm closes three airports\n\nA sand storm hit the south on Friday, closing three airports.\n\n"
                + "Forecasters expect it to ease by Saturday evening.\n";
        List<Article> articles = segmenter.segment(Page.text(Provenance.ofFile("en.txt", 5), page));
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).headline()).isEqualTo("Storm closes three airports");
        assertThat(articles.get(0).paragraphs()).hasSize(2);
        assertThat(articles.get(0).source().lines()).containsExactly(1, 5);
    }

    @Test
    void pageOfOnlyBoilerplateHasNoArticles() {
        String page = "اخترنا لك\nمادة إعلانية\nكلمات دلالية: اقتصاد نفط\nTT\nجميع الحقوق محفوظة © 2024\nاقرأ أيضاً:\n"
                + "شارك عبر فيسبوك\nالمصدر: الوكالة\n";
        assertThat(segmenter.segment(Page.text(Provenance.ofFile("noise.txt", 8), page))).isEmpty();
    }

    @Test
    void diacriticHeavyHeadlineRepeatWithoutMarksStillCollapses() {
        String page = "الوَفْدُ يَصِلُ إلى العاصِمَةِ\n\nصورة للوفد في المطار (رويترز)\nTT\n\nالوفد يصل إلى العاصمة\n\n"
                + "وصل الوفد إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين.\n";
        List<Article> articles = segmenter.segment(Page.text(Provenance.ofFile("marks.txt", 8), page));
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).containsExactly("وصل الوفد إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين.");
    }

    @Test
    void titledRecordIsOneArticleWithItsTitleAsHeadline() {
        var source = new Provenance("feed.jsonl", 3, 3, 0, -1, "https://example.com/a", null);
        var meta = new SourceMetadata("عنوان الخبر", null, "example", null);
        String content = "عنوان الخبر\n\nالفقرة الأولى من الخبر.\n\n\n\nالفقرة الثانية من الخبر.";
        List<Article> articles = segmenter.segment(new Page(source, Format.TEXT, content, meta, List.of()));
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).headline()).isEqualTo("عنوان الخبر");
        assertThat(articles.get(0).paragraphs()).containsExactly("الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر.");
        assertThat(articles.get(0).source()).isEqualTo(source);
    }

    @Test
    void keepsABylineOutOfTheBodyAsTheAuthorLine() {
        var source = new Provenance("feed.jsonl", 2, 2, 0, -1, null, null);
        var meta = new SourceMetadata("المطر يعود إلى المدينة", null, "example", null);
        String content = "الموقع – متابعات\n\nهطلت أمطار غزيرة على المدينة صباح اليوم.\n\nوتوقعت الأرصاد استمرارها يومين.";
        Article a = segmenter.segment(new Page(source, Format.TEXT, content, meta, List.of())).get(0);
        assertThat(a.paragraphs()).hasSize(2).noneMatch(p -> p.contains("متابعات"));
        assertThat(a.sourceMetadata().author()).isEqualTo("الموقع – متابعات");
    }

    @Test
    void randomPagesGiveWellFormedArticles() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"خبر", "عاجل", "TT", "(أ.ب)", "•", "،", ".", "؟", "«", "»", "اقرأ أيضاً:", "في سياق متصل",
                "Google", "2024", "٢٠١٩", "حلَّ", "ـــ", "\u00A0", "\u200F", "المصدر: الموقع", "تاريخ النشر: أمس"};
        for (int round = 0; round < 200; round++) {
            StringBuilder page = new StringBuilder();
            int lines = random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                int words = random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    page.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                page.append('\n');
            }
            for (Article a : segmenter.segment(Page.text(Provenance.ofFile("random.txt", lines), page.toString()))) {
                assertThat(a.headline()).isNotBlank();
                assertThat(a.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
                assertThat(a.source().fromLine()).isBetween(1, lines);
                assertThat(a.source().toLine()).isBetween(a.source().fromLine(), lines);
            }
        }
    }

    private List<Article> segment(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            assertThat(in).as(fixture).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return segmenter.segment(Page.text(Provenance.ofFile(fixture, (int) text.lines().count()), text));
        }
    }
}
