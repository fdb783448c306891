package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LabelsAndSpansTest {

    @ParameterizedTest
    @CsvSource({"O,I-PERS,false", "B-PERS,I-PERS,true", "I-PERS,I-PERS,true", "B-LOC,I-PERS,false",
            "O,B-ORG,true", "I-ORG,O,true", "B-MISC,I-MISC,true"})
    void insideOnlyContinuesItsOwnType(String previous, String label, boolean allowed) {
        assertThat(Labels.allowed(Labels.index(previous), Labels.index(label))).isEqualTo(allowed);
    }

    @Test
    void spansFollowConllevalIncludingAStrayInside() {
        int[] labels = {idx("B-PERS"), idx("I-PERS"), idx("O"), idx("I-LOC"), idx("B-LOC"), idx("B-ORG")};
        assertThat(LabelSpan.of(labels)).containsExactly(
                new LabelSpan(0, 0, 1), new LabelSpan(1, 3, 3),
                new LabelSpan(1, 4, 4), new LabelSpan(2, 5, 5));
    }

    @Test
    void exactSpanScoring() {
        NerEvaluation e = new NerEvaluation();
        e.add(new int[] {idx("B-PERS"), idx("I-PERS"), idx("B-LOC")}, new int[] {idx("B-PERS"), idx("O"), idx("B-LOC")});
        assertThat(e.f1(1)).isEqualTo(1.0);
        assertThat(e.f1(0)).isEqualTo(0.0);
        assertThat(e.f1(0, 1)).isEqualTo(0.5);
    }

    private static int idx(String name) {
        return Labels.index(name);
    }
}
