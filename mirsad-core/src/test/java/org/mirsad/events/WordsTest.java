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
    void aRecordIsAskedAsItsTypeIsAndKeepsTheAnswer() {
        PhraseMatcher<EventLexicon.Trigger> triggers = EventLexicon.SHIPPED.triggers;
        // a clause mark has a type of its own; a full stop has none, and starts nothing
        org.mirsad.tokens.WordRecord[] records = ArticleTokens.of("التي التقرير ، التفجيرات .").records(0);
        assertThat(records).hasSize(5);
        List<Boolean> asked = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round reads the answers kept on the records
            for (org.mirsad.tokens.WordRecord r : records) {
                asked.add(triggers.mayStartAt(r));
            }
        }
        assertThat(asked).containsExactly(false, false, false, true, false, false, false, false, true, false);
        assertThat(triggers.mayStartAt(Words.type(records[3]))).isTrue();
        assertThat(Words.type(records[4])).isNull();
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

    @Test
    void aSpanWithNumbersOrLatinWordsIsLetGoWhenNoTriggerCanStartAtItsArabicWords() {
        Article a = Article.segmented("x", null, "عنوان", null,
                List.of(Block.paragraph("ارتفعت الأسعار 3.5 في المئة حسب Reuters."),
                        Block.paragraph("قتل 12 شخصا في الهجوم."),
                        Block.paragraph("بلغ العدد 2000وتجاوز المتوقع.")),
                List.of(), null);
        ArticleTokens tokens = ArticleTokens.of(a);
        PhraseMatcher<EventLexicon.Trigger> triggers = EventLexicon.SHIPPED.triggers;
        List<ArticleTokens.Piece> pieces = tokens.parts();
        // numbers and a Latin word hold no Arabic letter: only the Arabic words are asked
        assertThat(Words.mayStartIn(pieces.get(1).at(), pieces.get(1).text().length(), triggers)).isFalse();
        assertThat(Words.mayStartIn(pieces.get(2).at(), pieces.get(2).text().length(), triggers)).isTrue();
        // the text layer cuts عام2015 and 2000وتجاوز into words of their own: such a token may start anything
        assertThat(triggers.mayStartWithin("عام2015")).isTrue();
        assertThat(triggers.mayStartWithin("Reuters")).isFalse();
        assertThat(triggers.mayStartWithin("3.5")).isFalse();
        assertThat(Words.mayStartIn(pieces.get(3).at(), pieces.get(3).text().length(), triggers)).isTrue();
        // a span that cuts a token is never let go
        assertThat(Words.mayStartIn(pieces.get(1).at().from(1), 5, triggers)).isTrue();
    }

    @Test
    void everyReadingOfAFormStartsWithinItsFirstLettersSoTheFormAloneMayRuleOutAPhrase() {
        // what PhraseMatcher.mayStartAtForm counts on: a reading is a piece of the form that starts at most
        // MAX_PROCLITIC letters in (and a reading shorter than KEY letters is the form itself)
        for (String form : List.of("وبالاعتقالات", "فللمتظاهرين", "وكالهجوم", "بقتلهم", "فاعتقلوهما", "لل", "والي", "ولها")) {
            for (String r : org.mirsad.text.Clitics.readings(form)) {
                int at = form.indexOf(r);
                assertThat(at).as("%s in %s", r, form).isBetween(0, PhraseMatcher.MAX_PROCLITIC);
                assertThat(r.length() >= PhraseMatcher.KEY || r.equals(form)).as(r).isTrue();
            }
        }
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("اعتقال", "arrest");
        m.add("قتل*", "kill");
        m.add("لا", "short");
        assertThat(m.mayStartAtForm("وبالاعتقال")).isTrue();
        assertThat(m.mayStartAtForm("فقتلوهم")).isTrue();
        assertThat(m.mayStartAtForm("لا")).isTrue(); // shorter than a key: may be a key of its own
        assertThat(m.mayStartAtForm("المدينه")).isFalse();
        assertThat(m.mayStartAtForm("وبالمدينه")).isFalse();
        assertThat(m.mayStartAt(Words.of("والمدينة").get(0).type())).isFalse();
        assertThat(m.mayStartAt(Words.of("وباعتقال").get(0).type())).isTrue();
        assertThat(m.findAll(Words.of("وباعتقال المتهم"))).extracting(PhraseMatcher.Match::value).containsExactly("arrest");
    }
}
