package org.mirsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.Fixtures;
import org.mirsad.search.Hit;
import org.mirsad.search.SearchRequest;
import org.mirsad.search.SearchResults;

class IndexGrowerTest {

    @TempDir
    Path dir;

    @Test
    void copiesSearchLikeTheOriginalUnderTheirOwnIdsAndLaterDates() throws Exception {
        Path source = dir.resolve("source");
        Fixtures.index(source, Fixtures.corpus());
        int docs = LuceneArticleIndex.committedDocs(source);

        IndexGrower.Result r = IndexGrower.grow(source, dir.resolve("grown"), 3, 2, step -> { });

        assertThat(r.articles()).isEqualTo(docs);
        assertThat(r.written()).isEqualTo(3L * docs);
        assertThat(LuceneArticleIndex.committedDocs(dir.resolve("grown"))).isEqualTo(3 * docs);
        try (ArticleSearcher original = ArticleSearcher.open(source, Duration.ofSeconds(10));
             ArticleSearcher grown = ArticleSearcher.open(dir.resolve("grown"), Duration.ofSeconds(10))) {
            SearchResults before = original.search(SearchRequest.of("بيسكوف", 20));
            SearchResults after = grown.search(SearchRequest.of("بيسكوف", 20));
            assertThat(after.total()).isEqualTo(3 * before.total());
            Hit d = before.hits().stream().filter(h -> h.id().equals("d")).findFirst().orElseThrow();
            Hit d1 = after.hits().stream().filter(h -> h.id().equals("d#copy-1")).findFirst().orElseThrow();
            // the replayed tokens carry the offsets of the text: the same snippet, the same marks
            assertThat(d1.snippet()).isEqualTo(d.snippet());
            assertThat(d1.highlights()).usingRecursiveComparison().isEqualTo(d.highlights());
            assertThat(d1.date()).isEqualTo("2023-09-27"); // a week after d
            assertThat(d1.story()).isEqualTo("s-karabakh#copy-1");
            // a duplicate stays a duplicate of its own copy's canonical article
            Hit a2 = grown.search(SearchRequest.of("\"الكرملين يسعى\"", 20)).hits().stream()
                    .filter(h -> h.id().equals("a#copy-2")).findFirst().orElseThrow();
            assertThat(a2.copies()).containsExactly("a#copy-2", "a2#copy-2");
        }
    }

    @Test
    void refusesToWriteOverAnIndex() throws Exception {
        Path source = dir.resolve("source");
        Fixtures.index(source, List.of(Fixtures.corpus().get(0)));
        assertThatThrownBy(() -> IndexGrower.grow(source, source, 2, 1, step -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
    }
}
