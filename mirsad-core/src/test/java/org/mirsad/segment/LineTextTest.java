package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mirsad.text.ArabicNormalizer;

class LineTextTest {

    @Test
    void keyFoldsCaseSpacesAndInvisibleMarks() {
        assertThat(LineText.key("  • اقرأ  أيضاً:\u00A0Read\u200F ALSO ")).isEqualTo("اقرا ايضا: read also");
        assertThat(LineText.key("\u200Fالمصدر\t\t: واس")).isEqualTo("المصدر : واس");
        assertThat(LineText.key("ÀB\uD801\uDC00")).isEqualTo("àb\uD801\uDC28"); // a supplementary capital too
        assertThat(LineText.key(" \u00A0 ")).isEmpty();
    }

    /** The key is the matching form lower-cased with spaces collapsed and format chars dropped, char by char as defined. */
    @Test
    void keyAsDefinedOnEveryCharAndOnMixedLines() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "ا" + c + "ب";
            assertThat(LineText.key(s)).as("U+%04X", (int) c).isEqualTo(reference(s));
        }
        String[] pieces = {"ا", "أ", "ة", "A", "z", " ", "\t", "\u00A0", "\u200F", "\u2028", "ً", "ـ", "٣", "ﻻ", "\uD801\uDC00", "Σ", "İ", "\u007F", ".", "•", "\uD801", "\uDC00", "\u0600"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(LineText.key(b.toString())).as("«%s»", b).isEqualTo(reference(b.toString()));
        }
    }

    /** The key as first written: matching form, then a code point at a time through the Unicode tables. */
    private static String reference(String line) {
        String s = ArabicNormalizer.normalize(LineText.withoutBullet(line));
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        return out.toString();
    }
}
