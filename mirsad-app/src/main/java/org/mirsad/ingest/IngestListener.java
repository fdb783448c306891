package org.mirsad.ingest;

import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/** What an ingest tells its user while it runs (the CLI prints it on stderr); each part optional. */
public interface IngestListener {

    /** An input record was rejected; named with its file and place. */
    default void rejected(Rejection rejection) {
    }

    /** A reader recovered from a problem in a page (replaced bytes, a cut-off file). */
    default void warning(Page page, String warning) {
    }

    /** A stored article that waited for the index could not be read back: it stays unindexed. */
    default void notIndexed(String articleId) {
    }

    /** One more input record is done (stored, duplicate, rejected or already ingested). */
    default void progress(long recordsDone, long articlesStored) {
    }

    /** Tells nothing. */
    IngestListener SILENT = new IngestListener() { };
}
