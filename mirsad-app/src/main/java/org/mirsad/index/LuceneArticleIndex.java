package org.mirsad.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

    /** Opens (creating when absent) the index of data directory {@code dataDir}. */
    public static LuceneArticleIndex open(Path dataDir) throws IOException {
        Path dir = dataDir.resolve(FOLDER);
        Files.createDirectories(dir);
        return new LuceneArticleIndex(FSDirectory.open(dir));
    }

    @Override
    public void add(Article article) throws IOException {
        writer.updateDocument(new Term(ArticleFields.ID, article.id()), facets.build(ArticleDocument.of(article)));
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
}
