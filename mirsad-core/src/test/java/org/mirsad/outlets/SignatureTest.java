package org.mirsad.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "a b", "a  b", " a ", "a\tb", "a \t\n b", "\r\n", "وزير  الخارجية\u000Bقال\f",
            "a\u00A0b", "a\u2003 b", "  leading", "trailing  "})
    void oneSpaceIsTheRegularExpressionsReplacement(String s) {
        assertThat(Signature.oneSpace(s)).isEqualTo(s.replaceAll("\\s+", " "));
    }

    @Test
    void oneSpaceAgreesWithTheRegularExpressionOnMixedText() {
        char[] alphabet = {' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', 'a', 'ب', '-', '\u2028'};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] cs = new char[random.nextInt(12)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(cs);
            assertThat(Signature.oneSpace(s)).as("%s", s.chars().boxed().toList()).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void foldNormalisesLowerCasesAndJoinsSpaces() {
        assertThat(Signature.fold("  Al   Arabiya\tالعربيّة  ")).isEqualTo("al arabiya العربيه");
    }

    /** The one-pass fold gives what normalising, lower-casing and joining spaces in turn give. */
    @Test
    void foldAsItsThreePasses() {
        String[] pieces = {"ا", "أ", "ة", "ّ", "ـ", "٣", "A", "z", " ", "  ", "\t", "\n", "\u00A0", "\u200F", "«", "À", "Σ", "İ", "ﻻ", "\uFFFF", "x"};
        java.util.Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            String expected = Signature.oneSpace(org.mirsad.text.Chars.toLowerCase(
                    org.mirsad.text.ArabicNormalizer.normalize(s.strip())));
            assertThat(Signature.fold(s)).as("%s", s.chars().boxed().toList()).isEqualTo(expected);
        }
    }
}
