package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedPhrasesTest {

    /** What the loops it replaces found: each phrase in list order, each of its indexOf places in turn. */
    private static List<String> byIndexOf(List<String> phrases, String line, int from) {
        List<String> out = new java.util.ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            for (int at = line.indexOf(phrases.get(p), from); at >= 0; at = line.indexOf(phrases.get(p), at + 1)) {
                out.add(p + "@" + at);
            }
        }
        return out;
    }

    private static List<String> found(FoldedPhrases f, String line, int from) {
        return Arrays.stream(f.find(line, from)).mapToObj(h -> FoldedPhrases.index(h) + "@" + FoldedPhrases.place(h)).toList();
    }

    @Test
    void findsEveryPlaceOfEveryPhraseInListOrderThenPlaceOrder() {
        List<String> phrases = List.of("وفي سياق", "في سياق", "من جهته", "اا");
        FoldedPhrases f = new FoldedPhrases(phrases);
        String line = "مقتل جنودوفي سياق متصل قال من جهته اااا في سياق";
        assertThat(found(f, line, 1)).isEqualTo(byIndexOf(phrases, line, 1))
                .containsExactly("0@9", "1@10", "1@40", "2@27", "3@35", "3@36", "3@37");
    }

    @Test
    void phrasesOfFourCharsOrMoreAreFoundWhereTheyStandAtTheEndToo() {
        // no phrase under four chars: the four-char filter is on (the segmenter's and the outlets' lists)
        List<String> first = List.of("وفي سياق", "في سياق", "من جهته");
        List<String> second = List.of("بدوره", "الي ذلك", "وفي سياق");
        FoldedPhrases f = new FoldedPhrases(first);
        FoldedPhrases g = new FoldedPhrases(second);
        for (String line : List.of("مقتل جنودوفي سياق متصل قال من جهته في سياق", "قال من جهته", "في سي", "في سيا",
                "من جهتهمن جهته", "الي ذلكبدوره قال بدوره", "قالبدوره", "ذهبوفي سياق", "", "في", "في سياق")) {
            for (int from = 0; from < 2; from++) {
                assertThat(found(f, line, from)).as("%s from %d", line, from).isEqualTo(byIndexOf(first, line, from));
                assertThat(found(g, line, from)).as("%s from %d", line, from).isEqualTo(byIndexOf(second, line, from));
            }
        }
        assertThat(found(g, "قالبدوره", 1)).containsExactly("0@3");
        assertThat(found(f, "ذهبوفي سياق", 1)).containsExactly("0@3", "1@4");
    }

    @Test
    void aPhraseAtTheStartIsLeftOutFromOne() {
        FoldedPhrases f = new FoldedPhrases(List.of("في سياق"));
        assertThat(found(f, "في سياق متصل", 1)).isEmpty();
        assertThat(found(f, "في سياق متصل", 0)).containsExactly("0@0");
    }

    @Test
    void aLineWithoutPhrasesGivesNoHits() {
        FoldedPhrases f = new FoldedPhrases(List.of("من جهته"));
        assertThat(f.find("خبر عادي بلا عبارة", 1)).isEmpty();
        assertThat(f.find("", 1)).isEmpty();
        assertThat(f.phrase(0)).isEqualTo("من جهته");
    }

    @Test
    void readsOnlyTheGivenLengthOfAnArray() {
        FoldedPhrases f = new FoldedPhrases(List.of("من جهته", "قال"));
        char[] line = "قال من جهته".toCharArray();
        // the first seven chars: قال stands whole, من جهته is cut off by the length
        assertThat(f.find(line, 7, 0)).containsExactly(1L << 32);
        assertThat(f.find(line, line.length, 0)).containsExactly(4L, 1L << 32);
    }

    @Test
    void refusesAOneCharPhrase() {
        assertThatThrownBy(() -> new FoldedPhrases(List.of("و"))).isInstanceOf(IllegalArgumentException.class);
    }
}
