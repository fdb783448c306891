package org.mirsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * What plain Lucene 9.12 does with the same records, as the yardstick for Mirsad: its stock
 * {@link ArabicAnalyzer} (normalisation, stop words, light stemming) over each record's title and
 * text, and one thread indexing them into an on-disk index with the body stored.
 */
final class LuceneBaseline {

    private LuceneBaseline() {
    }

    /** Tokens and seconds spent in the analyzer alone (reading the file is not counted). */
    record Tokenized(long docs, long tokens, double seconds) {
    }

    /** Documents and seconds for the whole run: reading, analysing, indexing, the final commit. */
    record Indexed(long docs, double seconds) {
    }

    static Tokenized tokenize(BenchCorpus corpus) throws IOException {
        long[] counts = new long[3];
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            corpus.forEachText(text -> {
                long t0 = System.nanoTime();
                try (TokenStream ts = analyzer.tokenStream("body", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        counts[1] += term.length() > 0 ? 1 : 0;
                    }
                    ts.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[2] += System.nanoTime() - t0;
                counts[0]++;
            });
        }
        return new Tokenized(counts[0], counts[1], counts[2] / 1e9);
    }

    static Indexed index(BenchCorpus corpus, Path dir) throws IOException {
        long t0 = System.nanoTime();
        long[] docs = {0};
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ArabicAnalyzer()))) {
            corpus.forEachText(text -> {
                Document doc = new Document();
                doc.add(new TextField("body", text, Field.Store.YES));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                docs[0]++;
            });
            writer.commit();
        }
        return new Indexed(docs[0], (System.nanoTime() - t0) / 1e9);
    }
}
