import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.*;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes a copy of an index written before {@code all_text} with that field added, without analysing anything
 * again: {@code all_text} holds, per document, the terms of the six text fields (they share one analyzer, so the
 * union of their terms is exactly what the indexer writes into {@code all_text}) plus the mark term in every
 * document (text terms that sort before it, such as an empty one, come first, as in the indexer's field). Each segment of the source becomes one segment of the copy (then forceMerge to N if asked); document
 * order is kept. For measuring search on a large index grown before the field existed (a grow takes hours here).
 *
 * <pre>
 * java -cp "mirsad-app/target/lib/*" tools/search/AddAllText.java SOURCE_INDEX_DIR NEW_INDEX_DIR [SEGMENTS]
 * </pre>
 */
public class AddAllText {
    static final String ALL_TEXT = "all_text";
    static final BytesRef MARK = new BytesRef("\u0000");
    static final List<String> TEXT_FIELDS = List.of("headline", "lede", "body", "captions", "quotes", "entity_names");

    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        try (Directory src = FSDirectory.open(Path.of(a[0]));
             DirectoryReader reader = DirectoryReader.open(src);
             Directory dst = FSDirectory.open(Path.of(a[1]));
             IndexWriter w = new IndexWriter(dst, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            List<CodecReader> parts = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader source = leaf.reader();
                if (source.getFieldInfos().fieldInfo(ALL_TEXT) != null) {
                    throw new IllegalArgumentException("the source already has " + ALL_TEXT);
                }
                ParallelLeafReader both = new ParallelLeafReader(false, new LeafReader[] {source, new AllTextReader(source)},
                        new LeafReader[] {source});
                parts.add(SlowCodecReaderWrapper.wrap(both));
            }
            w.addIndexes(parts.toArray(CodecReader[]::new));
            w.commit();
            if (a.length > 2) {
                w.forceMerge(Integer.parseInt(a[2]));
                w.commit();
            }
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** A reader of one field, all_text, computed from the text fields of {@code in}. */
    static final class AllTextReader extends FilterLeafReader {
        private final FieldInfos infos;

        AllTextReader(LeafReader in) {
            super(in);
            FieldInfo f = new FieldInfo(ALL_TEXT, 0, false, true, false, IndexOptions.DOCS, DocValuesType.NONE, -1,
                    new java.util.HashMap<>(), 0, 0, 0, 0, org.apache.lucene.index.VectorEncoding.FLOAT32,
                    org.apache.lucene.index.VectorSimilarityFunction.EUCLIDEAN, false, false);
            infos = new FieldInfos(new FieldInfo[] {f});
        }

        @Override public FieldInfos getFieldInfos() { return infos; }
        @Override public Terms terms(String field) throws IOException {
            return ALL_TEXT.equals(field) ? new UnionTerms(in) : null;
        }
        @Override public NumericDocValues getNumericDocValues(String field) { return null; }
        @Override public BinaryDocValues getBinaryDocValues(String field) { return null; }
        @Override public SortedDocValues getSortedDocValues(String field) { return null; }
        @Override public SortedNumericDocValues getSortedNumericDocValues(String field) { return null; }
        @Override public SortedSetDocValues getSortedSetDocValues(String field) { return null; }
        @Override public NumericDocValues getNormValues(String field) { return null; }
        @Override public PointValues getPointValues(String field) { return null; }
        @Override public StoredFields storedFields() { return new StoredFields() { @Override public void document(int d, StoredFieldVisitor v) { } }; }
        @Override public TermVectors termVectors() { return new TermVectors() { @Override public Fields get(int d) { return null; } }; }
        @Override public CacheHelper getCoreCacheHelper() { return null; }
        @Override public CacheHelper getReaderCacheHelper() { return null; }
    }

    static final class UnionTerms extends Terms {
        private final LeafReader in;
        UnionTerms(LeafReader in) { this.in = in; }
        @Override public TermsEnum iterator() throws IOException { return new UnionTermsEnum(in); }
        @Override public long size() { return -1; }
        @Override public long getSumTotalTermFreq() { return -1; }
        @Override public long getSumDocFreq() { return -1; }
        @Override public int getDocCount() { return in.maxDoc(); }
        @Override public boolean hasFreqs() { return false; }
        @Override public boolean hasOffsets() { return false; }
        @Override public boolean hasPositions() { return false; }
        @Override public boolean hasPayloads() { return false; }
    }

    /** The terms of the six fields in order, each once, then (first, it sorts first) the mark. */
    static final class UnionTermsEnum extends BaseTermsEnum {
        private final LeafReader in;
        private final PriorityQueue<TermsEnum> queue = new PriorityQueue<>((x, y) -> {
            try { return x.term().compareTo(y.term()); } catch (Exception e) { throw new RuntimeException(e); }
        });
        private final List<TermsEnum> current = new ArrayList<>();
        private BytesRef term;
        private boolean markDone;
        private int[] docs = new int[16];
        private int docCount;

        UnionTermsEnum(LeafReader in) throws IOException {
            this.in = in;
            for (String f : TEXT_FIELDS) {
                Terms t = in.terms(f);
                if (t != null) {
                    TermsEnum te = t.iterator();
                    if (te.next() != null) {
                        queue.add(te);
                    }
                }
            }
        }

        @Override public BytesRef next() throws IOException {
            for (TermsEnum te : current) {
                if (te.next() != null) {
                    queue.add(te);
                }
            }
            current.clear();
            if (!markDone && (queue.isEmpty() || queue.peek().term().compareTo(MARK) >= 0)) {
                markDone = true; // the mark: every document (a text term equal to it adds none)
                while (!queue.isEmpty() && queue.peek().term().equals(MARK)) {
                    current.add(queue.poll());
                }
                term = MARK;
                docCount = in.maxDoc();
                docs = null;
                return term;
            }
            if (queue.isEmpty()) {
                return term = null;
            }
            TermsEnum top = queue.poll();
            current.add(top);
            term = BytesRef.deepCopyOf(top.term());
            while (!queue.isEmpty() && queue.peek().term().equals(term)) {
                current.add(queue.poll());
            }
            // the documents of any field with the term, sorted, once each
            docs = docs == null ? new int[16] : docs;
            docCount = 0;
            PostingsEnum pe = null;
            for (TermsEnum te : current) {
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (docCount == docs.length) docs = Arrays.copyOf(docs, docCount * 2);
                    docs[docCount++] = d;
                }
            }
            if (current.size() > 1) {
                Arrays.sort(docs, 0, docCount);
                int n = 0;
                for (int i = 0; i < docCount; i++) {
                    if (n == 0 || docs[n - 1] != docs[i]) docs[n++] = docs[i];
                }
                docCount = n;
            }
            return term;
        }

        @Override public PostingsEnum postings(PostingsEnum reuse, int flags) {
            final int[] ds = docs;
            final int n = docCount;
            return new PostingsEnum() {
                int i = -1;
                int doc = -1;
                @Override public int freq() { return 1; }
                @Override public int nextPosition() { return -1; }
                @Override public int startOffset() { return -1; }
                @Override public int endOffset() { return -1; }
                @Override public BytesRef getPayload() { return null; }
                @Override public int docID() { return doc; }
                @Override public int nextDoc() {
                    i++;
                    if (i >= n) return doc = NO_MORE_DOCS;
                    return doc = ds == null ? i : ds[i];
                }
                @Override public int advance(int target) throws IOException { return slowAdvance(target); }
                @Override public long cost() { return n; }
            };
        }

        @Override public BytesRef term() { return term; }
        @Override public int docFreq() { return docCount; }
        @Override public long totalTermFreq() { return docCount; }
        @Override public SeekStatus seekCeil(BytesRef text) { throw new UnsupportedOperationException(); }
        @Override public void seekExact(long ord) { throw new UnsupportedOperationException(); }
        @Override public long ord() { throw new UnsupportedOperationException(); }
        @Override public ImpactsEnum impacts(int flags) { throw new UnsupportedOperationException(); }
    }
}
