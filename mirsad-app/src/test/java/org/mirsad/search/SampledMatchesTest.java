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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleDocument;
import org.mirsad.index.ArticleFields;
import org.mirsad.model.Article;

class SampledMatchesTest {

    @TempDir
    Path dir;

    /** The fixtures and 300 articles of a few words in varying mixes, over several segments, some deleted. */
    private FSDirectory index() throws IOException {
        List<Article> articles = new ArrayList<>(Fixtures.corpus());
        String[] words = {"أمطار", "سيول", "الرياض", "جدة", "الدفاع المدني", "مكة"};
        for (int i = 0; i < 300; i++) {
            String headline = words[i % 6] + " " + (i % 4 == 0 ? words[(i / 4) % 6] : "");
            String body = (i % 5 == 0 ? words[2] : words[3]) + " " + (i % 7 == 0 ? words[4] : "نص") + " " + i;
            articles.add(Fixtures.article("n" + i, i % 2 == 0 ? "Okaz" : "Al Yaum", "2015-07-" + (10 + i % 20),
                    headline, i % 3 == 0 ? words[5] : "", body));
        }
        FSDirectory directory = FSDirectory.open(dir);
        FacetsConfig facets = ArticleFields.facetsConfig();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < articles.size(); i++) {
                writer.addDocument(facets.build(ArticleDocument.of(articles.get(i))));
                if (i % 70 == 69) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term(ArticleFields.ID, "n17"), new Term(ArticleFields.ID, "n150"));
        }
        return directory;
    }

    /** What Lucene's conjunction of the query with the sample collects. */
    private static List<Integer> lucene(IndexSearcher searcher, Query query, StrideSample sample) throws IOException {
        return MatchingDocs.of(searcher, new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
                .add(sample, BooleanClause.Occur.FILTER).build());
    }

    private static List<Integer> sampled(IndexSearcher searcher, Query query, StrideSample sample) throws IOException {
        List<Integer> out = new ArrayList<>();
        SampledMatches matches = SampledMatches.of(searcher, query);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet runs = matches.runs(leaf, sample);
            Bits live = leaf.reader().getLiveDocs();
            for (int r = 0; r < runs.length(); r++) {
                if (runs.get(r) && (live == null || live.get(sample.sampled(r)))) {
                    out.add(leaf.docBase + sample.sampled(r));
                }
            }
        }
        return out;
    }

    @Test
    void findsWhatLucenesConjunctionWithTheSampleFinds() throws IOException {
        try (FSDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves().size()).isGreaterThan(3);
            assertThat(reader.numDeletedDocs()).isEqualTo(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            ArticleQueryParser parser = new ArticleQueryParser(reader);
            List<Query> queries = new ArrayList<>();
            for (String q : List.of("أمطار", "الرياض", "سيول جدة", "الدفاع المدني", "\"الدفاع المدني\"", "أمطار OR مكة",
                    "الرياض -جدة", "جد*", "headline:مكة", "date:[2015-07-12 TO 2015-07-20]", "بيسكوف", "بوتن",
                    "مكة الرياض -سيول", "كلمةغائبة")) {
                queries.add(TermLookups.once(searcher, searcher.rewrite(parser.parseQuery(q))));
            }
            queries.add(new MatchAllDocsQuery());
            queries.add(new BooleanQuery.Builder() // only a negation: matches nothing
                    .add(new TermQuery(new Term(ArticleFields.OUTLET, "Okaz")), BooleanClause.Occur.MUST_NOT).build());
            queries.add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(2) // two of three words
                    .add(parser.parseQuery("أمطار"), BooleanClause.Occur.SHOULD)
                    .add(parser.parseQuery("مكة"), BooleanClause.Occur.SHOULD)
                    .add(parser.parseQuery("الرياض"), BooleanClause.Occur.SHOULD).build());
            int nonEmpty = 0;
            for (Query q : queries) {
                for (int stride : new int[] {1, 2, 3, 7, 40}) {
                    StrideSample sample = new StrideSample(stride);
                    List<Integer> expected = lucene(searcher, q, sample);
                    assertThat(sampled(searcher, q, sample)).as("%s, stride %d", q, stride).isEqualTo(expected);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
            assertThat(nonEmpty).isGreaterThan(50);
        }
    }
}
