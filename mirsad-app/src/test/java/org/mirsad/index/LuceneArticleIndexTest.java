package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
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

    @Test
    void theSkeletonFieldIsTheFullTextsAnalysedOnItsOwn() throws Exception {
        // Stop words (في من على) at the ends of pieces and a piece of stop words only move the next piece's
        // positions; proclitics (وال، بال) add variants at the same position; an empty or blank lede is no piece.
        List<Article> articles = List.of(Fixtures.annotated(),
                piece("b", "في الرياض من", "على في", "والكرملين في", "بالرياض اجتمع القادة على"),
                piece("c", "من في", null, "قال بيسكوف في موسكو", "في"),
                piece("d", "قمة الرياض", "", "وأضاف بيسكوف أن الحوار ضروري."),
                piece("e", "الكرملين", "   ", "  "),
                piece("f", "في", "على", "من"));
        try (ByteBuffersDirectory reference = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(reference,
                    new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)))) {
                for (Article a : articles) {
                    w.addDocument(ArticleFields.facetsConfig().build(ArticleDocument.of(a)));
                }
            }
            try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
                for (Article a : articles) {
                    index.add(a);
                }
                index.commit();
            }
            try (var d = FSDirectory.open(dir.resolve(LuceneArticleIndex.FOLDER)); var built = DirectoryReader.open(d);
                 var expected = DirectoryReader.open(reference)) {
                Map<String, List<String>> skeletons = postings(built, ArticleFields.SKELETON);
                assertThat(skeletons).hasSizeGreaterThan(10).isEqualTo(postings(expected, ArticleFields.SKELETON));
                assertThat(norms(built, ArticleFields.SKELETON)).isEqualTo(norms(expected, ArticleFields.SKELETON));
                // بيسكوف → ~بسكف in a1 (body), c (body) and d (body), at their places in the full text
                assertThat(skeletons.get("~بسكف")).hasSize(3);
                for (String field : ArticleFields.TEXT_FIELDS) {
                    assertThat(postings(built, field)).as(field).isEqualTo(postings(expected, field));
                }
            }
        }
    }

    /** An article of a headline, a lede (null: none) and paragraphs. */
    private static Article piece(String id, String headline, String lede, String... paragraphs) {
        Article a = Fixtures.article("p/" + id, headline, paragraphs).withId(id);
        return new Article(a.id(), a.source(), a.headline(), lede, a.blocks(), a.captions(), a.outlet(), a.date(),
                a.agencies(), a.entities(), a.quotes(), a.events(), a.duplicateOf(), a.story(), a.sourceMetadata());
    }

    /** Each term's postings as "id freq position/start-end ...", by article id. */
    private static Map<String, List<String>> postings(IndexReader reader, String field) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    StringBuilder sb = new StringBuilder(stored.document(doc).get(ArticleFields.ID)).append(' ').append(pe.freq());
                    for (int i = 0; i < pe.freq(); i++) {
                        sb.append(' ').append(pe.nextPosition()).append('/').append(pe.startOffset()).append('-')
                                .append(pe.endOffset());
                    }
                    out.computeIfAbsent(t.utf8ToString(), k -> new ArrayList<>()).add(sb.toString());
                }
            }
        }
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    private static Map<String, Long> norms(IndexReader reader, String field) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues norms = leaf.reader().getNormValues(field);
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                out.put(leaf.reader().storedFields().document(doc).get(ArticleFields.ID), norms.longValue());
            }
        }
        return out;
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
