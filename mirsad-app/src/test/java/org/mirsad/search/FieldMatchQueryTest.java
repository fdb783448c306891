package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;

class FieldMatchQueryTest {

    @TempDir
    static Path data;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"بوتين", "بوتن", "الكرملين بيسكوف", "\"ناغورنو كاراباخ\"", "کاراباخ OR بيسكوف",
            "الكرملين -اتهامات", "headline:الكرملين", "بيس*", "يسلمون", "الرئيس الروسي", "outlet:\"Al Mayadeen\" الكرملين"})
    void marksTheSameWordsAsTheWholeQuery(String text) throws IOException {
        if (!java.nio.file.Files.exists(data.resolve(LuceneArticleIndex.FOLDER))) {
            Fixtures.index(data, Fixtures.corpus());
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = searcher.rewrite(new ArticleQueryParser(reader).parseQuery(text));
            int[] docs = Arrays.stream(searcher.search(query, 20).scoreDocs).mapToInt((ScoreDoc sd) -> sd.doc).toArray();
            assertThat(docs).isNotEmpty();
            SnippetHighlighter highlighter = new SnippetHighlighter(searcher);
            int marked = 0;
            for (String field : ArticleFields.SNIPPET_FIELDS) {
                Object[] whole = highlighter.snippets(new String[] {field}, query, docs).get(field);
                Object[] reduced = highlighter.snippets(new String[] {field}, FieldMatchQuery.of(query, field), docs)
                        .get(field);
                for (int i = 0; i < docs.length; i++) {
                    assertThat(reduced[i]).usingRecursiveComparison().isEqualTo(whole[i]);
                    marked += whole[i] instanceof Snippet s && !s.highlights().isEmpty() ? 1 : 0;
                }
            }
            assertThat(marked).isPositive();
        }
    }

    @Test
    void leavesOnOtherFieldsMatchAnythingAndNegationsGo() throws IOException {
        Fixtures.index(data.resolve("x"), Fixtures.corpus());
        try (FSDirectory dir = FSDirectory.open(data.resolve("x").resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = searcher.rewrite(new ArticleQueryParser(reader).parseQuery("headline:الكرملين -بيسكوف"));
            Query body = FieldMatchQuery.of(query, ArticleFields.BODY);
            assertThat(FieldMatchQuery.fields(body)).isEmpty();
            assertThat(body.toString()).doesNotContain("بيسكوف");
            assertThat(FieldMatchQuery.fields(FieldMatchQuery.of(query, ArticleFields.HEADLINE)))
                    .containsExactly(ArticleFields.HEADLINE);
        }
    }
}
