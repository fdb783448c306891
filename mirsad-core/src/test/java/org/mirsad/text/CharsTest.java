package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void everyCharGetsCharactersAnswers() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Chars.toLowerCase(c)).as("toLowerCase U+%04X", i).isEqualTo(Character.toLowerCase(c));
            assertThat(Chars.isLetterOrDigit(c)).as("isLetterOrDigit U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
        }
    }

    @Test
    void foldsLatinCaseAndKeepsArabic() {
        assertThat(Chars.toLowerCase('Q')).isEqualTo('q');
        assertThat(Chars.toLowerCase('ب')).isEqualTo('ب');
        assertThat(Chars.isLetterOrDigit('-')).isFalse();
        assertThat(Chars.isLetterOrDigit('\u064B')).isFalse(); // fathatan, a mark
    }
}
