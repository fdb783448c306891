package org.mirsad.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.ner.Token;
import org.mirsad.ner.Tokenizer;
import org.mirsad.text.ArabicNormalizer;

class ArticleTokensTest {

    private static final WordRecord.Slot<String> SLOT = WordRecord.slot();

    private static Article article(String headline, String lede, Block... blocks) {
        return Article.segmented("x", null, headline, lede, List.of(blocks), List.of(), null);
    }

    /**
     * Every piece of the article in order, each where the tokens say it stands: the stages that read one
     * piece at a time rely on it.
     */
    private static void assertPartsInPlace(Article a) {
        ArticleTokens t = ArticleTokens.of(a);
        assertThat(t.text()).isEqualTo(a.fullText());
        List<ArticleTokens.Piece> parts = t.parts();
        List<String> texts = new ArrayList<>(List.of(a.headline()));
        if (a.lede() != null) {
            texts.add(a.lede());
        }
        a.blocks().forEach(b -> texts.add(b.text()));
        assertThat(parts).extracting(ArticleTokens.Piece::text).containsExactlyElementsOf(texts);
        int ledes = a.lede() != null ? 1 : 0;
        for (int p = 0; p < parts.size(); p++) {
            ArticleTokens.Piece piece = parts.get(p);
            int block = p - 1 - ledes;
            assertThat(piece.block()).isEqualTo(block < 0 ? -1 : block);
            assertThat(piece.kind()).isEqualTo(p == 0 ? ArticleTokens.Piece.Kind.HEADLINE
                    : block < 0 ? ArticleTokens.Piece.Kind.LEDE
                    : a.blocks().get(block).kind() == Block.Kind.PARAGRAPH ? ArticleTokens.Piece.Kind.PARAGRAPH
                    : ArticleTokens.Piece.Kind.SUBHEAD);
            if (piece.at() == null) {
                // only an empty lede is left out of the text
                assertThat(piece.kind()).isEqualTo(ArticleTokens.Piece.Kind.LEDE);
                assertThat(piece.text()).isEmpty();
            } else {
                assertThat(t.text().startsWith(piece.text(), piece.at().offset())).as("piece %d", p).isTrue();
            }
        }
    }

    @Test
    void buildsTheArticlesFullTextAndKnowsWhereEachPartStarts() {
        assertPartsInPlace(article("عنوان الخبر", "مقدمة قصيرة", Block.paragraph("فقرة أولى."), Block.subhead("عنوان فرعي"),
                Block.paragraph("فقرة ثانية.")));
        assertPartsInPlace(article("عنوان", null, Block.paragraph("فقرة.")));
        assertPartsInPlace(article("عنوان", "", Block.paragraph("فقرة.")));
        assertPartsInPlace(article("عنوان", "  ", Block.paragraph("فقرة.")));
        assertPartsInPlace(article("عنوان", "مقدمة"));
        // empty blocks: Article.bodyText writes no blank line until the body holds some text
        assertPartsInPlace(article("عنوان", null, Block.paragraph(""), Block.paragraph("فقرة.")));
        assertPartsInPlace(article("عنوان", "مقدمة", Block.paragraph(""), Block.paragraph(""), Block.paragraph("ب")));
        assertPartsInPlace(article("عنوان", null, Block.paragraph("أ"), Block.paragraph(""), Block.paragraph("ب")));
        assertPartsInPlace(article("عنوان", null, Block.paragraph(""), Block.paragraph("")));
    }

