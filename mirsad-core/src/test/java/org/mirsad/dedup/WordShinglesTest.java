package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.mirsad.collect.Hashing;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;
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
            "Reuters SAID | reuters said",
            "ﻻ يمكن ﺍﻟﺘﻔﺎﻭﺽ | لا يمكن التفاوض"})
    void foldsSpellingSpacingAndPunctuation(String variant, String plain) {
        assertThat(WordShingles.words(variant)).containsExactly(WordShingles.words(plain));
        assertThat(WordShingles.sequenceHash(WordShingles.words(variant)))
                .isEqualTo(WordShingles.sequenceHash(WordShingles.words(plain)));
    }

    @Test
    void eachWordHashesAsItsLowerCaseMatchingForm() {
        // the per-char fold must give what hashing the normalised text's words one by one gives, presentation
        // forms (NFKC of the whole text) included
        for (String text : new String[] {"قالَ الرئيسُ: «إنّ الاتفاقَ»", "Putin بوتـــين ٢٠١٩", "ﻻ  ﺗﻔﺎﻭﺽ. Moscow"}) {
            String[] plain = Chars.toLowerCase(ArabicNormalizer.normalize(text)).split("[^\\p{L}\\p{Nd}]+");
            long[] expected = java.util.Arrays.stream(plain).filter(w -> !w.isEmpty())
                    .mapToLong(w -> Hashing.chars(w, 0, w.length())).toArray();
            assertThat(WordShingles.words(text)).as(text).containsExactly(expected);
        }
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
    void distinctCountsWhatShinglesKeeps() {
        // repeats (a refrain, a doubled paragraph), a text shorter than a shingle, none
        for (String text : new String[] {"أ ب ج د هـ أ ب ج د هـ أ ب ج د هـ و", "قال الوزير إن الاتفاق قريب. قال الوزير إن الاتفاق قريب",
                "ثلاث كلمات فقط", ""}) {
            long[] words = WordShingles.words(text);
            long[] all = WordShingles.hashes(words, 5);
            assertThat(WordShingles.distinct(all)).as(text).isEqualTo(WordShingles.shingles(words, 5).length);
            assertThat(java.util.Arrays.stream(all).distinct().sorted().toArray()).as(text)
                    .containsExactly(WordShingles.shingles(words, 5));
        }
        // zero is the set's empty mark, counted apart; values that share a slot probe on
        assertThat(WordShingles.distinct(new long[] {0, 7, 0, 7, 7 + 1024, 7 + 2048, -1, 0})).isEqualTo(5);
        assertThat(WordShingles.distinct(new long[0])).isZero();
    }

    @Test
    void wordSequenceOrderChangesTheExactHash() {
        assertThat(WordShingles.sequenceHash(WordShingles.words("واحد اثنان")))
                .isNotEqualTo(WordShingles.sequenceHash(WordShingles.words("اثنان واحد")));
    }
}
