package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mirsad.gazetteer.Actor;
import org.mirsad.gazetteer.ActorDictionary;
import org.mirsad.gazetteer.Countries;
import org.mirsad.gazetteer.Country;

/**
 * The gazetteer and trigger marks of a sentence, which the tagger finds by growing each phrase a word at
 * a time and stopping where no listed phrase goes on ({@link PhraseSet#opens}), are those of trying every
 * length at every token from the longest down.
 */
class PhraseMarksTest {

    /** Every length, longest first, each hashed from its first word: the search the marks used to make. */
    private static boolean matches(PhraseSet set, NerWord[] w, int start, int len) {
        long plain = PhraseSet.START;
        long stripped = PhraseSet.START;
        for (int j = start; j < start + len; j++) {
            plain = PhraseSet.combine(plain, w[j].normHash);
            stripped = PhraseSet.combine(stripped, j == start ? w[j].stripHash : w[j].normHash);
        }
        return set.contains(plain) || set.contains(stripped);
    }

    private static byte[] marks(PhraseSet set, NerWord[] w) {
        byte[] marks = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int len = Math.min(set.maxWords(), w.length - i); len >= 1; len--) {
                if (matches(set, w, i, len)) {
                    marks[i] = marks[i] == 0 ? 1 : marks[i];
                    for (int j = i + 1; j < i + len; j++) {
                        marks[j] = 2;
                    }
                    break;
                }
            }
        }
        return marks;
    }

    private static boolean[] afterTrigger(NerWord[] w) {
        boolean[] out = new boolean[w.length];
        PhraseSet t = Gazetteers.TRIGGERS;
        for (int start = 0; start < w.length; start++) {
            for (int len = 1; len <= t.maxWords() && start + len < w.length; len++) {
                if (matches(t, w, start, len)) {
                    out[start + len] = true;
                }
            }
        }
        return out;
    }

    @Test
    void theMarksOfGrownPhrasesAreThoseOfEveryLength() {
        List<String> phrases = new ArrayList<>();
        for (Country c : Countries.all()) {
            phrases.addAll(c.arabic());
        }
        for (Actor a : ActorDictionary.all()) {
            phrases.add(a.name());
        }
        phrases.addAll(WordList.load(Gazetteers.class, "triggers.txt"));
        String[] filler = {"قال", "في", "إن", "وزير", "الخارجية", "مجلس", "الأمن", "،", "."};
        String[] clitics = {"", "", "و", "ب", "ل", "وب"};
        Random random = new Random(7);
        int marked = 0;
        int triggered = 0;
        for (int s = 0; s < 2_000; s++) {
            List<String> tokens = new ArrayList<>();
            int pieces = 2 + random.nextInt(5);
            for (int p = 0; p < pieces; p++) {
                if (random.nextBoolean()) {
                    tokens.add(filler[random.nextInt(filler.length)]);
                }
                String[] words = phrases.get(random.nextInt(phrases.size())).strip().split("\\s+");
                // a phrase cut short or whole, its first word sometimes with a clitic
                int keep = random.nextInt(3) == 0 ? 1 + random.nextInt(words.length) : words.length;
                for (int k = 0; k < keep; k++) {
                    tokens.add(k == 0 ? clitics[random.nextInt(clitics.length)] + words[k] : words[k]);
                }
            }
            NerWord[] w = NerWord.of(tokens.toArray(String[]::new));
            FeatureExtractor.Sentence sentence = new FeatureExtractor.Sentence(w);
            for (int k = 0; k < Gazetteers.KINDS; k++) {
                byte[] expected = marks(Gazetteers.LISTS[k], w);
                assertThat(sentence.gazetteer[k]).as("%s, list %d", tokens, k).containsExactly(expected);
                for (byte b : expected) {
                    marked += b == 2 ? 1 : 0;
                }
            }
            boolean[] expected = afterTrigger(w);
            assertThat(sentence.afterTrigger).as("%s", tokens).containsExactly(expected);
            for (boolean b : expected) {
                triggered += b ? 1 : 0;
            }
        }
        // the sentences hold multi-word phrases and triggers, so the search was put to work
        assertThat(marked).isGreaterThan(1_000);
        assertThat(triggered).isGreaterThan(100);
    }
}
