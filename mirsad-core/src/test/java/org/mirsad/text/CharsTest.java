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
            assertThat(Chars.isLetter(c)).as("isLetter U+%04X", i).isEqualTo(Character.isLetter(c));
            assertThat(Chars.isDigit(c)).as("isDigit U+%04X", i).isEqualTo(Character.isDigit(c));
            assertThat(Chars.isWhitespace(c)).as("isWhitespace U+%04X", i).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void foldsLatinCaseAndKeepsArabic() {
        assertThat(Chars.toLowerCase('Q')).isEqualTo('q');
        assertThat(Chars.toLowerCase('ب')).isEqualTo('ب');
        assertThat(Chars.isLetterOrDigit('-')).isFalse();
        assertThat(Chars.isLetterOrDigit('\u064B')).isFalse(); // fathatan, a mark
    }

    @Test
    void textsLowerCaseAsStringDoes() {
        char[] alphabet = {'A', 'z', 'Q', '1', ' ', 'ب', '\u064E', '\u00A0', '\u00AB', '\u2014', '\u0130', '\u03A3', 'É',
                '\uFEFB', '\u2070', '\u2071'};
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 5_000; round++) {
            char[] cs = new char[random.nextInt(9)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(cs);
            assertThat(Chars.toLowerCase(s)).as("%s", s).isEqualTo(s.toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            String s = "Ab" + (char) i + "س";
            assertThat(Chars.toLowerCase(s)).as("U+%04X", i).isEqualTo(s.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
