package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentVotesTest {

    private static final int PERS = 0;
    private static final int ORG = 2;

    private static FeatureExtractor.Sentence sentence(String text) {
        return new FeatureExtractor.Sentence(text.split(" "));
    }

    private static int[] labels(String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = Labels.index(names[i]);
        }
        return out;
    }

    @Test
    void aWordGetsTheTypeItWasGivenElsewhereButNotItsOwnLabel() {
        FeatureExtractor.Sentence a = sentence("قال سامر إن الاتحاد فاز");
        int[] la = labels("O", "B-PERS", "O", "B-ORG", "O");
        FeatureExtractor.Sentence b = sentence("وصل سامر إلى الملعب");
        int[] lb = labels("O", "B-PERS", "O", "O");
        FeatureExtractor.Sentence c = sentence("هنأ وسامر الاتحاد");
        int[] lc = labels("O", "O", "O");
        DocumentVotes votes = new DocumentVotes();
        votes.add(a, la);
        votes.add(b, lb);
        votes.add(c, lc);

        int[] codes = votes.codes(c, lc);
        // وسامر (stem سامر): its two other occurrences were both PERS, the largest share
        assertThat(codes[1]).isEqualTo(1 + 3 * PERS + 2);
        // الاتحاد: its one other occurrence was ORG
        assertThat(codes[2]).isEqualTo(1 + 3 * ORG + 2);
        // هنأ occurs nowhere else
        assertThat(codes[0]).isZero();

        int[] inA = votes.codes(a, la);
        // سامر in a: of its two other occurrences one (b) is PERS: a share of a half
        assertThat(inA[1]).isEqualTo(1 + 3 * PERS + 1);
        // إن has two letters: too short to vote
        assertThat(inA[2]).isZero();
    }

    @Test
    void aRepeatedWordNeverTaggedVotesNever() {
        FeatureExtractor.Sentence a = sentence("أعلنت الحكومة");
        FeatureExtractor.Sentence b = sentence("قررت الحكومة");
        DocumentVotes votes = new DocumentVotes();
        votes.add(a, labels("O", "O"));
        votes.add(b, labels("O", "O"));
        assertThat(votes.codes(b, labels("O", "O"))[1]).isEqualTo(DocumentVotes.NEVER);
        votes.clear();
        votes.add(b, labels("O", "O"));
        assertThat(votes.codes(b, labels("O", "O"))[1]).isZero();
    }
}
