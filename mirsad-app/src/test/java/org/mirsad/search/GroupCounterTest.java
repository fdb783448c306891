package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleDocument;
import org.mirsad.index.ArticleFields;
import org.mirsad.model.Article;

class GroupCounterTest {

    @TempDir
    Path dir;

    /** 30 articles and 20 duplicates of the first ten, written in commits of seven: duplicates in other segments. */
    private FSDirectory index() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(Fixtures.article("c" + i, "Okaz", "2015-07-10", "عنوان " + i, "", "نص"));
        }
        for (int i = 0; i < 20; i++) {
            articles.add(articles.get(i % 10).withId("d" + i).withDuplicateOf("c" + i % 10));
        }
        FSDirectory directory = FSDirectory.open(dir);
        FacetsConfig facets = ArticleFields.facetsConfig();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < articles.size(); i++) {
                writer.addDocument(facets.build(ArticleDocument.of(articles.get(i))));
                if (i % 7 == 6) {
                    writer.commit();
                }
            }
        }
        return directory;
    }

    private static GroupCounter count(DirectoryReader reader, int cap) throws IOException {
        GroupCounter counter = new GroupCounter(cap);
        new IndexSearcher(reader).search(new MatchAllDocsQuery(), counter);
        return counter;
    }

    @Test
    void countsEachArticleOnceWithItsDuplicatesInManySegmentsOrInOne() throws IOException {
        try (FSDirectory directory = index()) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves().size()).isGreaterThan(3);
                assertThat(count(reader, 1_000).count()).isEqualTo(30);
                assertThat(count(reader, 1_000).complete()).isTrue();
                GroupCounter capped = count(reader, 12);
                assertThat(capped.count()).isEqualTo(12);
                assertThat(capped.complete()).isFalse();
            }
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(1);
                assertThat(count(reader, 1_000).count()).isEqualTo(30);
                GroupCounter capped = count(reader, 12);
                assertThat(capped.count()).isEqualTo(12);
                assertThat(capped.complete()).isFalse();
                assertThat(capped.estimate(reader.maxDoc())).isGreaterThanOrEqualTo(12);
            }
        }
    }
}
