package org.mirsad.tokens;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Every part where the tokens say it starts: the stages that read one part at a time rely on it. */
    private static void assertPartsInPlace(Article a) {
        ArticleTokens t = ArticleTokens.of(a);
        assertThat(t.text()).isEqualTo(a.fullText());
        assertThat(t.text()).startsWith(a.headline());
        if (t.ledeStart() >= 0) {
            assertThat(t.text().startsWith(a.lede(), t.ledeStart())).isTrue();
        } else {
            assertThat(a.lede() == null || a.lede().isEmpty()).isTrue();
        }
        for (int i = 0; i < a.blocks().size(); i++) {
            assertThat(t.text().startsWith(a.blocks().get(i).text(), t.blockStart(i))).as("block %d", i).isTrue();
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
}
