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
}
