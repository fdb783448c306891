package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The clusterer's fast comparisons give what the plain ones give, to the last bit. */
class StoryTest {

    private static final int VOCABULARY = 2_000;

    private final Random random = new Random(7);
    private final List<String> termNames = new ArrayList<>();

    StoryTest() {
        for (int t = 0; t < VOCABULARY; t++) {
            termNames.add("t" + t);
        }
    }

    /** An article of {@code n} distinct terms (ids ascending, unit length) and a few of {@code entities}. */
    private PlacedArticle article(int n, List<String> entities) {
        TreeSet<Integer> ids = new TreeSet<>();
        while (ids.size() < n) {
            ids.add(random.nextInt(VOCABULARY));
        }
        int[] termIds = ids.stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.1 + random.nextDouble();
            norm += w[i] * w[i];
        }
        float[] unit = new float[n];
        for (int i = 0; i < n; i++) {
            unit[i] = (float) (w[i] / Math.sqrt(norm));
        }
        Set<String> named = new HashSet<>();
        for (int k = random.nextInt(6); k > 0; k--) {
            named.add(entities.get(random.nextInt(entities.size())));
        }
        StoryFingerprint f = new StoryFingerprint("a" + random.nextInt(), 0L, new String[0], new float[0], named,
                LocalDate.of(2015, 7, 1 + random.nextInt(28)));
        return new PlacedArticle(f, termIds, unit, termIds);
    }

    @Test
    void walkingTheCentroidGivesTheBinarySearchesCosineAndMaskedEntitiesTheLookedUpOnes() {
        List<String> entities = new ArrayList<>();
        for (int e = 0; e < 300; e++) {
            entities.add("entity:" + e);
        }
        int[] mark = new int[VOCABULARY];
        float[] unitByTerm = new float[VOCABULARY];
        int stamp = 0;
        int compared = 0;
        int sharedTerms = 0;
        int maskedOut = 0;
        int sharedEntities = 0;
        for (int members : new int[] {1, 2, 5, 40}) {
            for (int round = 0; round < 20; round++) {
                Story s = new Story("s", 0);
                for (int m = 0; m < members; m++) {
                    s.add(article(40, entities), termNames);
                }
                // Articles of 40 terms walk the centroid; of 2, the centroid is searched (over 32 per article term).
                for (int n : new int[] {40, 12, 2}) {
                    PlacedArticle a = article(n, entities);
                    stamp++;
                    for (int i = 0; i < n; i++) {
                        mark[a.termIds()[i]] = stamp;
                        unitByTerm[a.termIds()[i]] = a.unit()[i];
                    }
                    double plain = s.cosine(a.termIds(), a.unit());
                    double walked = s.cosine(a.termIds(), a.unit(), mark, unitByTerm, stamp);
                    assertThat(Double.doubleToLongBits(walked)).isEqualTo(Double.doubleToLongBits(plain));
                    Set<String> named = a.fingerprint().entities();
                    double looked = s.entityCosine(named);
                    double masked = s.entityCosine(named, Story.entityMask(named));
                    assertThat(Double.doubleToLongBits(masked)).isEqualTo(Double.doubleToLongBits(looked));
                    compared++;
                    sharedTerms += plain > 0 ? 1 : 0;
                    maskedOut += looked == 0 ? 1 : 0;
                    sharedEntities += looked > 0 ? 1 : 0;
                }
            }
        }
        // The comparisons cover both outcomes of each: shared terms and none, shared entities and none.
        assertThat(sharedTerms).isBetween(1, compared - 1);
        assertThat(maskedOut).isPositive();
        assertThat(sharedEntities).isPositive();
        // Past twice the maximum, a centroid keeps its strongest terms: 40 members of 40 terms went through it.
        Story big = new Story("big", 1);
        for (int m = 0; m < 40; m++) {
            big.add(article(40, entities), termNames);
        }
        assertThat(big.terms.length).isBetween(Story.MAX_TERMS, 2 * Story.MAX_TERMS);
        assertThat(big.entities.size()).isLessThanOrEqualTo(2 * Story.MAX_ENTITIES);
    }
}
