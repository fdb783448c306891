package org.mirsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Event;
import org.mirsad.text.Sentence;
import org.mirsad.text.SentenceSplitter;
import org.mirsad.tokens.ArticleTokens;

class WordsTest {

    /** What matching reads of a word, whichever way it was found. */
    private record Seen(String text, String form, String bare, List<String> readings, int start, int end, boolean clauseBreak) {
        static Seen of(Word w) {
            return new Seen(w.text(), w.form(), w.bare(), w.readings(), w.start(), w.end(), w.clauseBreak());
        }
    }

    private static List<Seen> seen(List<Word> words) {
        return words.stream().map(Seen::of).toList();
    }

    @Test
    void aSentenceReadOffTheArticlesTokensHasTheWordsOfItsOwnTokenisation() {
        Article a = Article.segmented("x", null, "قصفت القوات مواقع المسلحين؛ وقال الجيش: «انتهى».",
                "أعلنت الحكومة عام2015 أن 3.5 مليون شخص نزحوا، وفقا لـ Reuters.",
                List.of(Block.paragraph("تظاهر آلاف المحتجين في العاصمة بعد أن قتلت الشرطة متظاهرا."),
                        Block.subhead("عنوان فرعي"),
                        Block.paragraph("وقالَ المتحدثُ إنّ الهجوم لن يتكرر… ثم غادر.")),
                List.of(), null);
        ArticleTokens tokens = ArticleTokens.of(a);
        int sentences = 0;
        for (ArticleTokens.Piece piece : tokens.parts()) {
            for (Sentence s : SentenceSplitter.split(piece.text())) {
                List<Word> own = Words.of(s.text());
                List<Word> shared = Words.of(s.text(), piece.at().from(s.start()));
                assertThat(seen(shared)).as(s.text()).isEqualTo(seen(own));
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThanOrEqualTo(6);
        // an all-Arabic sentence is read off the article's tokens: its words are the records' own strings
        ArticleTokens.Piece paragraph = tokens.parts().get(2);
        List<Word> read = Words.of(paragraph.text(), paragraph.at());
        int at = paragraph.at().offset();
        assertThat(read.get(0).text()).isSameAs(tokens.at(at, at + read.get(0).end()).text());
    }

    @Test
    void aWordStartsATriggerOnlyWhenAReadingMatchesItsFirstWordNotJustItsKey() {
        PhraseMatcher<EventLexicon.Trigger> triggers = EventLexicon.SHIPPED.triggers;
        // التفجير* is filed under its first three letters, الت, which التي and التقرير share
        assertThat(triggers.mayStartAt(Words.of("التي").get(0).type())).isFalse();
        assertThat(triggers.mayStartAt(Words.of("التقرير").get(0).type())).isFalse();
        assertThat(triggers.mayStartAt(Words.of("التفجيرات").get(0).type())).isTrue();
        assertThat(triggers.findAll(Words.of("وقع التفجير في السوق"))).hasSize(1);
    }

    @Test
    void theStageFindsTheEventsOfEverySentenceReadAlone() {
        // a paragraph with no trigger is let go whole; one with digits is tokenised again sentence by sentence
        Article a = Article.segmented("x", null, "قصفت القوات الإسرائيلية مواقع في جنوب لبنان",
                "كتب المراسل تقريره من المدينة التي زارها. ثم عاد إلى بيته.",
                List.of(Block.paragraph("وقالت الشرطة إن 40 شخصا أوقفوا عندما تجمع متظاهرون أمام البرلمان في بيروت."),
                        Block.paragraph("التقرير الذي نشرته الصحيفة لا يذكر التفاصيل."),
                        Block.paragraph("رفضت طهران اتهامات واشنطن. تظاهر آلاف المحتجين في تونس ضد غلاء الأسعار.")),
                List.of(), null);
        EventExtractor extractor = new EventExtractor();
        List<Event> alone = new ArrayList<>();
        for (ArticleTokens.Piece piece : ArticleTokens.of(a).parts()) {
            for (Sentence s : SentenceSplitter.split(piece.text())) {
                for (Event e : extractor.extract(s.text(), List.of(), 0)) {
                    if (alone.stream().noneMatch(o -> o.type().equals(e.type()) && java.util.Objects.equals(o.source(), e.source())
                            && java.util.Objects.equals(o.target(), e.target()))) {
                        alone.add(e);
                    }
                }
            }
        }
        assertThat(alone).extracting(Event::type).contains("ASSAULT", "COERCE", "REJECT", "PROTEST");
        assertThat(new EventStage(extractor).apply(a).events()).isEqualTo(alone);
    }
}
