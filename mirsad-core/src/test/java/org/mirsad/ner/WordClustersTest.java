package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mirsad.text.ArabicNormalizer;

class WordClustersTest {

    @Test
    void loadsTheShippedTableWithNestedIds() {
        assertThat(WordClusters.size()).isGreaterThan(50_000);
        int riyadh = WordClusters.of(ArabicNormalizer.normalize("الرياض"));
        assertThat(riyadh).isNotEqualTo(WordClusters.NONE);
        assertThat(WordClusters.fine(riyadh)).isBetween(0, 1023);
        assertThat(WordClusters.mid(riyadh)).isBetween(0, 127);
        assertThat(WordClusters.coarse(riyadh)).isBetween(0, 15);
    }

    @Test
    void placesTwoCapitalsCloserThanACapitalAndAVerb() {
        int riyadh = WordClusters.of(ArabicNormalizer.normalize("الرياض"));
        int cairo = WordClusters.of(ArabicNormalizer.normalize("القاهرة"));
        int said = WordClusters.of(ArabicNormalizer.normalize("قال"));
        assertThat(WordClusters.coarse(riyadh)).isEqualTo(WordClusters.coarse(cairo));
        assertThat(WordClusters.mid(riyadh)).isNotEqualTo(WordClusters.mid(said));
    }

    @Test
    void unknownWordsHaveNoCluster() {
        assertThat(WordClusters.of("zzqxjv")).isEqualTo(WordClusters.NONE);
    }
}
