package org.mirsad.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.mirsad.model.Article;

/**
 * The Lucene index of a data directory, under {@code DIR/index}: Mirsad's Arabic analysis, the
 * document mapping of {@link ArticleDocument}, facets. Adding an id again replaces that article.
 * One writer per index at a time (Lucene's write lock); readers may search while it writes.
 */
public final class LuceneArticleIndex implements ArticleIndex {

    /** The folder of the index inside a data directory. */
    public static final String FOLDER = "index";
    /**
     * Segments per tier of the merge policy (Lucene's default: 10). A search pays for every segment: each term
     * of the query is looked up and gets a scorer in each, facet counts are mapped from each segment's values.
     */
    static final int SEGMENTS_PER_TIER = 3;
    /**
     * Segments smaller than this count as this large when the merge policy weighs them (Lucene's default: 2 MB).
     * Lucene allows about ten segments per tier from its floor up, some thirty at a million articles (6 GB); from
     * this floor, with three per tier, about five (docs/performance.md, "Fourth round").
     */
    static final double FLOOR_SEGMENT_MB = 256;

    /**
     * The writer's memory for documents not yet written to a segment (Lucene's default: 16 MB). Each in-memory
     * segment is written out when they together pass it: at 16 MB, with two index lanes, a segment every ~600
     * articles, each writing its terms again and merged again later; at 64 MB about one per lane and commit of
     * 5,000 articles (about 14 KB an article): 8–21% less indexing CPU an article in alternated runs
     * (docs/performance.md, history 20). A constant 48 MB more heap at most, whatever the corpus.
     */
    static final double RAM_BUFFER_MB = 64;

    private final IndexWriter writer;
    private final FacetsConfig facets = ArticleFields.facetsConfig();

    public LuceneArticleIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setMergePolicy(mergePolicy())
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCodec(new NormsByDocCodec(Codec.getDefault()));
        this.writer = new IndexWriter(directory, config);
    }

    /**
     * The merge policy of every writer of the article index: fewer, larger segments than Lucene's default, for
     * search. Each document is rewritten more often as the index grows (about ten times its size is merged over
     * a million articles, against three by default): a few CPU minutes over an ingest of days.
     */
    public static MergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(SEGMENTS_PER_TIER);
        policy.setFloorSegmentMB(FLOOR_SEGMENT_MB);
        return policy;
    }

    /**
     * Merges the index of {@code dataDir} down to at most {@code maxSegments} segments (Lucene's force-merge):
     * for an index written before {@link #mergePolicy()}, or to search a finished bulk ingest at its fastest.
     * Rewrites the merged segments whole; needs the index's write lock and room for a second copy of what it
     * merges.
     */
    public static Compaction compact(Path dataDir, int maxSegments) throws IOException {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be at least 1");
        }
        long t0 = System.nanoTime();
        try (LuceneArticleIndex index = open(dataDir)) {
            int before = index.segments();
            index.writer.forceMerge(maxSegments);
            index.writer.commit();
            return new Compaction(before, index.segments(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** What {@link #compact} did: segments before and after, wall-clock seconds. */
    public record Compaction(int segmentsBefore, int segmentsAfter, double seconds) {
    }

    /** Segments in the writer's last commit. */
    int segments() throws IOException {
        return SegmentInfos.readLatestCommit(writer.getDirectory()).size();
    }

    /**
     * Opens (creating when absent) the index of data directory {@code dataDir}.
     *
     * @throws IndexInUseException when another process is writing to it
     */
    public static LuceneArticleIndex open(Path dataDir) throws IOException {
        Path dir = dataDir.resolve(FOLDER);
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            return new LuceneArticleIndex(directory);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Documents in the last commit of the index of {@code dataDir} (what a searcher opened now sees). */
    public static int committedDocs(Path dataDir) throws IOException {
        try (Directory dir = FSDirectory.open(dataDir.resolve(FOLDER))) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        }
    }

    @Override
    public void add(Article article) throws IOException {
        writer.updateDocument(new Term(ArticleFields.ID, article.id()), facets.build(ArticleDocument.forIndex(article)));
    }

    /**
     * Writes the largest in-memory segment no other thread is writing: called by each index lane before a
     * commit, so the lanes write the segments in parallel instead of the committing thread one after another.
     */
    @Override
    public void flushBuffer() throws IOException {
        writer.flushNextBuffer();
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.commit();
        } finally {
            writer.close();
            writer.getDirectory().close();
        }
    }

    /** Another process holds the index's write lock (two ingests, or an ingest and an upload). */
    public static final class IndexInUseException extends IOException {
        public IndexInUseException(Path index) {
            super("the index " + index + " is in use by another Mirsad process; wait for it or use another --data");
        }
    }
}
