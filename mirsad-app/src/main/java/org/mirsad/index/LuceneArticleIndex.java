package org.mirsad.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
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

    private final IndexWriter writer;
    private final FacetsConfig facets = ArticleFields.facetsConfig();

    public LuceneArticleIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
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
