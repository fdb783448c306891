package org.mirsad.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

class OutletStageTest {

    /** An aggregator page in the style of seed 004: an Al Arabiya article, its source line, a read-also article. */
    private static final String AGGREGATOR_PAGE = String.join("\n",
            "اتفاق على تمديد الهدنة في المدينة الساحلية.. والوسطاء متفائلون",                   // 1
            "تاريخ النشر: 14th, March 2025 GMT",                                             // 2
            "أعلن الوسطاء اليوم الجمعة تمديد الهدنة أسبوعاً إضافياً.",                          // 3
            "وقال مسؤول إن الطرفين وافقا على تبادل المحتجزين.",                                  // 4
            "مادة إعلانية كلمات دلالية: هدنة وساطةالمصدر: العربية",                            // 5
            "إقرأ أيضاً:",                                                                    // 6
            "أسعار النفط تتراجع بعد قرار خفض الإنتاج",                                         // 7
            "تابع أحدث الأخبار عبر تطبيق",                                                    // 8
            "تراجعت أسعار النفط في التعاملات الآسيوية صباح اليوم.",                              // 9
            "وقال محللون إن الأسواق كانت تتوقع القرار.");                                      // 10

    private final OutletSignatures signatures = new OutletSignatures();
    private final OutletStage stage = new OutletStage();

    private static Article article(Page page, int from, int to) {
        var source = page.source().withLines(from, to);
        return Article.segmented("x", source, "عنوان", null, List.of(Block.paragraph("نص")), List.of(),
                page.metadata());
    }

    @Test
    void sourceLineUnderAnArticleNamesItsOutletButNotTheReadAlsoArticle() {
        Page page = signatures.apply(Page.text(Provenance.ofFile("agg.txt", 10), AGGREGATOR_PAGE));
        assertThat(stage.apply(article(page, 1, 4)).outlet()).isEqualTo("Al Arabiya");
        assertThat(stage.apply(article(page, 7, 10)).outlet()).isNull();
    }

    @Test
    void siteMarkerInsideTheArticleNamesItsOutlet() {
        String text = String.join("\n", "قمة إقليمية تبحث أمن الملاحة", "", "صورة للقادة (رويترز)", "TT", "",
                "بدأت القمة أعمالها اليوم الثلاثاء.", "", "وقال الأمين العام إن الملف حاضر.");
        Page page = signatures.apply(Page.text(Provenance.ofFile("a.txt", 8), text));
        assertThat(stage.apply(article(page, 1, 8)).outlet()).isEqualTo("Asharq Al-Awsat");
        assertThat(stage.apply(article(page, 6, 8)).outlet()).as("the marker is above this article").isNull();
    }

    @Test
    void twoWeakMarksTogetherNameTheOutlet() {
        String text = String.join("\n", "عنوان", "  •  وزير الخارجية", "    وزير الخارجية", "نص الخبر", "", "اخترنا لك");
        Page page = signatures.apply(Page.text(Provenance.ofFile("m.txt", 6), text));
        assertThat(stage.apply(article(page, 1, 4)).outlet()).isEqualTo("Al Mayadeen");
        String onlyBullet = String.join("\n", "عنوان", "  •  وزير الخارجية", "نص الخبر");
        Page weak = signatures.apply(Page.text(Provenance.ofFile("w.txt", 3), onlyBullet));
        assertThat(stage.apply(article(weak, 1, 3)).outlet()).as("one weak mark is not enough").isNull();
    }

    @Test
    void urlDomainComesBeforeTheSourceFieldAndThePageMarks() {
        var source = new Provenance("x.jsonl", 3, 3, 3, -1, "https://www.okaz.com.sa/news/1", null);
        Page page = signatures.apply(new Page(source, org.mirsad.model.Format.TEXT, "TT\nنص",
                new SourceMetadata(null, null, "sabq", null), List.of()));
        assertThat(stage.apply(article(page, 3, 3)).outlet()).isEqualTo("Okaz");
    }

    @Test
    void sourceFieldIsMappedToTheEnglishNameOrKeptAsGiven() {
        var source = new Provenance("x.json", 2, 2, 2, -1, null, null);
        Page known = new Page(source, org.mirsad.model.Format.TEXT, "نص", new SourceMetadata(null, null, "aawsat", null),
                List.of());
        assertThat(stage.apply(article(known, 2, 2)).outlet()).isEqualTo("Asharq Al-Awsat");
        Page unknown = new Page(source, org.mirsad.model.Format.TEXT, "نص",
                new SourceMetadata(null, null, " Daily Mirsad ", null), List.of());
        assertThat(stage.apply(article(unknown, 2, 2)).outlet()).isEqualTo("Daily Mirsad");
    }

    @Test
    void marksOfARecordCoverEveryArticleOfThatRecord() {
        var source = new Provenance("x.jsonl", 7, 7, 7, -1, null, null);
        Page page = signatures.apply(new Page(source, org.mirsad.model.Format.TEXT, "عنوان\nنص\nالمصدر: العربية",
                SourceMetadata.NONE, List.of()));
        assertThat(stage.apply(article(page, 7, 7)).outlet()).isEqualTo("Al Arabiya");
    }

    @Test
    void marksOfAPageWithATitleOfItsOwnCoverItsArticle() {
        // An HTML page on one line of markup: its text's lines are not the file's lines.
        Page page = signatures.apply(new Page(Provenance.ofFile("one-line.html", 1), org.mirsad.model.Format.TEXT,
                "عنوان\nنص أول\nنص ثان\nنص ثالث\nنص رابع\nنص خامس\nالمصدر: العربية",
                new SourceMetadata("عنوان", null, null, null), List.of()));
        assertThat(stage.apply(article(page, 1, 1)).outlet()).isEqualTo("Al Arabiya");
    }

    @Test
    void pageWithoutAnyEvidenceHasNoOutlet() {
        Page page = signatures.apply(Page.text(Provenance.ofFile("n.txt", 2), "عنوان\nThe quick brown fox."));
        assertThat(stage.apply(article(page, 1, 2)).outlet()).isNull();
    }
}
