package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class NormsByDocCodecTest {

    /**
     * The postings' impacts (the (frequency, norm) pairs a search skips blocks by) are those of the default
     * codec, for a field every document has and for one that a third of them have, when a segment is
     * flushed and when segments are merged; and the segments say they are the default codec's.
     */
    @Test
    void writesTheIndexTheDefaultCodecWrites() throws Exception {
        try (Directory plain = new ByteBuffersDirectory(); Directory byDoc = new ByteBuffersDirectory()) {
            List<Map<String, String>> flushed = write(plain, Codec.getDefault());
            assertThat(flushed).hasSize(3);
            assertThat(write(byDoc, new NormsByDocCodec(Codec.getDefault()))).isEqualTo(flushed);
            Map<String, String> expected = impacts(plain);
            assertThat(expected).containsKeys("all", "some").hasSizeGreaterThan(30);
            // blocks of documents with impacts of their own (a term in fewer than 128 documents has none)
            assertThat(expected.get("some:w4@0")).containsPattern(" L0<\\d+ \\d+/\\d+ \\d+/\\d+");
            assertThat(impacts(byDoc)).isEqualTo(expected);
            assertThat(SegmentInfos.readLatestCommit(byDoc).info(0).info.getCodec().getName())
                    .isEqualTo(Codec.getDefault().getName());
            assertThat(byDoc.listAll()).containsExactly(plain.listAll());
            for (String file : plain.listAll()) {
                assertThat(byDoc.fileLength(file)).as(file).isEqualTo(plain.fileLength(file));
            }
        }
    }

    /** 1,500 documents in three flushed segments, then merged into one; returns the impacts after each flush. */
    private static List<Map<String, String>> write(Directory dir, Codec codec) throws Exception {
        List<Map<String, String>> flushed = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setCodec(codec)
                .setMergePolicy(new TieredMergePolicy()); // ten segments a tier: no merge before forceMerge
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < 1_500; i++) {
                Document d = new Document();
                d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                d.add(new TextField("all", words(i, 3 + i % 40), Field.Store.NO));
                if (i % 3 == 0) {
                    d.add(new TextField("some", words(i * 7, 1 + i % 200), Field.Store.NO));
                }
                w.addDocument(d);
                if (i % 500 == 499) {
                    w.flush();
                    flushed.add(impacts(w));
                }
            }
            w.commit();
            w.forceMerge(1);
        }
        return flushed;
    }

    private static Map<String, String> impacts(IndexWriter w) throws Exception {
        try (DirectoryReader r = DirectoryReader.open(w)) {
            return impacts(r);
        }
    }

    private static Map<String, String> impacts(Directory dir) throws Exception {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            assertThat(r.leaves()).hasSize(1);
            return impacts(r);
        }
    }

    /** Field and term → every document's frequency with the impacts of the block it is in, at each level. */
    private static Map<String, String> impacts(DirectoryReader r) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (var ctx : r.leaves()) {
            LeafReader leaf = ctx.reader();
            for (String field : List.of("all", "some")) {
                Terms terms = leaf.terms(field);
                TermsEnum te = terms.iterator();
                StringBuilder all = new StringBuilder();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    ImpactsEnum ie = te.impacts(PostingsEnum.FREQS);
                    StringBuilder sb = new StringBuilder();
                    for (int doc = ie.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ie.nextDoc()) {
                        ie.advanceShallow(doc);
                        Impacts impacts = ie.getImpacts();
                        sb.append(ctx.docBase + doc).append(':').append(ie.freq());
                        for (int level = 0; level < impacts.numLevels(); level++) {
                            sb.append(" L").append(level).append('<').append(impacts.getDocIdUpTo(level));
                            for (Impact i : impacts.getImpacts(level)) {
                                sb.append(' ').append(i.freq).append('/').append(i.norm);
                            }
                        }
                        sb.append(';');
                    }
                    out.put(field + ":" + t.utf8ToString() + "@" + ctx.ord, sb.toString());
                    all.append(t.utf8ToString());
                }
                out.put(field, all.toString());
            }
        }
        return out;
    }

    /** {@code n} words of a small vocabulary, repeating unevenly, so frequencies and lengths vary. */
    private static String words(int seed, int n) {
        List<String> out = new ArrayList<>();
        long x = seed * 2654435761L + 1;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            // 60 words, some far commoner than others: most terms are in more than a block (128) of documents
            out.add("w" + (int) ((x >>> 40) % 12) * (int) ((x >>> 50) % 5));
        }
        return String.join(" ", out);
    }
}
