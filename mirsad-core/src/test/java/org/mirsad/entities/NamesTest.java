package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.text.Clitics;

/** The name comparisons' shortcuts give what the general forms give. */
class NamesTest {

    /** Words with and without an article, short and long, with clitics, marks and Latin letters. */
    private static final List<String> WORDS = List.of("الرياض", "الري", "الدوحة", "اللجنة", "الله", "ال", "الا",
            "والرياض", "بالدوحة", "للرئيس", "بوتين", "بوتن", "بيسكوف", "لبوتين", "كاراباخ", "قره", "أوروبا",
            "أروبا", "عمار", "عمر", "جين", "جي", "بينغ", "بينج", "دميتري", "ديميتري", "سون", "صين", "الخطيب",
            "الإمارات", "ALJAZEERA", "ال-قاعدة", "ميونيخ", "موسكو", "وموسكو", "ي", "يي", "وو");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"الرياض,رياض", "الري,الري", "اللجنة,لجنه", "الله,الله", "والرياض,والرياض", "بوتين,بوتين"})
    void aTokenLosesOnlyItsOwnArticleWhenAStemIsLeft(String word, String expected) {
        assertThat(Names.tokens(word)).containsExactly(expected);
    }

    @Test
    void aTokenLosesItsArticleAsCliticsDoes() {
        for (String w : WORDS) {
            for (String t : Names.tokens(w)) {
                assertThat(t).isNotEmpty();
            }
            String norm = org.mirsad.text.ArabicNormalizer.normalize(w);
            if (!norm.isEmpty() && Names.tokens(norm).size() == 1 && norm.startsWith("ال")) {
                String bare = Clitics.withoutArticle(norm);
                assertThat(Names.tokens(norm).get(0)).as(w).isEqualTo(bare == null ? norm : bare);
            }
        }
    }

    @Test
    void aOneTokenKeyIsItsToken() {
        assertThat(Names.key(List.of("بوتين"))).isEqualTo("بوتين");
        assertThat(Names.key(List.of("فلاديمير", "بوتين"))).isEqualTo("فلاديمير بوتين");
    }

    @Test
    void twoWordsCompareAsTwoOneWordNames() {
        List<String> tokens = new ArrayList<>();
        for (String w : WORDS) {
            tokens.addAll(Names.tokens(w));
        }
        int same = 0;
        for (String a : tokens) {
            String sa = Names.skeleton(List.of(a));
            assertThat(sa.charAt(0)).as(a).isEqualTo(Names.skeletonStart(a));
            for (String b : tokens) {
                String sb = Names.skeleton(List.of(b));
                boolean expected = Names.sameName(List.of(a), sa, List.of(b), sb);
                assertThat(Names.sameWord(a, sa, b, sb)).as(a + " / " + b).isEqualTo(expected);
                same += expected && !a.equals(b) ? 1 : 0;
            }
        }
        // بوتين/بوتن and بينغ/بينج, each way; أوروبا/أروبا stay apart (a six-letter word's final ا is no accusative)
        assertThat(same).as("pairs of different words that are one name").isEqualTo(4);
    }
}
