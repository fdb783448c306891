package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleFields;
import org.mirsad.model.Article;

/** An index written in several commits: what a search sees of later ones, and hits' copies across segments. */
class ArticleSearcherCommitsTest {

    @TempDir
    Path data;

    private static Article byId(String id) {
        return Fixtures.corpus().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(ArticleSearcher searcher, String query) throws IOException {
        return searcher.search(SearchRequest.of(query, 20)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void seesEachNewCommitAtTheNextSearch() throws IOException {
        Fixtures.index(data, List.of(byId("d"), byId("e")));
        try (ArticleSearcher searcher = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            assertThat(ids(searcher, "كاراباخ")).doesNotContain("g");
            assertThat(ids(searcher, "كاراباخ")).doesNotContain("g"); // nothing new: the same reader

            Fixtures.index(data, List.of(byId("g")));
            assertThat(ids(searcher, "كاراباخ")).contains("g");

            Fixtures.index(data, List.of(byId("f")));
            assertThat(ids(searcher, "بوتين")).contains("f");
        }
    }

    @Test
    void copiesOfSeveralGroupsAcrossSegmentsInIndexOrder() throws IOException {
        Article a = byId("a");
        Article a2 = byId("a2");
        Article a3 = a2.withId("a3");
        Fixtures.index(data, List.of(a, byId("d")));  // segment 1
        Fixtures.index(data, List.of(a2, byId("e"))); // segment 2
        Fixtures.index(data, List.of(a3));            // segment 3
        try (ArticleSearcher searcher = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            searcher.withSearcher(s -> {
                assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
                Map<String, List<Integer>> copies = ArticleSearcher.copies(s, List.of("d", "a", "nothing", "a"), 100);
                assertThat(copies.keySet()).containsExactlyInAnyOrder("a", "d", "nothing");
                assertThat(idsOf(s, copies.get("a"))).containsExactly("a", "a2", "a3");
                assertThat(idsOf(s, copies.get("d"))).containsExactly("d");
                assertThat(copies.get("nothing")).isEmpty();
                assertThat(idsOf(s, ArticleSearcher.copies(s, List.of("a", "d"), 2).get("a"))).containsExactly("a", "a2");
                assertThat(idsOf(s, ArticleSearcher.copies(s, "a", 100))).containsExactly("a", "a2", "a3");
                return null;
            });
        }
    }

    @Test
    void pageFilledPastDuplicatesThatCrowdTheBestDocuments() throws IOException {
        // The word three times in "n" and its four duplicates, once in "o", "p" and "q": the best documents
        // are one group, so a page of two or three must be read past them.
        Article n = Fixtures.article("n", "Okaz", "2024-01-01", "قمة قمة قمة", "", "فقرة أولى");
        List<Article> all = new java.util.ArrayList<>(List.of(n));
        for (int k = 1; k <= 4; k++) {
            all.add(n.withId("n" + k).withDuplicateOf("n"));
        }
        all.add(Fixtures.article("o", "Okaz", "2024-01-02", "قمة", "", "نص آخر طويل بعض الشيء"));
        all.add(Fixtures.article("p", "Okaz", "2024-01-03", "قمة", "", "نص ثالث أطول من الثاني بكثير جدا"));
        all.add(Fixtures.article("q", "Okaz", "2024-01-04", "قمة", "", "نص رابع"));
        Fixtures.index(data, all);
        try (ArticleSearcher searcher = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            List<String> whole = searcher.search(SearchRequest.of("قمة", 10)).hits().stream().map(Hit::id).toList();
            assertThat(whole).hasSize(4).startsWith("n");
            assertThat(searcher.search(SearchRequest.of("قمة", 10)).hits().get(0).carriedBy()).isEqualTo(5);
            for (int limit = 1; limit <= 4; limit++) {
                for (int offset = 0; offset + limit <= 4; offset++) {
                    List<String> page = searcher.search(new SearchRequest("قمة", Map.of(), SearchRequest.Sort.RELEVANCE,
                            limit, offset)).hits().stream().map(Hit::id).toList();
                    assertThat(page).as("limit %d offset %d", limit, offset)
                            .isEqualTo(whole.subList(offset, offset + limit));
                }
            }
        }
    }

    private static List<String> idsOf(IndexSearcher s, List<Integer> docs) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (int doc : docs) {
            out.add(DocKeys.get(s, ArticleFields.ID, doc));
        }
        return out;
    }

    @Test
    void facetsCountOnlyCanonicalArticlesWhereSomeDocumentHasNoCanonicalMark() throws IOException {
        Fixtures.index(data, List.of(byId("d"), byId("e")));
        Article unmarked = byId("g").withId("unmarked").withOutlet("Unmarked Outlet");
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve(org.mirsad.index.LuceneArticleIndex.FOLDER));
             var writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)))) {
            var doc = org.mirsad.index.ArticleDocument.of(unmarked);
            doc.removeFields(ArticleFields.CANONICAL); // as if written by a version without the field
            writer.addDocument(ArticleFields.facetsConfig().build(doc));
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            SearchResults r = searcher.search(SearchRequest.of("كاراباخ", 20));
            assertThat(r.hits()).extracting(Hit::id).contains("unmarked", "d");
            // counted as before the duplicates were excluded rather than the canonical articles required
            assertThat(r.facets().get(ArticleFields.OUTLET)).extracting(FacetValue::value)
                    .contains("Al Mayadeen").doesNotContain("Unmarked Outlet");
        }
        Fixtures.index(data, List.of(byId("a"), byId("a2"))); // a duplicate beside every mark: excluded as such
        try (ArticleSearcher searcher = ArticleSearcher.open(data, Duration.ofSeconds(10))) {
            SearchResults r = searcher.search(SearchRequest.of("الكرملين", 20));
            assertThat(r.facets().get(ArticleFields.OUTLET)).extracting(FacetValue::value)
                    .contains("Asharq Al-Awsat").doesNotContain("Al Arabiya", "Unmarked Outlet");
        }
    }
}
