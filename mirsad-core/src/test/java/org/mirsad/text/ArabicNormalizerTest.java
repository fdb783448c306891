package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per rule of the matching form, beyond Lucene's own vectors. */
class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "alef wasla          | ٱلله            | الله",
        "keheh               | کاراباخ         | كاراباخ",
        "keheh inside a word | انتهاکات        | انتهاكات",
        "farsi yeh           | ایران           | ايران",
        "ae                  | ۀ               | ه",
        "arabic-indic digits | ٢٠١٩            | 2019",
        "extended digits     | ۲۰۰۸            | 2008",
        "shadda and fatha    | حلَّ             | حل",
        "shadda in a word    | تتخوَّف          | تتخوف",
        "tanween and shadda  | تكنولوجيّاً      | تكنولوجيا",
        "superscript alef    | هٰذا            | هذا",
        "presentation forms  | ﻻ               | لا",
        "latin kept          | Google News     | Google News",
    })
    void foldsToMatchingForm(String rule, String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertThat(ArabicNormalizer.normalize("")).isEmpty();
        assertThat(ArabicNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void everyCharAloneAndInAWordGivesTheRulesAnswer() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            String c = String.valueOf((char) i);
            assertThat(ArabicNormalizer.normalize(c)).as("U+%04X", i).isEqualTo(byTheRules(c));
            String word = "كتاب" + c + "ة";
            assertThat(ArabicNormalizer.normalize(word)).as("in a word, U+%04X", i).isEqualTo(byTheRules(word));
        }
    }

    /** A char's matching form alone is what normalize writes of it, except for the chars that send the whole text through NFKC. */
    @Test
    void everyCharsMatchingFormIsWhatNormalizeWritesOfIt() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            String c = String.valueOf((char) i);
            int m = ArabicNormalizer.matching((char) i);
            if (m == ArabicNormalizer.WHOLE_TEXT) {
                assertThat(i).as("U+%04X", i).isGreaterThanOrEqualTo(0xFB50);
            } else {
                String expected = m == ArabicNormalizer.DROPPED ? "" : String.valueOf((char) m);
                assertThat(ArabicNormalizer.normalize("ب" + c + "ة")).as("U+%04X", i).isEqualTo("ب" + expected + "ه");
            }
        }
        assertThat(ArabicNormalizer.matching('\uFEFB')).isEqualTo(ArabicNormalizer.WHOLE_TEXT); // the lam-alef ligature
        assertThat(ArabicNormalizer.matching('\u064E')).isEqualTo(ArabicNormalizer.DROPPED); // fatha
        assertThat(ArabicNormalizer.matching('\u0623')).isEqualTo('\u0627'); // alef with hamza: bare alef
    }

    @Test
    void mixedTextGivesTheRulesAnswer() {
        char[] alphabet = {'ا', 'أ', 'ة', 'ى', 'ک', 'ی', '\u064E', '\u0651', '\u0640', '\u0670', '٣', '۷', 'a', ' ',
                '\uFEFB', '\uFB8E', '\uFF21', '\u06D6', '\u0610', 'ه', '\u0700', '\uFFFF'};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 5_000; round++) {
            char[] cs = new char[1 + random.nextInt(10)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(cs);
            assertThat(ArabicNormalizer.normalize(s)).as("%s", s.chars().boxed().toList()).isEqualTo(byTheRules(s));
        }
    }

    /** The matching form as the rules state it, char by char: NFKC when a compatibility char is there, marks out, the rest folded. */
    private static String byTheRules(String text) {
        boolean nfkc = text.chars().anyMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF || c >= 0xFF00 && c <= 0xFFEF);
        String s = nfkc ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC) : text;
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (!ArabicNormalizer.isMark(c)) {
                out.append(ArabicNormalizer.fold(c));
            }
        }
        return out.toString();
    }

    @Test
    void foldedLowerIsFoldThenLowerCaseAndMinusOneForAMark() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int expected = ArabicNormalizer.isMark(c) ? -1 : Chars.toLowerCase(ArabicNormalizer.fold(c));
            assertThat(ArabicNormalizer.foldedLower(c)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void lowerMatchingFormIsNormaliseThenLowerCaseOfTheSlice() {
        String[] pieces = {"ا", "أ", "ة", "ى", "ّ", "ـ", "٣", "۵", "ک", "A", "z", "Q", " ", "\t", "\u00A0", "\u200F", "«", "À", "Σ",
                "İ", "ﻻ", "ﷲ", "\uFFFF", "\uD801\uDC00", "x"};
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            String expected = Chars.toLowerCase(ArabicNormalizer.normalize(s.substring(from, to)));
            assertThat(ArabicNormalizer.lowerMatchingForm(s, from, to)).as("%s [%d, %d)", s.chars().boxed().toList(), from, to)
                    .isEqualTo(expected);
        }
        String word = "كلمه"; // nothing to change: the text itself, no copy
        assertThat(ArabicNormalizer.lowerMatchingForm(word, 0, word.length())).isSameAs(word);
        assertThat(ArabicNormalizer.lowerMatchingForm("كلمة", 0, 4)).isEqualTo("كلمه");
    }

    @Test
    void caselessFoldedLowerIsFoldedLowerOfEveryCaselessCharAndCasedForTheRest() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int expected = c >= 0x80 && !Chars.caseless(c) ? ArabicNormalizer.CASED : ArabicNormalizer.foldedLower(c);
            assertThat(ArabicNormalizer.caselessFoldedLower(c)).as("U+%04X", i).isEqualTo(expected);
        }
        assertThat(ArabicNormalizer.caselessFoldedLower('\u0623')).isEqualTo('\u0627');
        assertThat(ArabicNormalizer.caselessFoldedLower('\u064E')).isEqualTo(-1);
        assertThat(ArabicNormalizer.caselessFoldedLower('\u00C9')).isEqualTo(ArabicNormalizer.CASED);
    }

    @Test
    void withoutMarksDropsDiacriticsAndTatweelAndKeepsTheLetters() {
        assertThat(ArabicNormalizer.withoutMarks("اللَّهُ")).isEqualTo("الله");
        assertThat(ArabicNormalizer.withoutMarks("بـنـك الـمـركزي")).isEqualTo("بنك المركزي");
        // hamza forms and ة are letters, not marks: only normalize folds them
        assertThat(ArabicNormalizer.withoutMarks("إدلب الشماليّة")).isEqualTo("إدلب الشمالية");
        String plain = "عزام الدخيل";
        assertThat(ArabicNormalizer.withoutMarks(plain)).isSameAs(plain);
    }
}
