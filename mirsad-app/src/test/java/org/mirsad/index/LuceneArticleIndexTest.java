package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Article;
import org.mirsad.store.Fixtures;

class LuceneArticleIndexTest {

    @TempDir
    Path dir;

    @Test
    void addingAnArticleAgainReplacesIt() throws Exception {
        Article a = Fixtures.annotated();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.add(a);
            index.add(a.withOutlet("Al Mayadeen"));
            index.commit();
        }
        assertThat(LuceneArticleIndex.committedDocs(dir)).isEqualTo(1);
        try (var d = FSDirectory.open(dir.resolve(LuceneArticleIndex.FOLDER)); var reader = DirectoryReader.open(d)) {
            var hits = new IndexSearcher(reader).search(new TermQuery(new Term(ArticleFields.OUTLET, "Al Mayadeen")), 5);
            assertThat(hits.totalHits.value).isEqualTo(1);
        }
    }

    @Test
    void allTextHoldsTheTermsOfTheTextFieldsAsIfAnalysedOnItsOwn() throws Exception {
        Article a = Fixtures.annotated();
        Article b = org.mirsad.store.Fixtures.article("x", "قمة الرياض", "اجتمع القادة في الرياض لبحث التعاون.");
        // The reference: every text value analysed again into all_text (the document the OpenSearch mapping reads).
        try (ByteBuffersDirectory reference = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(reference,
                    new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)))) {
                w.addDocument(ArticleFields.facetsConfig().build(ArticleDocument.of(a)));
                w.addDocument(ArticleFields.facetsConfig().build(ArticleDocument.of(b)));
            }
            try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
                index.add(a);
                index.add(b);
                index.commit();
            }
            try (var d = FSDirectory.open(dir.resolve(LuceneArticleIndex.FOLDER)); var built = DirectoryReader.open(d);
                 var expected = DirectoryReader.open(reference)) {
                Map<String, Integer> terms = docFreqs(built, ArticleFields.ALL_TEXT);
                assertThat(terms).hasSizeGreaterThan(10).isEqualTo(docFreqs(expected, ArticleFields.ALL_TEXT));
                // the headline's stems are there (the proclitic variants of "الرياض" among them)
                assertThat(terms).containsKey("رياض");
            }
        }
    }

    private static Map<String, Integer> docFreqs(IndexReader reader, String field) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        TermsEnum te = MultiTerms.getTerms(reader, field).iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            out.put(t.utf8ToString(), te.docFreq());
        }
        return out;
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() throws Exception {
        try (LuceneArticleIndex first = LuceneArticleIndex.open(dir)) {
            assertThatThrownBy(() -> LuceneArticleIndex.open(dir))
                    .isInstanceOf(LuceneArticleIndex.IndexInUseException.class)
                    .hasMessageContaining("is in use by another Mirsad process");
        }
    }

    @Test
    void manySmallCommitsAreMergedIntoAFewSegments() throws Exception {
        Article a = Fixtures.annotated();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            for (int i = 0; i < 19; i++) { // ingest commits every 200 records: many small segments
                index.add(a.withId("a" + i));
                index.commit();
            }
        }
        // Lucene's default policy keeps up to ten segments of each size before it merges them (here: ten)
        assertThat(segments()).isLessThanOrEqualTo(LuceneArticleIndex.SEGMENTS_PER_TIER + 1);
        assertThat(LuceneArticleIndex.committedDocs(dir)).isEqualTo(19);
    }

    @Test
    void compactingMergesTheIndexIntoTheSegmentsAsked() throws Exception {
        Article a = Fixtures.annotated();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            for (int i = 0; i < 5; i++) {
                index.add(a.withId("a" + i));
                index.commit();
            }
        }
        int before = segments();
        assertThat(before).isGreaterThan(1);
        LuceneArticleIndex.Compaction c = LuceneArticleIndex.compact(dir, 1);
        assertThat(c.segmentsBefore()).isEqualTo(before);
        assertThat(c.segmentsAfter()).isEqualTo(1);
        assertThat(segments()).isEqualTo(1);
        assertThat(LuceneArticleIndex.committedDocs(dir)).isEqualTo(5);
        assertThatThrownBy(() -> LuceneArticleIndex.compact(dir, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private int segments() throws Exception {
        try (var d = FSDirectory.open(dir.resolve(LuceneArticleIndex.FOLDER))) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }

    @Test
    void anAbsentIndexHoldsNoDocuments() throws Exception {
        assertThat(LuceneArticleIndex.committedDocs(dir)).isZero();
    }
}
