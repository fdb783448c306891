package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Article;

/**
 * Totals and facets past the counting bounds: reached here with small bounds on a few dozen articles
 * (the defaults are 1,000 and 10,000).
 */
class CountingAtScaleTest {

    @TempDir
    Path data;

    /** 60 articles of one outlet and 30 of another, every one with the word searched. */
    private void index() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            articles.add(Fixtures.article("n" + i, i % 3 == 2 ? "Al Yaum" : "Al Riyadh", "2015-07-" + (10 + i % 20),
                    "أمطار غزيرة في المنطقة " + i, "هطلت أمطار غزيرة على المنطقة الشرقية.", "وقال الدفاع المدني إن الأمطار توقفت."));
        }
        Fixtures.index(data, articles);
    }

    @Test
    void underTheBoundsEverythingIsCountedExactly() throws IOException {
        index();
        try (ArticleSearcher s = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            SearchResults r = s.search(SearchRequest.of("أمطار", 10));
            assertThat(r.total()).isEqualTo(90);
            assertThat(r.totalExact()).isTrue();
            assertThat(r.facetsExact()).isTrue();
            assertThat(r.facets().get("outlet")).extracting(FacetValue::value, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Al Riyadh", 60),
                            org.assertj.core.groups.Tuple.tuple("Al Yaum", 30));
        }
    }

    @Test
    void pastTheCapTheTotalIsALowerBoundAndFacetsAreSampled() throws IOException {
        index();
        try (ArticleSearcher s = ArticleSearcher.open(data, Duration.ofSeconds(10), 20, 30)) {
            SearchResults r = s.search(SearchRequest.of("أمطار", 10));
            assertThat(r.total()).isEqualTo(20);
            assertThat(r.totalExact()).isFalse();
            assertThat(r.facetsExact()).isFalse();
            assertThat(r.hits()).hasSize(10);
            // one document in each run of three sampled (about 90 matches / 30), each count scaled by 3:
            // 30 sampled articles stand for all 90, both outlets seen, the larger first
            List<FacetValue> outlets = r.facets().get("outlet");
            assertThat(outlets).extracting(FacetValue::value).containsExactly("Al Riyadh", "Al Yaum");
            assertThat(outlets).allSatisfy(v -> assertThat(v.count() % 3).isZero());
            assertThat(outlets.stream().mapToInt(FacetValue::count).sum()).isEqualTo(90);
            // a rarer word stays exact under the same bounds
            SearchResults one = s.search(SearchRequest.of("\"المنطقة 7\"", 10));
            assertThat(one.totalExact()).isTrue();
            assertThat(one.facetsExact()).isTrue();
        }
    }

    @Test
    void strideIsOneUpToTheSampleThenGrows() {
        assertThat(ArticleSearcher.sampleStride(0, 100)).isEqualTo(1);
        assertThat(ArticleSearcher.sampleStride(100, 100)).isEqualTo(1);
        assertThat(ArticleSearcher.sampleStride(101, 100)).isEqualTo(2);
        assertThat(ArticleSearcher.sampleStride(1_000_000, 10_000)).isEqualTo(100);
    }
}
