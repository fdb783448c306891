package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.Caption;

class CaptionDetectorTest {

    private final CaptionDetector detector = CaptionDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "لاعبو الفريق يحتفلون بالهدف (أ.ب)                       | لاعبو الفريق يحتفلون بالهدف                | أ.ب",
        "مبنى البرلمان في العاصمة (أرشيفية - رويترز)             | مبنى البرلمان في العاصمة                   | أرشيفية - رويترز",
        "الرئيس خلال القمة (أ ف ب)                               | الرئيس خلال القمة                          | أ ف ب",
        "A crowd in the square (Getty Images)                    | A crowd in the square                      | Getty Images",
        "الوزير (يسار) ونظيره في المؤتمر (إ.ب.أ)                 | الوزير (يسار) ونظيره في المؤتمر            | إ.ب.أ",
    })
    void splitsTheCreditOff(String line, String text, String credit) {
        assertThat(detector.caption(line, false)).contains(new Caption(text, credit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قال الوزير إن الاجتماع كان مثمراً (الثلاثاء).",
        "وأعلن الجيش سيطرته على البلدة، وفق ما نقلت (رويترز).",
        "الوزير خلال المؤتمر (يسار)",
        "زيارة مرتقبة للرئيس إلى الصين",
        "• 12 مقعداً في المجالس البلدية من الفئة الثالثة",
        "  •  هل تتابع المباريات؟",
    })
    void proseAndSubheadsAreNotCaptions(String line) {
        assertThat(detector.caption(line, false)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "  •  الوزير خلال المؤتمر الصحافي | true",
        "صورة عامة لمبنى الوزارة          | false",
        "لقطة من شريط فيديو للحادث        | false",
        "الوزير خلال المؤتمر الصحافي      | true",
    })
    void recognisesBulletCueAndRepetition(String line, boolean repeated) {
        assertThat(detector.caption(line, repeated)).isPresent();
    }

    /** The quick test before the credit pattern agrees with the pattern's ending, {@code \)\s*$}. */
    @org.junit.jupiter.api.Test
    void endsWithParenAsThePatternEnds() {
        java.util.regex.Pattern ending = java.util.regex.Pattern.compile("\\)\\s*$");
        for (String s : new String[] {"a (b)", "a (b) ", "a (b)\t", "a (b)\n", "a (b)\u0085", "a (b) \u2028", "a (b)\u2029",
                "a (b)\u2028 ", "a (b)\u00A0", "a (b).", ")", "", " ", "a (b)\r\n", "a (b)\n\n", "a (b)\u0085\u0085"}) {
            assertThat(CaptionDetector.endsWithParen(s)).as("«%s»", s).isEqualTo(ending.matcher(s).find());
        }
    }
}
