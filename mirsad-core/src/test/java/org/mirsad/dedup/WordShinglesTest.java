package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordShinglesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "قالَ الرئيسُ إنّ الاتفاقَ نهائيّ | قال الرئيس إن الاتفاق نهائي",
            "انتهاکات کاراباخ | انتهاكات كاراباخ",
            "أعلنت الوزارة، اليوم (الأحد): | اعلنت الوزاره اليوم الاحد",
            "عام ٢٠١٩ و۲۰۲۳ | عام 2019 و2023",
            "الكـــرملين   \t يسعى | الكرملين يسعى",
            "Reuters SAID | reuters said"})
    void foldsSpellingSpacingAndPunctuation(String variant, String plain) {
        assertThat(WordShingles.words(variant)).containsExactly(WordShingles.words(plain));
        assertThat(WordShingles.sequenceHash(WordShingles.words(variant)))
                .isEqualTo(WordShingles.sequenceHash(WordShingles.words(plain)));
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoWords() {
        assertThat(WordShingles.words("")).isEmpty();
        assertThat(WordShingles.words(null)).isEmpty();
        assertThat(WordShingles.words(" «» ، . - ")).isEmpty();
        assertThat(WordShingles.shingles(new long[0], 5)).isEmpty();
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(WordShingles.shingles(WordShingles.words("ثلاث كلمات فقط"), 5)).hasSize(1);
    }

    @Test
    void shinglesAreDistinctAndOrderSensitive() {
        long[] words = WordShingles.words("أ ب ج د هـ أ ب ج د هـ");
        assertThat(WordShingles.shingles(words, 5)).hasSize(5);
        long[] ab = WordShingles.shingles(WordShingles.words("واحد اثنان"), 2);
        long[] ba = WordShingles.shingles(WordShingles.words("اثنان واحد"), 2);
        assertThat(ab).doesNotContain(ba[0]);
    }

    @Test
    void wordSequenceOrderChangesTheExactHash() {
        assertThat(WordShingles.sequenceHash(WordShingles.words("واحد اثنان")))
                .isNotEqualTo(WordShingles.sequenceHash(WordShingles.words("اثنان واحد")));
    }
}
