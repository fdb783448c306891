package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void foldsAreContiguousAndCoverEverySentenceOnce() {
        int size = 23;
        int folds = 5;
        assertThat(CrossValidation.bound(size, folds, 0)).isZero();
        assertThat(CrossValidation.bound(size, folds, folds)).isEqualTo(size);
        for (int f = 0; f < folds; f++) {
            int width = CrossValidation.bound(size, folds, f + 1) - CrossValidation.bound(size, folds, f);
            assertThat(width).isBetween(size / folds, size / folds + 1);
        }
    }

    @Test
    void poolsTheScoresOfEveryFold() throws Exception {
        List<ConllSentence> one = Conll.read(Path.of(CrossValidationTest.class.getResource("tiny-train.txt").toURI()));
        List<ConllSentence> data = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            data.addAll(one);
        }
        NerEvaluation pooled = CrossValidation.run(data, 3, new NerTrainer.Options(14, 8, 1L));
        int entities = 0;
        for (ConllSentence s : data) {
            entities += LabelSpan.of(s.tags().stream().mapToInt(Labels::index).toArray()).size();
        }
        // every sentence is scored once, by a model trained on copies of it: all found
        assertThat(pooled.report()).contains(String.format(java.util.Locale.ROOT, "%7d", entities));
        assertThat(pooled.f1(0, 1, 2)).isEqualTo(1.0);
        // and each fold's own PERS+LOC+ORG F1 is listed, for the spread between folds
        assertThat(pooled.report()).contains("PERS+LOC+ORG F1 per fold: 1.0000 1.0000 1.0000 (mean 1.0000, min 1.0000, max 1.0000)");
    }

    @Test
    void rejectsFewerThanTwoFolds() {
        assertThatThrownBy(() -> CrossValidation.run(List.of(), 1, NerTrainer.Options.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
