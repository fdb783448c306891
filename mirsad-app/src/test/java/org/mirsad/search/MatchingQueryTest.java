package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;

class MatchingQueryTest {

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"بوتين", "بوتن", "الكرملين بيسكوف", "\"ناغورنو كاراباخ\"", "کاراباخ OR بيسكوف",
            "الكرملين -اتهامات", "headline:الكرملين", "بيس*", "يسلمون", "الرئيس الروسي", "outlet:\"Al Mayadeen\""})
    void matchesTheSameDocumentsAsTheQuery(String text) throws IOException {
        Fixtures.index(data, Fixtures.corpus());
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(MatchingQuery.indexed(reader)).isTrue();
            Query query = searcher.rewrite(new ArticleQueryParser(reader).parseQuery(text));
            Query matching = MatchingQuery.of(query);
            assertThat(docs(searcher, matching)).isNotEmpty().isEqualTo(docs(searcher, query));
        }
    }

    @Test
    void aWordInTheSixTextFieldsBecomesOneTerm() throws IOException {
        Fixtures.index(data, Fixtures.corpus());
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = searcher.rewrite(new ArticleQueryParser(reader).parseQuery("الكرملين بيسكوف"));
            Set<String> fields = fields(MatchingQuery.of(query));
            assertThat(fields).contains(ArticleFields.ALL_TEXT, ArticleFields.SKELETON)
                    .doesNotContainAnyElementsOf(ArticleFields.TEXT_FIELDS);
            // a field the user named stays that field
            Query headline = searcher.rewrite(new ArticleQueryParser(reader).parseQuery("headline:الكرملين"));
            assertThat(MatchingQuery.of(headline)).isEqualTo(headline);
        }
    }

    @Test
    void anIndexWithDocumentsWrittenBeforeAllTextIsNotMatchedOnIt() throws IOException {
        Path dirPath = data.resolve("old");
        try (FSDirectory dir = FSDirectory.open(dirPath);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document marked = new Document();
            marked.add(new StringField(ArticleFields.ALL_TEXT, ArticleFields.ALL_TEXT_MARK, Field.Store.NO));
            marked.add(new TextField(ArticleFields.BODY, "new", Field.Store.NO));
            Document old = new Document();
            old.add(new TextField(ArticleFields.BODY, "old", Field.Store.NO));
            w.addDocument(marked);
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(MatchingQuery.indexed(reader)).isTrue();
            }
            w.addDocument(old);
            w.forceMerge(1); // one segment with both: the field is there, not for every document
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(1);
                assertThat(MatchingQuery.indexed(reader)).isFalse();
            }
        }
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query q) throws IOException {
        return new HashSet<>(MatchingDocs.of(searcher, q));
    }

    private static Set<String> fields(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    fields.add(t.field());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return fields;
    }
}
