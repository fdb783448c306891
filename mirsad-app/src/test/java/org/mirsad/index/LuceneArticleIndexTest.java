package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
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
