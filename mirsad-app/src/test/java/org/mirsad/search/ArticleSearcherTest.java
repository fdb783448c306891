package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleSearcherTest {

    @TempDir
    static Path data;
    static ArticleSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.index(data, Fixtures.corpus());
        searcher = ArticleSearcher.open(data, Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static List<String> ids(String query) throws IOException {
        return searcher.search(SearchRequest.of(query, 20)).hits().stream().map(Hit::id).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بوتن                 | f
            بوتن                 | g
            بوتين                | f
            کاراباخ              | e
            كاراباخ              | g
            بيسكوف               | d
            "ناغورنو كاراباخ"    | g
            ناغورنو كاراباخ      | g
            يسلمون               | e
            تسليم                | e
            يُسلِّمُونَ            | e
            أسلحتهم              | e
            Putin                | -
            الرئيس الروسي        | f
            "شي جي بينغ"         | x1
            "شي جي بينغ"         | x2
            outlet:"Al Mayadeen" | d
            date:2023-09         | g
            date:[2023-09-21 TO 2023-09-30] | e
            speaker:بيسكوف       | a
            event:REJECT         | d
            """)
    void findsArticleWhateverTheSpelling(String query, String expected) throws IOException {
        if (expected.equals("-")) {
            assertThat(ids(query)).isEmpty();
        } else {
            assertThat(ids(query)).contains(expected);
        }
    }

    @Test
    void exactSpellingRanksAboveSkeletonMatch() throws IOException {
        assertThat(ids("بوتن")).startsWith("g");
        assertThat(ids("بوتين").get(0)).isEqualTo("f");
    }

    @Test
    void skeletonDoesNotMatchUnrelatedArticles() throws IOException {
        assertThat(ids("بوتن")).containsExactlyInAnyOrder("f", "g");
        assertThat(ids("بيسكوف")).containsExactlyInAnyOrder("a", "d");
    }

    @Test
    void variantFallbacksWidenBelowExactMatches() throws IOException {
        VariantEvaluation.Result r = VariantEvaluation.run(searcher, List.of("بوتن", "بيسكوف", "كاراباخ", "روسيا"), 10);
        assertThat(r.queries()).isEqualTo(4);
        assertThat(r.variantTotal()).isGreaterThan(r.exactTotal());
        assertThat(r.widened()).isEqualTo(1); // بوتن: f through the skeleton and the entity id
        assertThat(r.inversions()).isZero();
        assertThat(ids("بوتن")).containsExactly("g", "f");
    }

    @Test
    void dateRangeExcludesOutside() throws IOException {
        assertThat(ids("date:[2023-09-21 TO 2023-09-30]")).containsExactlyInAnyOrder("e", "g");
    }

    @Test
    void collapsesDuplicateIntoOneHitCarriedByTwoOutlets() throws IOException {
        SearchResults r = searcher.search(SearchRequest.of("الكرملين يسعى", 10));
        assertThat(r.hits()).hasSize(1);
        Hit a = r.hits().get(0);
        assertThat(a.id()).isEqualTo("a");
        assertThat(a.carriedBy()).isEqualTo(2);
        assertThat(a.outlets()).containsExactlyInAnyOrder("Asharq Al-Awsat", "Al Arabiya");
        assertThat(a.copies()).containsExactly("a", "a2");
        assertThat(r.total()).isEqualTo(1);
    }

    @Test
    void countsFacetsOverCanonicalArticles() throws IOException {
        SearchResults r = searcher.search(SearchRequest.of("", 10));
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.facets().get("outlet")).extracting(FacetValue::value, FacetValue::count)
                .contains(org.assertj.core.groups.Tuple.tuple("Asharq Al-Awsat", 3),
                        org.assertj.core.groups.Tuple.tuple("Al Mayadeen", 3),
                        org.assertj.core.groups.Tuple.tuple("Al Arabiya", 1));
        assertThat(r.facets().get("story")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s-karabakh", 4),
                        org.assertj.core.groups.Tuple.tuple("s-korea", 1));
        assertThat(r.facets().get("entity")).filteredOn(v -> v.value().equals("e-peskov"))
                .extracting(FacetValue::label).containsExactly("ديميتري بيسكوف");
        assertThat(r.facets().get("month")).extracting(FacetValue::value).contains("2023-09", "2024-11");
    }

    @Test
    void filtersNarrowToFacetValue() throws IOException {
        SearchResults r = searcher.search(new SearchRequest("", Map.of("outlet", List.of("Al Mayadeen")),
                SearchRequest.Sort.DATE, 10, 0));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("x2", "x1", "d");
    }

    @Test
    void sortsByDateNewestFirstUndatedLast() throws IOException {
        SearchResults r = searcher.search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE, 10, 0));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("f", "x2", "x1", "e", "g", "d", "a");
    }

    @Test
    void pagesWithOffset() throws IOException {
        SearchResults r = searcher.search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE, 2, 2));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("x1", "e");
    }

    @Test
    void marksMatchedWordsAsWrittenInSnippet() throws IOException {
        Hit e = searcher.search(SearchRequest.of("كاراباخ", 10)).hits().stream()
                .filter(h -> h.id().equals("g")).findFirst().orElseThrow();
        assertThat(e.highlights()).isNotEmpty();
        List<String> marked = e.highlights().stream().map(m -> e.snippet().substring(m[0], m[1])).toList();
        assertThat(marked).contains("کاراباخ");
    }

    @Test
    void aHitFoundOnlyThroughAVariantShowsThePassageWithTheVariantMarked() throws IOException {
        // f writes بوتين, in its second paragraph only; the query writes بوتن: found through the skeleton,
        // invisible to the highlighter, so the snippet is the passage that has it, with it marked.
        Hit f = searcher.search(SearchRequest.of("بوتن", 10)).hits().stream()
                .filter(h -> h.id().equals("f")).findFirst().orElseThrow();
        List<String> marked = f.highlights().stream().map(m -> f.snippet().substring(m[0], m[1])).toList();
        assertThat(marked).containsExactly("بوتين");
        assertThat(f.snippet()).startsWith("وكان الرئيس فلاديمير");
    }

    @Test
    void variantMarksFollowTheSkeletonAndStayInsideTheText() {
        Snippet s = VariantMarks.mark("قال بوتين إن بيسكوف نقل عن بوتن", VariantMarks.skeletons(
                new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
                        org.mirsad.index.ArticleFields.SKELETON, skeletonOf("بوتن")))));
        List<String> marked = s.highlights().stream().map(m -> s.text().substring(m[0], m[1])).toList();
        assertThat(marked).containsExactly("بوتين", "بوتن");
        assertThat(VariantMarks.mark("بوتن", java.util.Set.of()).highlights()).isEmpty();
    }

    /** The skeleton field's term for a word, as the index writes it. */
    private static String skeletonOf(String word) {
        try (org.apache.lucene.analysis.TokenStream ts = org.mirsad.index.ArticleFields.analyzer(
                org.mirsad.index.ArabicAnalyzer.Side.INDEX).tokenStream(org.mirsad.index.ArticleFields.SKELETON, word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            assertThat(ts.incrementToken()).isTrue();
            String out = term.toString();
            ts.end();
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void stopWordsOnlyQueryFindsNothing() throws IOException {
        assertThat(ids("في من")).isEmpty();
    }

    @Test
    void rejectsBrokenSyntaxWithClearMessage() {
        assertThatThrownBy(() -> ids("headline:(كاراباخ"))
                .isInstanceOf(BadQueryException.class).hasMessageStartingWith("cannot read the query:");
        assertThatThrownBy(() -> ids("date:2023-13"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("date '2023-13' is not YYYY");
    }

    @Test
    void rejectsUnknownFilterAndBadLimit() {
        assertThatThrownBy(() -> new SearchRequest("x", Map.of("colour", List.of("red")), null, 10, 0))
                .isInstanceOf(BadQueryException.class)
                .hasMessage("unknown filter 'colour'; filters are [outlet, month, day, entity, story, event, agency]");
        assertThatThrownBy(() -> SearchRequest.of("x", 0)).hasMessage("limit must be between 1 and 100, not 0");
    }
}
