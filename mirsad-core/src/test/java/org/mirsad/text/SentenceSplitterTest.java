package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per rule; expected sentences are separated by ' / '. */
class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "full stop ends            | وصل الوفد. بدأت المحادثات.           | وصل الوفد. / بدأت المحادثات.",
        "arabic comma never ends   | وصل الوفد، وبدأت المحادثات.          | وصل الوفد، وبدأت المحادثات.",
        "arabic question mark      | هل وصل؟ نعم وصل.                     | هل وصل؟ / نعم وصل.",
        "arabic semicolon          | تأخر الوفد؛ لسوء الأحوال              | تأخر الوفد؛ / لسوء الأحوال",
        "exclamation               | يا له من يوم! انتهى                  | يا له من يوم! / انتهى",
        "ellipsis of three dots    | وصل الوزير... وفي استقباله نظيره      | وصل الوزير... / وفي استقباله نظيره",
        "unicode ellipsis          | انتظروا… ثم عادوا                    | انتظروا… / ثم عادوا",
        "headline double dot       | انتهاكات بالإقليم.. والطرفان مستعدان  | انتهاكات بالإقليم.. / والطرفان مستعدان",
        "no split inside guillemets| قال «الوضع مروّع. والسكان يختبئون» أمس. ثم غادر. | قال «الوضع مروّع. والسكان يختبئون» أمس. / ثم غادر.",
        "closing guillemet ends    | قال «انتهى الأمر.» ثم غادر.           | قال «انتهى الأمر.» / ثم غادر.",
        "straight quotes           | قال: \"نحن هنا. وسنبقى\". وغادر.        | قال: \"نحن هنا. وسنبقى\". / وغادر.",
        "abbreviation no split     | الصورة (أ.ب) من بيونغ يانغ.           | الصورة (أ.ب) من بيونغ يانغ.",
        "decimal no split          | ارتفع 3.5 في المئة.                  | ارتفع 3.5 في المئة.",
        "latin sentences           | It rained. Then it stopped.          | It rained. / Then it stopped.",
    })
    void splitsAtSentenceEnds(String rule, String text, String expected) {
        List<String> got = SentenceSplitter.split(text).stream().map(Sentence::text).toList();
        assertThat(got).containsExactlyElementsOf(Arrays.asList(expected.split(" / ")));
    }

    @Test
    void unclosedQuoteEndsAtABlankLine() {
        List<Sentence> got = SentenceSplitter.split("قال: \"لا يجوز. بل يجب\n\nفقرة جديدة. وأخرى.");
        assertThat(got).extracting(Sentence::text).containsExactly("قال: \"لا يجوز. بل يجب", "فقرة جديدة.", "وأخرى.");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  أولى. ثانية؟  ثالثة  ";
        for (Sentence s : SentenceSplitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void emptyGivesNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split("   \n ")).isEmpty();
        assertThat(SentenceSplitter.split(null)).isEmpty();
    }
}
