package org.mirsad.dedup;

import java.io.Closeable;
import java.io.IOException;

/**
 * The corpus state of duplicate detection: every article's fingerprint and its group. The same
 * articles added in any order give the same groups and the same canonicals.
 *
 * <p>{@link InMemoryDedupIndex} serves {@code extract} and tests; a persistent implementation keeps
 * the fingerprints in the data directory so that an article ingested today is matched against
 * everything ingested before.
 */
public interface DedupIndex extends Closeable {

    /**
     * Adds an article and returns its group's canonical and the group change it caused. Adding an id
     * again changes nothing and returns its current place.
     */
    Placement add(Fingerprint fingerprint) throws IOException;

    /** The canonical of the article's group (the id itself when canonical), or null for an unknown id. */
    String canonicalOf(String id);

    /** Articles held. */
    int size();

    /** Makes everything added so far durable (no-op in memory). */
    default void flush() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
