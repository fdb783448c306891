package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mirsad.text.ArabicNormalizer;

class WordTypesTest {

    @Test
    void levelsDoubleFromOnePercent() {
        assertThat(WordTypes.level(0)).isZero();
        assertThat(WordTypes.level(1)).isEqualTo(1);
        assertThat(WordTypes.level(3)).isEqualTo(2);
        assertThat(WordTypes.level(16)).isEqualTo(5);
        assertThat(WordTypes.level(63)).isEqualTo(6);
        assertThat(WordTypes.level(100)).isEqualTo(7);
    }

    @Test
    void newsContextsMakeACapitalAPlaceAndAVerbNoName() {
        assertThat(WordTypes.size()).isGreaterThan(50_000);
        int riyadh = WordTypes.of(ArabicNormalizer.normalize("الرياض"));
        assertThat(riyadh).isNotEqualTo(WordTypes.NONE);
        int place = WordTypes.percent(riyadh, 1);
        assertThat(place).isGreaterThan(WordTypes.percent(riyadh, 0)).isGreaterThan(WordTypes.percent(riyadh, 2));
        int said = WordTypes.of(ArabicNormalizer.normalize("قال"));
        for (int t = 0; t < WordTypes.TYPES; t++) {
            assertThat(said == WordTypes.NONE ? 0 : WordTypes.percent(said, t)).isLessThan(place);
        }
    }

    @Test
    void unknownWordsHaveNoEntry() {
        assertThat(WordTypes.of("zzqxjv")).isEqualTo(WordTypes.NONE);
    }

    @Test
    void aWordWithCliticsTheNewsNeverShowedTakesItsLongestKnownReading() {
        String cairo = ArabicNormalizer.normalize("القاهرة");
        String inCairo = ArabicNormalizer.normalize("بالقاهرة");
        String soInCairo = ArabicNormalizer.normalize("فبالقاهرة");
        assertThat(WordTypes.of(soInCairo)).isEqualTo(WordTypes.NONE);
        // readings: فبالقاهره, then قاهره (فبال), القاهره (فب), بالقاهره (ف); the longest known one wins
        assertThat(FeatureExtractor.wordTypes(soInCairo)).isEqualTo(WordTypes.of(inCairo)).isNotEqualTo(WordTypes.NONE);
        assertThat(FeatureExtractor.wordTypes(ArabicNormalizer.normalize("فالقاهرة"))).isEqualTo(WordTypes.of(cairo));
        assertThat(FeatureExtractor.wordTypes(cairo)).isEqualTo(WordTypes.of(cairo));
        assertThat(FeatureExtractor.wordTypes("zzqxjv")).isEqualTo(WordTypes.NONE);
    }
}
