package org.mirsad.ingest;

import java.io.Flushable;
import java.io.IOException;

/**
 * State that an ingest writes out beside its index: in full at the end of a run ({@link #flush}), and
 * at every index commit as a checkpoint, which may put off a costly part for a while
 * ({@link #checkpoint}; by default the same as a flush).
 */
@FunctionalInterface
public interface CorpusCheckpoint extends Flushable {

    default void checkpoint() throws IOException {
        flush();
    }
}
