package org.mirsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PerturbationTest {

    private static final String TEXT = String.join(" ", java.util.Collections.nCopies(20,
            "قال وزير الخارجيّة السعودي في مؤتمر صحافي اليوم إن المملكة تدعم وقف إطلاق النار في اليمن"))
            + "\n\nالرياض - واس";

    @Test
    void copyZeroIsTheOriginal() {
        assertThat(Perturbation.apply(TEXT, 0, 7)).isSameAs(TEXT);
    }

    @Test
    void sameCopyAndRecordGiveTheSameText() {
        assertThat(Perturbation.apply(TEXT, 3, 7)).isEqualTo(Perturbation.apply(TEXT, 3, 7));
    }

    @Test
    void copiesDifferFromTheOriginalAndFromEachOther() {
        String one = Perturbation.apply(TEXT, 1, 7);
        String two = Perturbation.apply(TEXT, 2, 7);
        assertThat(one).isNotEqualTo(TEXT);
        assertThat(two).isNotEqualTo(one);
        assertThat(Perturbation.apply(TEXT, 1, 8)).isNotEqualTo(one);
    }

    @Test
    void editsAreSmallAndKeepTheWordsAndLines() {
        String copy = Perturbation.apply(TEXT, 1, 7);
        Set<String> original = new HashSet<>(Arrays.asList(TEXT.split("\\s+")));
        assertThat(original).containsAll(Arrays.asList(copy.split("\\s+")));
        int words = TEXT.split(" ").length;
        assertThat(Math.abs(copy.split(" ").length - words)).isLessThan(words / 10);
        assertThat(copy.lines().count()).isEqualTo(TEXT.lines().count());
        assertThat(copy).endsWith("واس");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n", "Reuters"})
    void blankOrOneWordTextSurvives(String text) {
        String copy = Perturbation.apply(text, 5, 1);
        if (text == null || text.isBlank()) {
            assertThat(copy).isEqualTo(text);
        } else {
            assertThat(copy).isIn("", "Reuters", "Reuters Reuters");
        }
    }
}
