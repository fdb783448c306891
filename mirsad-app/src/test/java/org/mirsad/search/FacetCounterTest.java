package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleDocument;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;

class FacetCounterTest {

    @TempDir
    Path data;

    /** Articles in several segments (a commit after each few), so that ordinals differ from segment to segment. */
    private void index() throws IOException {
        List<Article> corpus = new ArrayList<>(Fixtures.corpus());
        for (int i = 0; i < 40; i++) {
            corpus.add(Fixtures.article("n" + i, List.of("Al Riyadh", "Al Yaum", "Okaz").get(i % 3),
                    "2015-07-" + (10 + i % 7), "أمطار في المنطقة " + i, "هطلت أمطار.", "وقال الدفاع المدني " + i % 5)
                    .withStory("s" + i % 6));
        }
        // written as LuceneArticleIndex writes, but never merged: its merge policy would keep only a few segments
        FacetsConfig facets = ArticleFields.facetsConfig();
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX))
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < corpus.size(); i++) {
                writer.addDocument(facets.build(ArticleDocument.of(corpus.get(i))));
                if (i % 9 == 8) {
                    writer.commit();
                }
            }
        }
    }

    @Test
    void countsAndOrdersAsLuceneFacetDoesOverCanonicalArticles() throws IOException {
        index();
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves().size()).isGreaterThan(3);
            IndexSearcher searcher = new IndexSearcher(reader);
            // with every segment's column in memory, and with none (all read from the doc values)
            for (FacetColumns columns : List.of(new FacetColumns(), new FacetColumns(0))) {
                FacetCounter counter = new FacetCounter(new StoredArticles(), columns);
                for (Query q : List.<Query>of(new MatchAllDocsQuery(),
                        new ArticleQueryParser(reader).parseQuery("أمطار"),
                        new ArticleQueryParser(reader).parseQuery("الكرملين"))) {
                    for (int n : new int[] {1, 3, 10}) {
                        Map<String, List<FacetValue>> ours = counter.count(searcher, q, ArticleFields.FACETS, n);
                        FacetsCollector fc = new FacetsCollector();
                        searcher.search(CorpusBrowser.canonicalOnly(q), fc);
                        SortedSetDocValuesFacetCounts theirs = new SortedSetDocValuesFacetCounts(
                                new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig()), fc);
                        int values = 0;
                        for (String dim : ArticleFields.FACETS) {
                            List<String> expected = new ArrayList<>();
                            FacetResult r = top(theirs, dim, n);
                            if (r != null) {
                                for (LabelAndValue lv : r.labelValues) {
                                    expected.add(lv.label + "=" + lv.value);
                                }
                            }
                            assertThat(ours.get(dim)).extracting(v -> v.value() + "=" + v.count())
                                    .as("%s top %d of %s, %d bytes of columns", dim, n, q, columns.used())
                                    .containsExactlyElementsOf(expected);
                            values += expected.size();
                        }
                        assertThat(values).isPositive();
                    }
                }
                // the duplicate a2 is the only article of Al Arabiya's with story s-karabakh: it is not counted
                Query karabakh = new ArticleQueryParser(reader).parseQuery("بيسكوف");
                assertThat(counter.count(searcher, karabakh, List.of(ArticleFields.OUTLET), 10).get(ArticleFields.OUTLET))
                        .extracting(FacetValue::value).containsExactlyInAnyOrder("Asharq Al-Awsat", "Al Mayadeen");
                // counts are reused from search to search: a second count is not added to the first
                Query all = new MatchAllDocsQuery();
                assertThat(counter.count(searcher, all, List.of(ArticleFields.OUTLET), 10))
                        .isEqualTo(counter.count(searcher, all, List.of(ArticleFields.OUTLET), 10));
            }
        }
    }

    @Test
    void columnsAreHeldWithinTheBudgetAndFreedWithTheirSegments() throws IOException {
        index();
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER))) {
            FacetColumns unbounded = new FacetColumns();
            long all;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                new FacetCounter(new StoredArticles(), unbounded).count(searcher, new MatchAllDocsQuery(),
                        ArticleFields.FACETS, 10);
                all = unbounded.used();
                long expected = 0;
                for (var leaf : reader.leaves()) {
                    FacetColumns.Column column = unbounded.of(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                    assertThat(column.starts()).hasSize(leaf.reader().maxDoc() + 1);
                    expected += column.bytes();
                }
                assertThat(all).isEqualTo(expected).isPositive();
                // kept by segment only, so one instance serves one field
                assertThatThrownBy(() -> unbounded.of(reader.leaves().get(0).reader(), "another_field"))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another_field");
                // room for some segments only: the others are read from their doc values
                FacetColumns bounded = new FacetColumns(all / 2);
                for (var leaf : reader.leaves()) {
                    bounded.of(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                }
                assertThat(bounded.used()).isPositive().isLessThanOrEqualTo(all / 2);
                assertThat(reader.leaves().stream().filter(l -> {
                    try {
                        return bounded.of(l.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })).isNotEmpty();
            }
            assertThat(unbounded.used()).as("freed when the segments close").isZero();
        }
    }

    @Test
    void fewMatchesInASegmentOfManyValuesCountAsLuceneFacetDoes() throws IOException {
        // one large segment of 1,000 articles, each with its own story, and a small one: a query matching a few
        // of the large segment's articles counts a small share of its values
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            for (int i = 0; i < 1_000; i++) {
                index.add(Fixtures.article("m" + i, "Outlet " + i % 40, "2016-0" + (1 + i % 9) + "-1" + i % 10,
                        "عنوان " + (i % 200 == 0 ? "نادر" : "عادي"), "", "نص").withStory("story-" + i));
            }
            index.commit();
            for (int i = 0; i < 5; i++) {
                index.add(Fixtures.article("k" + i, "Outlet " + i, "2016-01-1" + i, "عنوان نادر", "", "نص")
                        .withStory("story-" + i * 7));
            }
            index.commit();
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSize(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetCounter counter = new FacetCounter(new StoredArticles());
            for (Query q : List.<Query>of(new ArticleQueryParser(reader).parseQuery("نادر"), new MatchAllDocsQuery())) {
                Map<String, List<FacetValue>> ours = counter.count(searcher, q, ArticleFields.FACETS, 10);
                FacetsCollector fc = new FacetsCollector();
                searcher.search(q, fc);
                SortedSetDocValuesFacetCounts theirs = new SortedSetDocValuesFacetCounts(
                        new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig()), fc);
                for (String dim : List.of(ArticleFields.OUTLET, ArticleFields.DAY, ArticleFields.MONTH, ArticleFields.STORY)) {
                    List<String> expected = new ArrayList<>();
                    for (LabelAndValue lv : top(theirs, dim, 10).labelValues) {
                        expected.add(lv.label + "=" + lv.value);
                    }
                    assertThat(expected).isNotEmpty();
                    assertThat(ours.get(dim)).extracting(v -> v.value() + "=" + v.count()).as("%s of %s", dim, q)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    private static FacetResult top(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        try {
            return counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }
}
