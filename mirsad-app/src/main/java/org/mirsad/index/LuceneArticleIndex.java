package org.mirsad.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.mirsad.model.Article;

/**
 * The Lucene index of a data directory ({@code DIR/index}): one document per article, keyed by
 * id, so adding an article again replaces it. A plain first version (Lucene's ArabicAnalyzer over
 * headline and body; id, outlet and date as keywords); the search feature refines the fields.
 */
public final class LuceneArticleIndex implements ArticleIndex {

    public static final String DIRECTORY = "index";

    private final Directory directory;
    private final IndexWriter writer;

    private LuceneArticleIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Opens (creating when needed) the index under {@code dataDir/index} for writing.
     *
     * @throws IndexInUseException when another process is writing to it
     */
    public static LuceneArticleIndex open(Path dataDir) throws IOException {
        Directory dir = FSDirectory.open(dataDir.resolve(DIRECTORY));
        try {
            IndexWriterConfig config = new IndexWriterConfig(new ArabicAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneArticleIndex(dir, new IndexWriter(dir, config));
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexInUseException(dataDir.resolve(DIRECTORY));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    @Override
    public void add(Article a) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("headline", a.headline(), Field.Store.YES));
        doc.add(new TextField("body", body(a), Field.Store.YES));
        if (a.outlet() != null) {
            doc.add(new StringField("outlet", a.outlet(), Field.Store.YES));
        }
        if (a.date().value() != null) {
            doc.add(new StringField("date", a.date().value().toString(), Field.Store.YES));
        }
        writer.updateDocument(new Term("id", a.id()), doc);
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /** Documents in the last commit (what a searcher opened now would see). */
    public static int committedDocs(Path dataDir) throws IOException {
        try (Directory dir = FSDirectory.open(dataDir.resolve(DIRECTORY))) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    private static String body(Article a) {
        return a.lede() == null || a.lede().isEmpty() ? a.bodyText() : a.lede() + "\n\n" + a.bodyText();
    }

    /** Another process holds the index's write lock. */
    public static final class IndexInUseException extends IOException {
        public IndexInUseException(Path index) {
            super("the index " + index + " is in use by another Mirsad process; wait for it or use another --data");
        }
    }
}
