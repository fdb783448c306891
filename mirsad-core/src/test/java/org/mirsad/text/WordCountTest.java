package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsWordsAsSplittingOnWhiteSpaceDid() {
        List<String> texts = List.of("", "   ", "كلمة", " قال  إن\tالوضع\n\nمستقر ", "a\u000Bb\fc\rd",
                "\u00A0كلمة\u00A0أخرى", "x\u2003y", "«نص» ، آخر .", "\u2028 بداية ونهاية \u2029");
        for (String t : texts) {
            String stripped = t.strip();
            int expected = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
            assertThat(WordCount.of(t)).as("words in [%s]", t).isEqualTo(expected);
        }
    }
}
