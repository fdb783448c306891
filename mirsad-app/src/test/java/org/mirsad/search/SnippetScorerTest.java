package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

    /** Passages of up to a dozen matches of a few terms, some repeated, some sharing a prefix. */
    private static Passage passage(Random random) {
        String[] words = {"بوتين", "بوتي", "الكرملين", "كاراباخ", "ناغورنو", "b", "ba"};
        Passage p = new Passage();
        int start = random.nextInt(5_000);
        p.setStartOffset(start);
        p.setEndOffset(start + 600 + random.nextInt(200)); // matches lie within the passage
        int offset = start;
        for (int m = random.nextInt(13); m > 0; m--) {
            offset += 1 + random.nextInt(40);
            String word = words[random.nextInt(words.length)];
            p.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + Math.abs(word.hashCode() % 9));
        }
        return p;
    }

    @Test
    void scoresEveryPassageAsLucenesScorer() {
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        Random random = new Random(7);
        int withRepeats = 0;
        for (int i = 0; i < 5_000; i++) {
            Passage p = passage(random);
            int contentLength = p.getEndOffset() + random.nextInt(20_000);
            float expected = lucene.score(p, contentLength);
            assertThat(ours.score(p, contentLength)).as("passage %s", p).isEqualTo(expected);
            if (p.getNumMatches() > 7) {
                withRepeats++;
            }
        }
        assertThat(withRepeats).isGreaterThan(100); // more matches than words: terms repeat
    }
}
