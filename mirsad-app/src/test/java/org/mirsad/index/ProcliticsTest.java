package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {

    /** The rule as the prefix list states it: the first prefix (longest first) that leaves a stem not beginning with و. */
    private static String byList(String word) {
        for (String p : Proclitics.PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= Proclitics.MIN_STEM
                    && word.charAt(p.length()) != Proclitics.WAW) {
                return word.substring(p.length());
            }
        }
        return null;
    }

    @Test
    void stripIsThePrefixListReadInOrderForEveryShortWordOfProcliticLettersAndOthers() {
        // و ف ب ل ك, and ا ت ن which begin no proclitic: every word of up to six of these letters.
        char[] letters = {'\u0648', '\u0641', '\u0628', '\u0644', '\u0643', '\u0627', '\u062A', '\u0646'};
        int stripped = 0;
        int words = 0;
        StringBuilder w = new StringBuilder();
        for (int length = 0; length <= 6; length++) {
            int combinations = (int) Math.pow(letters.length, length);
            for (int c = 0; c < combinations; c++) {
                w.setLength(0);
                for (int i = 0, x = c; i < length; i++, x /= letters.length) {
                    w.append(letters[x % letters.length]);
                }
                String word = w.toString();
                String expected = byList(word);
                assertThat(Proclitics.strip(word)).as(word).isEqualTo(expected);
                if (expected != null) {
                    stripped++;
                    assertThat(Proclitics.mayStartOne(word.charAt(0))).as(word).isTrue();
                }
                words++;
            }
        }
        assertThat(stripped).isBetween(1, words - 1);
        assertThat(Proclitics.strip("\u0648\u0628\u0643\u0627\u0631\u0627\u0628\u0627\u062E")).isEqualTo("\u0643\u0627\u0631\u0627\u0628\u0627\u062E");
    }
}
