package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTokenizerTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "وقال       | وقال      | قال",
        "والحسن     | والحسن    | حسن",
        "بالعودة    | بالعوده   | عوده",
        "للمفاوضات  | للمفاوضات | مفاوضات",
        "زوجها      | زوجها     | زوج",
        "فأعلن      | فاعلن     | اعلن",
        "بيسكوف     | بيسكوف    | بيسكوف",
        "كاراباخ    | كاراباخ   | كاراباخ",
        "کاراباخ    | كاراباخ   | كاراباخ",
        "حلَّ        | حل        | حل",
        "لها        | لها       | لها",
    })
    void givesMatchingFormAndCliticFreeStem(String word, String form, String stem) {
        List<Token> tokens = ArabicTokenizer.tokenize(word);
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).surface()).isEqualTo(word);
        assertThat(tokens.get(0).form()).isEqualTo(form);
        assertThat(tokens.get(0).stem()).isEqualTo(stem);
    }

    @Test
    void keepsLatinWordsAndNumbersWhole() {
        List<Token> tokens = ArabicTokenizer.tokenize("تابعوا Google News منذ 2019 بنسبة 3.5% و٢٠٠٨");
        assertThat(tokens).extracting(Token::surface)
                .containsExactly("تابعوا", "Google", "News", "منذ", "2019", "بنسبة", "3.5", "%", "و", "٢٠٠٨");
        assertThat(tokens).extracting(Token::type).containsExactly(Token.Type.ARABIC, Token.Type.LATIN,
                Token.Type.LATIN, Token.Type.ARABIC, Token.Type.NUMBER, Token.Type.ARABIC, Token.Type.NUMBER,
                Token.Type.PUNCTUATION, Token.Type.ARABIC, Token.Type.NUMBER);
        assertThat(tokens.get(9).form()).isEqualTo("2008");
    }

    @Test
    void splitsPunctuationAndQuotesFromWords() {
        List<Token> tokens = ArabicTokenizer.tokenize("«الكرملين»، (أ.ب)");
        assertThat(tokens).extracting(Token::surface).containsExactly("«", "الكرملين", "»", "،", "(", "أ", ".", "ب", ")");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "قال بيسكوف: نعم";
        for (Token t : ArabicTokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
        }
    }

    @Test
    void keepsTatweelAndDiacriticsInsideTheWord() {
        List<Token> tokens = ArabicTokenizer.tokenize("الـــكرملين تكنولوجيّاً");
        assertThat(tokens).extracting(Token::form).containsExactly("الكرملين", "تكنولوجيا");
    }

    @Test
    void emptyAndBlankGiveNoTokens() {
        assertThat(ArabicTokenizer.tokenize("")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(" \n\t")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(null)).isEmpty();
    }

    @Test
    void nonArabicTextIsLatinAndNumbers() {
        assertThat(ArabicTokenizer.tokenize("Kremlin says 5 times")).extracting(Token::type)
                .containsExactly(Token.Type.LATIN, Token.Type.LATIN, Token.Type.NUMBER, Token.Type.LATIN);
    }

    @Test
    void randomTextGivesTokensCoveringEveryNonSpaceChar() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                sb.append((char) (random.nextBoolean() ? 0x0600 + random.nextInt(0x100) : 0x20 + random.nextInt(0x60)));
            }
            String text = sb.toString();
            int covered = 0;
            int last = 0;
            for (Token t : ArabicTokenizer.tokenize(text)) {
                assertThat(t.start()).isGreaterThanOrEqualTo(last);
                assertThat(t.end()).isGreaterThan(t.start());
                covered += t.end() - t.start();
                last = t.end();
            }
            long nonSpace = text.chars().filter(c -> !Character.isWhitespace(c) && !ArabicNormalizer.isMark((char) c)).count();
            assertThat(covered).isGreaterThanOrEqualTo((int) nonSpace - countMarksInside(text));
        }
    }

    private static int countMarksInside(String text) {
        return (int) text.chars().filter(c -> ArabicNormalizer.isMark((char) c)).count();
    }

    @Test
    void theArabicLetterShortcutAgreesWithTheScriptTableOnEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean general = Character.isLetter((char) c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && c != ArabicNormalizer.TATWEEL;
            assertThat(ArabicTokenizer.isArabicLetter((char) c)).as("U+%04X", c).isEqualTo(general);
        }
    }
}
