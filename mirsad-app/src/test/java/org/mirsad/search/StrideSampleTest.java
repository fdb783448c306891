package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.junit.jupiter.api.Test;

class StrideSampleTest {

    private static List<Integer> docs(DocIdSetIterator it) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            out.add(d);
        }
        return out;
    }

    @Test
    void oneDocumentInEachRunOfStride() throws IOException {
        List<Integer> docs = docs(new StrideSample(3).iterator(30));
        assertThat(docs).hasSize(10);
        for (int run = 0; run < 10; run++) {
            assertThat(docs.get(run)).isBetween(run * 3, run * 3 + 2);
        }
        assertThat(docs.stream().map(d -> d % 3).distinct().count())
                .as("not every k-th document: the position in the run varies").isGreaterThan(1);
        assertThat(docs(new StrideSample(1).iterator(4))).containsExactly(0, 1, 2, 3);
    }

    @Test
    void advancesToTheNextSampledDocumentAndTheSameEveryTime() throws IOException {
        List<Integer> all = docs(new StrideSample(4).iterator(100));
        DocIdSetIterator it = new StrideSample(4).iterator(100);
        int target = all.get(3) + 1;
        assertThat(it.advance(target)).isEqualTo(all.get(4));
        assertThat(it.advance(100)).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        assertThat(docs(new StrideSample(4).iterator(100))).isEqualTo(all);
    }
}