    @Test
    void aPiecesTokensAreTheTokensOfItsTextAlone() {
        Article a = article("عنوان الخبر", "قال الوزير: «سنعود».", Block.paragraph("زار 3.5 كم، ثم عاد."));
        ArticleTokens t = ArticleTokens.of(a);
        for (ArticleTokens.Piece piece : t.parts()) {
            ArticleTokens.Range range = piece.at().within(piece.text().length());
            List<Token> alone = Tokenizer.sentences(piece.text()).stream().flatMap(List::stream).toList();
            assertThat(range.to() - range.from()).isEqualTo(alone.size());
            for (int i = range.from(); i < range.to(); i++) {
                Token own = alone.get(i - range.from());
                assertThat(piece.at().record(i).text()).isEqualTo(own.text());
                assertThat(piece.at().start(i)).isEqualTo(own.start());
                assertThat(piece.at().end(i)).isEqualTo(own.end());
            }
        }
        // any text is an article of a headline alone
        assertThat(ArticleTokens.of("نص ما").parts()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ArticleTokens.Piece.Kind.HEADLINE))
                .satisfies(p -> assertThat(p.at().offset()).isZero());
    }

    @Test
    void tokenisesAsNersTokenizerWithOneRecordPerWrittenWord() {
        String text = "قال الوزير إن الوزير سيزور الرياض.\nوقال: «نعم»";
        ArticleTokens t = ArticleTokens.of(text);
        List<List<Token>> expected = Tokenizer.sentences(text);
        assertThat(t.sentences()).isEqualTo(expected);
        WordRecord[] first = t.records(0);
        assertThat(first).hasSize(expected.get(0).size());
        for (int i = 0; i < first.length; i++) {
            assertThat(first[i].text()).isEqualTo(expected.get(0).get(i).text());
            assertThat(first[i].form()).isEqualTo(ArabicNormalizer.normalize(expected.get(0).get(i).text()));
        }
        assertThat(first[1]).isSameAs(first[3]); // الوزير twice: one record
        assertThat(ArticleTokens.of("الوزير").records(0)[0]).isSameAs(first[1]); // and across texts
    }

    @Test
    void findsATokenByTheCharactersItSpans() {
        ArticleTokens t = ArticleTokens.of("زار الوزير 3.5 كم");
        assertThat(t.at(4, 10).text()).isEqualTo("الوزير");
        assertThat(t.at(0, 3).text()).isEqualTo("زار");
        assertThat(t.at(4, 9)).isNull(); // not where a token ends
        assertThat(t.at(5, 10)).isNull(); // not where a token starts
        assertThat(t.at(11, 14)).isNull(); // 3.5 is three tokens here: 3 . 5
        assertThat(t.at(11, 12).text()).isEqualTo("3");
    }

    @Test
    void aCursorFindsWhatAtFindsInOrderOrNot() {
        ArticleTokens t = ArticleTokens.of("زار الوزير 3.5 كم");
        ArticleTokens.Cursor c = t.cursor();
        assertThat(c.at(4, 10).text()).isEqualTo("الوزير");
        assertThat(c.at(11, 14)).isNull();
        assertThat(c.at(14, 15)).isNull(); // no token starts there: the 5 starts at 13
        assertThat(c.at(15, 17).text()).isEqualTo("كم");
        assertThat(c.at(0, 3).text()).isEqualTo("زار"); // back to the start
        assertThat(c.at(13, 14).text()).isEqualTo("5"); // a long way on
        assertThat(c.at(13, 14).text()).isEqualTo("5"); // the same again
    }

    @Test
    void keepsAStagesValueOnTheRecordAndWorksItOutOnce() {
        WordRecord.Slot<String> slot = SLOT;
        WordRecord r = ArticleTokens.of("سلام").records(0)[0];
        int[] calls = {0};
        assertThat(r.get(slot, x -> {
            calls[0]++;
            return x.form() + "!";
        })).isEqualTo("سلام!");
        assertThat(r.get(slot, x -> {
            calls[0]++;
            return "again";
        })).isEqualTo("سلام!");
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void keepsAStagesAnswerOnTheRecordBesideTheOthersAndWorksItOutOnce() {
        WordRecord r = ArticleTokens.of("قتل").records(0)[0];
        WordRecord.Flag three = WordRecord.flag();
        WordRecord.Flag other = WordRecord.flag();
        int[] calls = {0};
        assertThat(r.is(three, x -> {
            calls[0]++;
            return x.form().length() == 3;
        })).isTrue();
        assertThat(r.is(other, x -> {
            calls[0]++;
            return false;
        })).isFalse();
        // both answers kept apart, neither worked out again
        assertThat(r.is(three, x -> {
            calls[0]++;
            return false;
        })).isTrue();
        assertThat(r.is(other, x -> {
            calls[0]++;
            return true;
        })).isFalse();
        assertThat(calls[0]).isEqualTo(2);
    }
}
