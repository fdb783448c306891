package org.mirsad.index;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Lucene's default codec, with one change on the writing side only: when a segment's postings are written
 * (a flush or a merge), the norms they read back for their impacts are read once per field into an array
 * by document. Lucene's postings writer asks for a field's norms again for every term and looks each of the
 * term's documents up in them; for a field that not every document has (quotes, speakers, entity names),
 * each look-up walks that field's document list from the start, so writing a segment cost about the terms
 * times the documents: a tenth of the index lanes' CPU in an ingest (docs/performance.md, history 26).
 *
 * <p>Every file is written by the default codec itself and the codec keeps its name, so the index is
 * Lucene's default format, byte for byte what it would have been, and any reader opens it with the
 * default codec.
 */
final class NormsByDocCodec extends FilterCodec {

    private final NormsFormat norms;

    NormsByDocCodec(Codec codec) {
        // The default codec's name: segments record it, and readers open them with the default codec.
        super(codec.getName(), codec);
        this.norms = new Format(codec.normsFormat());
    }

    @Override
    public NormsFormat normsFormat() {
        return norms;
    }

    private static final class Format extends NormsFormat {
        private final NormsFormat in;

        Format(NormsFormat in) {
            this.in = in;
        }

        @Override
        public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
            return in.normsConsumer(state);
        }

        @Override
        public NormsProducer normsProducer(SegmentReadState state) throws IOException {
            return new ByDoc(in.normsProducer(state), state.segmentInfo.maxDoc());
        }
    }

    /** The norms of the field last asked for, by document; the other calls go to the codec's own producer. */
    private static final class ByDoc extends NormsProducer {
        private final NormsProducer in;
        private final int maxDoc;
        /** The number of the field whose norms {@link #values} and {@link #docs} hold (none yet: -1). */
        private int field = -1;
        private long[] values;
        private FixedBitSet docs;

        ByDoc(NormsProducer in, int maxDoc) {
            this.in = in;
            this.maxDoc = maxDoc;
        }

        /**
         * Called for every term a segment writes ({@code PushPostingsWriterBase.writeTerm}), which C2 compiles with
         * this method inlined, so it holds one comparison and no loop: the reading loop, inlined too, sees another
         * class of Lucene's norms iterator for each kind of field (dense or sparse, bytes or a constant), and every
         * new class made C2 throw the compiled segment writer away and compile it again (up to seven times in a
         * cold 20,000-record ingest; docs/performance.md, history 63). Out here, in a method too large to inline
         * where it is called so seldom, the loop is compiled on its own.
         */
        @Override
        public NumericDocValues getNorms(FieldInfo f) throws IOException {
            if (f.number != field) {
                read(f);
            }
            return new Values(values, docs);
        }

        /**
         * One field at a time: the postings writer asks for a field's norms for each of its terms in turn.
         * New arrays: an iterator handed out before keeps its field's.
         */
        private void read(FieldInfo f) throws IOException {
            NumericDocValues read = in.getNorms(f);
            long[] byDoc = new long[maxDoc];
            FixedBitSet has = new FixedBitSet(maxDoc);
            for (int doc = read.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = read.nextDoc()) {
                byDoc[doc] = read.longValue();
                has.set(doc);
            }
            values = byDoc;
            docs = has;
            field = f.number;
        }

        @Override
        public NormsProducer getMergeInstance() {
            return new ByDoc(in.getMergeInstance(), maxDoc);
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One iterator over a field's norms by document. */
    private static final class Values extends NumericDocValues {
        private final long[] values;
        private final FixedBitSet docs;
        private int doc = -1;

        Values(long[] values, FixedBitSet docs) {
            this.values = values;
            this.docs = docs;
        }

        @Override
        public long longValue() {
            return values[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return docs.get(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            doc = target >= docs.length() ? NO_MORE_DOCS : docs.nextSetBit(target);
            return doc;
        }

        @Override
        public long cost() {
            return docs.cardinality();
        }
    }
}
