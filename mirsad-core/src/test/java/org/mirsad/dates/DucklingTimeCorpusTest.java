package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;

/** Duckling's 177 Arabic time expressions through the recogniser: at least 90 % right at the right grain. */
class DucklingTimeCorpusTest {

    @Test
    void readsDucklingTimeCorpus() throws IOException {
        List<DucklingTimeCorpus.Case> cases = DucklingTimeCorpus.read(SharedData.require("data/dates/time_ar.tsv"));
        ReferenceTime ref = ReferenceTime.parse(DucklingTimeCorpus.REFERENCE);
        int ok = 0;
        for (DucklingTimeCorpus.Case c : cases) {
            Optional<TimeMention> m = TimeExpressions.find(c.text(), ref).stream()
                    .max(Comparator.comparingInt(x -> x.end() - x.start()));
            TimeValue v = m.map(TimeMention::time).orElse(null);
            if (v != null && c.matches(v.value(), v.grain().label(), v.from(), v.to())) {
                ok++;
            } else {
                System.out.println("time miss: " + c.text() + " -> " + (m.isEmpty() ? "nothing"
                        : m.get().text() + " = " + v.value() + " " + v.grain().label() + " " + v.from() + ".." + v.to())
                        + " (expected " + c.value() + " " + c.grain() + " " + c.from() + ".." + c.to() + ")");
            }
        }
        double score = ok / (double) cases.size();
        System.out.printf("Duckling time_ar: %d/%d = %.3f%n", ok, cases.size(), score);
        assertThat(score).isGreaterThanOrEqualTo(0.90);
    }
}
