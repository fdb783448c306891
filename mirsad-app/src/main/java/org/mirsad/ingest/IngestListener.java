package org.mirsad.ingest;

import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/** What an ingest tells its user while it runs (the CLI prints it on stderr). */
public interface IngestListener {

    /** An input record was rejected; named with its file and place. */
    void rejected(Rejection rejection);

    /** A reader recovered from a problem in a page (replaced bytes, a cut-off file). */
    void warning(Page page, String warning);

    /** One more input record is done (stored, duplicate, rejected or already ingested). */
    void progress(long recordsDone, long articlesStored);

    IngestListener SILENT = new IngestListener() {
        @Override
        public void rejected(Rejection rejection) {
        }

        @Override
        public void warning(Page page, String warning) {
        }

        @Override
        public void progress(long recordsDone, long articlesStored) {
        }
    };
}
