package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.LuceneArticleIndex;

class TermLookupsTest {

    @TempDir
    Path data;

    @Test
    void termQueriesCarryTheirLookupsAndScoreTheSame() throws Exception {
        Fixtures.index(data, Fixtures.corpus());
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query parsed = searcher.rewrite(new ArticleQueryParser(reader).parseQuery("الرئيس بوتين"));
            Query once = TermLookups.once(searcher, parsed);

            assertThat(once).isEqualTo(parsed);
            List<TermQuery> terms = termQueries(once);
            assertThat(terms).isNotEmpty().allSatisfy(t -> assertThat(t.getTermStates()).isNotNull());

            TopDocs before = searcher.search(parsed, 10);
            TopDocs after = searcher.search(once, 10);
            assertThat(after.scoreDocs).hasSameSizeAs(before.scoreDocs).isNotEmpty();
            for (int i = 0; i < before.scoreDocs.length; i++) {
                ScoreDoc b = before.scoreDocs[i];
                assertThat(after.scoreDocs[i].doc).isEqualTo(b.doc);
                assertThat(after.scoreDocs[i].score).isEqualTo(b.score);
            }
        }
    }

    @Test
    void lookUpsOverSegmentsHaveLucenesStatistics() throws Exception {
        List<org.mirsad.model.Article> corpus = Fixtures.corpus();
        Fixtures.index(data, corpus.subList(0, 3));
        Fixtures.index(data, corpus.subList(3, 5));
        Fixtures.index(data, corpus.subList(5, corpus.size()));
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSize(3);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query parsed = searcher.rewrite(new ArticleQueryParser(reader).parseQuery("الرئيس بوتين كاراباخ غائبة"));
            List<TermQuery> terms = termQueries(TermLookups.once(searcher, parsed));
            assertThat(terms.stream().map(t -> t.getTerm().field()).distinct().count()).isGreaterThan(3);
            assertThat(terms).anySatisfy(t -> assertThat(t.getTermStates().docFreq()).isZero());
            assertThat(terms).anySatisfy(t -> assertThat(t.getTermStates().docFreq()).isGreaterThan(1));
            for (TermQuery t : terms) {
                org.apache.lucene.index.TermStates lucene = org.apache.lucene.index.TermStates.build(searcher, t.getTerm(), true);
                assertThat(t.getTermStates().docFreq()).as(t.toString()).isEqualTo(lucene.docFreq());
                assertThat(t.getTermStates().totalTermFreq()).as(t.toString()).isEqualTo(lucene.totalTermFreq());
                for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                    assertThat(t.getTermStates().get(leaf) == null).as(t + " in " + leaf).isEqualTo(lucene.get(leaf) == null);
                }
            }
        }
    }

    /** Every term query inside {@code query}, however deeply nested. */
    private static List<TermQuery> termQueries(Query query) {
        List<TermQuery> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... found) {
                if (q instanceof TermQuery t) {
                    terms.add(t);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
