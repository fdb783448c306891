package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

class FoldedTextTest {

    /** Every char folds as the normaliser's fold, lower-cased, and marks go: the table answers the definition. */
    @Test
    void everyCharFoldsAsTheDefinitionSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String folded = FoldedText.fold(String.valueOf(c));
            String expected = ArabicNormalizer.isMark(c) ? "" : String.valueOf(Chars.toLowerCase(ArabicNormalizer.fold(c)));
            assertThat(folded).as("U+%04X", (int) c).isEqualTo(expected);
        }
        assertThat(FoldedText.fold("\uFFFF")).isEqualTo("\uFFFF");
    }

    @Test
    void mapsFoldedOffsetsBackToTheText() {
        String text = "قالَ الوزيرُ Ali: إنّ"; // marks after ق ا ل, after ر, after ن
        FoldedText f = new FoldedText(text);
        assertThat(f.folded()).isEqualTo("قال الوزير ali: ان");
        for (int i = 0; i < f.folded().length(); i++) {
            char original = text.charAt(f.origin(i));
            assertThat(Chars.toLowerCase(ArabicNormalizer.fold(original))).as("at %d", i).isEqualTo(f.folded().charAt(i));
        }
        assertThat(f.origin(4)).isEqualTo(5); // the space after the mark of قالَ

        FoldedText plain = new FoldedText("بدون حركات");
        assertThat(plain.folded()).isEqualTo("بدون حركات");
        assertThat(plain.origin(5)).isEqualTo(5);
    }
}
